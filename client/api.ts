import { createApiClient } from './api-client.js';
import { tokenProvider } from './token-provider.js';

/** The app's API client: same origin, tokens from Teams. */
export const api = createApiClient({ tokens: tokenProvider });
