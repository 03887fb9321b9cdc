import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../shared/api.js';
import type { MessageId } from '../shared/i18n/en/index.js';
import { english, translatorFor, type Translate } from './i18n.js';

/**
 * What a 500 says. The change may or may not have been stored (the failure can come after the
 * commit, or before it), so it never claims the work is saved; the reference finds the log line.
 */
export function internalErrorBody(requestId: string, t: Translate = english): ApiError {
  return {
    error: {
      code: 'internal',
      message: t('server.error.internal', { reference: requestId }),
    },
  };
}

/** Messages for the request errors Fastify raises itself, before any route runs. */
// Fastify's JSON parser refuses `__proto__` and `constructor.prototype` keys as invalid JSON too.
const frameworkMessages: ReadonlyMap<string, MessageId> = new Map<string, MessageId>([
  ['FST_ERR_BAD_URL', 'server.error.badUrl'],
  ['FST_ERR_MAX_PARAM_LENGTH', 'server.error.paramTooLong'],
  ['FST_ERR_CTP_BODY_TOO_LARGE', 'server.error.bodyTooLarge'],
  ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 'server.error.jsonOnly'],
  ['FST_ERR_CTP_INVALID_CONTENT_LENGTH', 'server.error.contentLength'],
  ['FST_ERR_CTP_EMPTY_JSON_BODY', 'server.error.emptyJson'],
  ['FST_ERR_CTP_INVALID_JSON_BODY', 'server.error.invalidJson'],
]);

const genericClientMessage: MessageId = 'server.error.unreadable';

/**
 * The app's `{ error: { code, message } }` body for an error Fastify raised with a 4xx status
 * (a bad URL, body or content type, or a plugin's refusal), or null for any other error.
 */
export function frameworkClientError(
  error: unknown,
  t: Translate = english,
): { status: number; body: ApiError } | null {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return null;
  const status = (error as { statusCode: unknown }).statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
  if (status === 429) {
    return {
      status,
      body: {
        error: {
          code: 'rate_limited',
          message: message || t('server.error.busy'),
        },
      },
    };
  }
  return {
    status,
    body: {
      error: {
        code: status === 404 ? 'not_found' : 'bad_request',
        message: t(frameworkMessages.get(code) ?? genericClientMessage),
      },
    },
  };
}

/**
 * Fastify's `frameworkErrors` option: errors raised while routing, before any hook or handler
 * (a malformed %-escape in the URL, an over-long path parameter), in the app's error shape.
 */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const t = translatorFor(request);
  const refusal = frameworkClientError(error, t);
  if (refusal) {
    void reply.status(refusal.status).send(refusal.body);
    return;
  }
  request.log.error({ err: error }, 'request failed while routing');
  void reply.status(500).send(internalErrorBody(request.id, t));
}

type ConnectionError = { status: number; reason: string; message: MessageId };
const connectionErrors: ReadonlyMap<string, ConnectionError> = new Map([
  [
    'ERR_HTTP_REQUEST_TIMEOUT',
    {
      status: 408,
      reason: 'Request Timeout',
      message: 'server.error.requestTimeout',
    },
  ],
  [
    'HPE_HEADER_OVERFLOW',
    {
      status: 431,
      reason: 'Request Header Fields Too Large',
      message: 'server.error.headersTooLarge',
    },
  ],
]);

/**
 * Fastify's `clientErrorHandler`: a request Node's HTTP parser refused (a malformed header, a
 * timeout) never reaches a route, so this writes the app's error shape on the socket itself, as
 * Fastify's default handler does with its own shape.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A reset or destroyed socket has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = connectionErrors.get(error.code ?? '');
  const status = known?.status ?? 400;
  const body: ApiError = {
    // Node's parser gives no headers here, so this answer is in English.
    error: { code: 'bad_request', message: english(known?.message ?? genericClientMessage) },
  };
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${known?.reason ?? 'Bad Request'}\r\nContent-Length: ${Buffer.byteLength(text)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(error);
}
