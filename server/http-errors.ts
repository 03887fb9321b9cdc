import type { ErrorCode } from '../shared/api.js';

/** A typed HTTP error with a stable `code`; the message is a sentence the user can act on. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** Sent as `Retry-After`: when a refused caller may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const unauthenticated = (message: string, code: ErrorCode = 'unauthenticated') =>
  new HttpError(401, code, message);
export const forbidden = (message: string, code: ErrorCode = 'forbidden') =>
  new HttpError(403, code, message);
export const badRequest = (message: string) => new HttpError(400, 'bad_request', message);
export const notFound = (message: string) => new HttpError(404, 'not_found', message);
/** 429 with `Retry-After`; the message says when to try again. */
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new HttpError(429, 'rate_limited', message, Math.max(1, Math.ceil(retryAfterSeconds)));
