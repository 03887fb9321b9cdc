import type { z } from 'zod';
import type { ApiError, ErrorCode } from '../shared/api.js';

/** Codes the client adds for failures that never reached (or never came back from) the API. */
export type ClientErrorCode = 'network' | 'invalid_response';

/** A failed API request, with a `message` sentence the UI can show as is. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(
    /** HTTP status; 0 when the request never got an answer. */
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Turns a non-2xx response body into an ApiRequestError, whatever the body holds. */
export function parseApiError(
  status: number,
  bodyText: string,
  /** The contract's `apiErrorSchema`. */
  schema: z.ZodType<ApiError>,
): ApiRequestError {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    // Not JSON (a proxy's HTML page, for example): fall through to the generic message.
  }
  const result = schema.safeParse(parsed);
  if (result.success) {
    return new ApiRequestError(status, result.data.error.code, result.data.error.message);
  }
  return new ApiRequestError(status, codeForStatus(status), messageForStatus(status));
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 400 && status < 500) return 'bad_request';
  return 'internal';
}

function messageForStatus(status: number): string {
  if (status === 401) return 'Candor could not sign you in. Close and reopen Candor in Teams.';
  if (status === 403) return 'You do not have access to this. Ask a team owner for help.';
  if (status === 429) return 'Candor is busy right now. Wait a moment and try again.';
  if (status >= 500) {
    return `The Candor server had a problem (HTTP ${status}). Try again in a moment.`;
  }
  return `Candor could not handle that request (HTTP ${status}). Reload the tab and try again.`;
}

export function networkError(): ApiRequestError {
  return new ApiRequestError(
    0,
    'network',
    'Candor could not reach its server. Check your connection, then try again.',
  );
}

export function invalidResponseError(path: string): ApiRequestError {
  return new ApiRequestError(
    200,
    'invalid_response',
    `The Candor server sent an answer this page does not understand (${path}). Reload the tab; if it keeps happening, the app may be mid-update.`,
  );
}

/** The sentence to show for any error: API errors as sent, anything else generically. */
export function userMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  if (error instanceof Error && error.name === 'HostError') return error.message;
  return 'Something went wrong in Candor. Reload the tab and try again.';
}
