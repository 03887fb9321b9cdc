import type { z } from 'zod';
import type { ApiError, ErrorCode } from '../shared/api.js';
import { translate } from './current-intl.js';

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

// Client-made sentences use the page's language; sentences from the server come translated already.
function messageForStatus(status: number): string {
  if (status === 401) return translate('common.error.unauthenticated');
  if (status === 403) return translate('common.error.forbidden');
  if (status === 429) return translate('common.error.rateLimited');
  // A string, so the status reads "HTTP 500" and never gains a digit group separator.
  if (status >= 500) return translate('common.error.server', { status: String(status) });
  return translate('common.error.request', { status: String(status) });
}

export function networkError(): ApiRequestError {
  return new ApiRequestError(0, 'network', translate('common.error.network'));
}

export function invalidResponseError(path: string): ApiRequestError {
  return new ApiRequestError(
    200,
    'invalid_response',
    translate('common.error.invalidResponse', { path }),
  );
}

/** The sentence to show for any error: API errors as sent, anything else generically. */
export function userMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message;
  if (error instanceof Error && error.name === 'HostError') return error.message;
  return translate('common.error.generic');
}
