import type { IPublicClientApplication } from '@azure/msal-browser';
import type { ClientConfig } from '../shared/api.js';
import { loadApiContract } from './contract.js';
import { getAuthTokenFromHost, isNestedAppAuthRecommended } from './teams-host.js';
import { TokenCache } from './token.js';

export type TokenProvider = {
  /** A token for Candor's API, from the cache while it is fresh. */
  getToken: () => Promise<string>;
  /** Drops the cached token, after the server answered 401 with it. */
  invalidate: () => void;
};

/** Caches tokens from `acquire` and shares one in-flight request between concurrent callers. */
export function createTokenProvider(
  acquire: () => Promise<string>,
  now: () => number = Date.now,
): TokenProvider {
  const cache = new TokenCache(now);
  let inFlight: Promise<string> | null = null;
  return {
    getToken() {
      const cached = cache.get();
      if (cached) return Promise.resolve(cached);
      inFlight ??= acquire()
        .then((token) => {
          cache.set(token);
          return token;
        })
        .finally(() => {
          inFlight = null;
        });
      return inFlight;
    },
    invalidate() {
      cache.clear();
    },
  };
}

/** The app's token provider: nested app auth where Teams recommends it, Teams SSO otherwise. */
export const tokenProvider: TokenProvider = createTokenProvider(() =>
  isNestedAppAuthRecommended() ? acquireWithNestedAppAuth() : getAuthTokenFromHost(),
);

type Msal = typeof import('@azure/msal-browser');
type Nested = { msal: Msal; pca: IPublicClientApplication; scope: string };
let nested: Promise<Nested> | null = null;

async function acquireWithNestedAppAuth(): Promise<string> {
  nested ??= createNested().catch((error: unknown) => {
    nested = null;
    throw error;
  });
  const { msal, pca, scope } = await nested;
  const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
  const request = { scopes: [scope], ...(account ? { account } : {}) };
  try {
    return (await pca.acquireTokenSilent(request)).accessToken;
  } catch (error) {
    if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
    const result = await pca.acquireTokenPopup({ scopes: [scope] });
    pca.setActiveAccount(result.account);
    return result.accessToken;
  }
}

async function createNested(): Promise<Nested> {
  // msal-browser is ~75 KB gzip: loaded only on hosts that use nested app auth.
  const [config, msal] = await Promise.all([fetchClientConfig(), import('@azure/msal-browser')]);
  const pca = await msal.createNestablePublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority },
  });
  return { msal, pca, scope: config.apiScope };
}

async function fetchClientConfig(): Promise<ClientConfig> {
  const response = await fetch('/api/health/client-config', {
    headers: { accept: 'application/json' },
  });
  if (!response.ok) {
    throw new Error(
      `Candor could not read its sign-in settings (HTTP ${response.status}). Reload the tab; if it keeps happening, the server may be misconfigured.`,
    );
  }
  const { clientConfigSchema } = await loadApiContract();
  return clientConfigSchema.parse(await response.json());
}
