import type { IncomingMessage, ServerResponse } from 'node:http';
import { sseComment } from './sse.js';

export type StreamLimits = {
  /** Comment heartbeat interval. */
  heartbeatMs: number;
  /** Bytes the socket may have queued before the client counts as too slow. */
  maxBufferedBytes: number;
  /** How long a write may stay unflushed (backpressure) before the client counts as too slow. */
  maxBlockedMs: number;
};

export const defaultStreamLimits: StreamLimits = {
  heartbeatMs: 15_000,
  maxBufferedBytes: 1024 * 1024,
  maxBlockedMs: 10_000,
};

export type SseStream = {
  /** Queues a frame; drops the connection instead when the client cannot keep up. */
  write(text: string): void;
  close(): void;
  readonly closed: boolean;
};

/**
 * Starts an event stream on a raw response. A slow client never stalls the others: writes never
 * wait, and a client that stays behind is disconnected; it reconnects with its last event id.
 */
export function openSseStream(
  request: IncomingMessage,
  response: ServerResponse,
  limits: StreamLimits,
  onClose: () => void,
): SseStream {
  let closed = false;
  let blockedSince: number | null = null;

  // Close the socket when the stream ends, so shutdown and drops never wait on an idle keep-alive.
  response.shouldKeepAlive = false;
  // The server's idle-socket timeout is for stalled requests; a quiet stream is healthy, and its
  // heartbeats and slow-client drops already find dead ones.
  request.socket.setTimeout(0);
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    'X-Accel-Buffering': 'no',
    'X-Content-Type-Options': 'nosniff',
  });
  response.flushHeaders();

  const heartbeat = setInterval(() => stream.write(sseComment('heartbeat')), limits.heartbeatMs);
  heartbeat.unref();

  function close(): void {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    onClose();
    if (!response.writableEnded) response.end();
  }

  function drop(): void {
    if (closed) return;
    close();
    response.destroy(); // Frees the buffered frames now; end() would wait for the slow client.
  }

  response.on('drain', () => (blockedSince = null));
  response.on('close', close);
  request.on('close', close);
  response.on('error', drop);

  const stream: SseStream = {
    write(text) {
      if (closed) return;
      const now = Date.now();
      if (
        response.writableLength > limits.maxBufferedBytes ||
        (blockedSince !== null && now - blockedSince > limits.maxBlockedMs)
      ) {
        drop();
        return;
      }
      if (!response.write(text) && blockedSince === null) blockedSince = now;
    },
    close,
    get closed() {
      return closed;
    },
  };
  // Lets the client reconnect quickly, and shows it the stream is open before any event.
  response.write(`retry: 2000\n${sseComment('connected')}`);
  return stream;
}
