import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../shared/api.js';

/**
 * What a 500 says. The change may or may not have been stored (the failure can come after the
 * commit, or before it), so it never claims the work is saved; the reference finds the log line.
 */
export function internalErrorBody(requestId: string): ApiError {
  return {
    error: {
      code: 'internal',
      message: `Something went wrong on our side and this change may not have been saved. Try again; if it keeps failing, tell your admin the reference ${requestId}.`,
    },
  };
}

/** Messages for the request errors Fastify raises itself, before any route runs. */
const frameworkMessages: ReadonlyMap<string, string> = new Map([
  [
    'FST_ERR_BAD_URL',
    'The address is not valid: it has a broken %-escape. Reload Candor and try again; if you typed the address, check it.',
  ],
  [
    'FST_ERR_MAX_PARAM_LENGTH',
    'A part of the address is longer than Candor accepts. Reload Candor and try again.',
  ],
  [
    'FST_ERR_CTP_BODY_TOO_LARGE',
    'This request is larger than Candor accepts (256 KB). Shorten the text and try again.',
  ],
  [
    'FST_ERR_CTP_INVALID_MEDIA_TYPE',
    'Candor accepts request bodies as JSON only. Send the body with Content-Type: application/json.',
  ],
  [
    'FST_ERR_CTP_INVALID_CONTENT_LENGTH',
    'The request body is not as long as its Content-Length header says. Send the request again.',
  ],
  [
    'FST_ERR_CTP_EMPTY_JSON_BODY',
    'The request says it holds JSON but its body is empty. Send a JSON body, or leave out the Content-Type header.',
  ],
  [
    'FST_ERR_CTP_INVALID_JSON_BODY',
    // Fastify's JSON parser refuses `__proto__` and `constructor.prototype` keys this way too.
    'The request body is not valid JSON, or it uses a reserved key (__proto__ or constructor). Fix the body and try again.',
  ],
]);

const genericClientMessage =
  'Candor could not read this request. Reload Candor and try again; if it keeps failing, tell your admin.';

/**
 * The app's `{ error: { code, message } }` body for an error Fastify raised with a 4xx status
 * (a bad URL, body or content type, or a plugin's refusal), or null for any other error.
 */
export function frameworkClientError(error: unknown): { status: number; body: ApiError } | null {
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
          message: message || 'Candor is busy right now. Wait a moment and try again.',
        },
      },
    };
  }
  return {
    status,
    body: {
      error: {
        code: status === 404 ? 'not_found' : 'bad_request',
        message: frameworkMessages.get(code) ?? genericClientMessage,
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
  const refusal = frameworkClientError(error);
  if (refusal) {
    void reply.status(refusal.status).send(refusal.body);
    return;
  }
  request.log.error({ err: error }, 'request failed while routing');
  void reply.status(500).send(internalErrorBody(request.id));
}

type ConnectionError = { status: number; reason: string; message: string };
const connectionErrors: ReadonlyMap<string, ConnectionError> = new Map([
  [
    'ERR_HTTP_REQUEST_TIMEOUT',
    {
      status: 408,
      reason: 'Request Timeout',
      message: 'The request took too long to arrive. Check your connection and try again.',
    },
  ],
  [
    'HPE_HEADER_OVERFLOW',
    {
      status: 431,
      reason: 'Request Header Fields Too Large',
      message: 'The request headers are larger than Candor accepts. Reload Candor and try again.',
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
    error: { code: 'bad_request', message: known?.message ?? genericClientMessage },
  };
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${known?.reason ?? 'Bad Request'}\r\nContent-Length: ${Buffer.byteLength(text)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(error);
}
