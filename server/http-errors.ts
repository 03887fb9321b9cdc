import type { ErrorCode } from '../shared/api.js';
import type { MessageId } from '../shared/i18n/en/index.js';
import { english, render, type Message, type MessageValues, type Translate } from './i18n.js';

/**
 * A typed HTTP error with a stable `code`. Its sentence is a catalogue message the user can act
 * on: the error reply renders it in the request's language, while `message` (logs) stays English.
 */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly text: Message;
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    text: Message,
    /** Sent as `Retry-After`: when a refused caller may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(render(text, english));
    this.text = text;
  }

  /** The sentence in a reader's language. */
  messageIn(t: Translate): string {
    return render(this.text, t);
  }
}

/** A message from its id and ICU values. */
export const msg = (id: MessageId, values?: MessageValues): Message =>
  values ? { id, values } : { id };

export const unauthenticated = (
  id: MessageId,
  values?: MessageValues,
  code: ErrorCode = 'unauthenticated',
) => new HttpError(401, code, msg(id, values));
export const forbidden = (id: MessageId, values?: MessageValues, code: ErrorCode = 'forbidden') =>
  new HttpError(403, code, msg(id, values));
export const badRequest = (id: MessageId, values?: MessageValues) =>
  new HttpError(400, 'bad_request', msg(id, values));
export const notFound = (id: MessageId, values?: MessageValues) =>
  new HttpError(404, 'not_found', msg(id, values));
export const conflict = (id: MessageId, values?: MessageValues) =>
  new HttpError(409, 'conflict', msg(id, values));
/** 429 with `Retry-After`; the message says when to try again. */
export const rateLimited = (id: MessageId, values: MessageValues, retryAfterSeconds: number) =>
  new HttpError(429, 'rate_limited', msg(id, values), Math.max(1, Math.ceil(retryAfterSeconds)));
