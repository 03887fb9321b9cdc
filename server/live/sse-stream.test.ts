import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openSseStream, type SseStream, type StreamLimits } from './sse-stream.js';

let server: Server | null = null;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

/** A server whose every request becomes a stream; resolves each stream and its close as they happen. */
async function streamServer(limits: StreamLimits) {
  const streams: { stream: SseStream; closed: Promise<void> }[] = [];
  const waiting: (() => void)[] = [];
  server = createServer((request, response) => {
    let onClose = () => {};
    const closed = new Promise<void>((resolve) => (onClose = resolve));
    streams.push({ stream: openSseStream(request, response, limits, onClose), closed });
    waiting.shift()?.();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    /** A raw HTTP client; `read: false` never reads, like a stalled phone on a bad network. */
    async client(read: boolean) {
      const before = streams.length;
      const socket = connect(port, '127.0.0.1');
      sockets.push(socket);
      let received = '';
      socket.on('error', () => {});
      socket.write('GET /live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      if (read) socket.on('data', (chunk) => (received += chunk.toString()));
      else socket.pause();
      if (streams.length === before) await new Promise<void>((resolve) => waiting.push(resolve));
      return { ...streams[before]!, socket, received: () => received };
    },
  };
}

describe('openSseStream', () => {
  it('drops a client that stops reading, without ever blocking the writer or the other clients', async () => {
    const target = await streamServer({
      heartbeatMs: 60_000,
      maxBufferedBytes: 256 * 1024,
      maxBlockedMs: 500,
    });
    const slow = await target.client(false);
    const fast = await target.client(true);
    const chunk = `data: ${'x'.repeat(64 * 1024)}\n\n`;
    let slowDropped = false;
    void slow.closed.then(() => (slowDropped = true));
    const started = Date.now();
    let written = 0;
    while (!slowDropped && Date.now() - started < 10_000) {
      const t = Date.now();
      slow.stream.write(chunk);
      fast.stream.write(chunk);
      expect(Date.now() - t).toBeLessThan(50); // Writes return at once.
      written += chunk.length;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(slowDropped).toBe(true);
    expect(slow.stream.closed).toBe(true);
    expect(fast.stream.closed).toBe(false);
    // The reader keeps up and gets (nearly) everything written so far.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fast.received().length).toBeGreaterThan(written * 0.9);
  });

  it('sends headers for SSE, a retry hint and heartbeats', async () => {
    const target = await streamServer({
      heartbeatMs: 50,
      maxBufferedBytes: 1024 * 1024,
      maxBlockedMs: 1000,
    });
    const client = await target.client(true);
    await new Promise((resolve) => setTimeout(resolve, 180));
    const text = client.received();
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    expect(text.toLowerCase()).toContain('content-type: text/event-stream');
    expect(text.toLowerCase()).toContain('cache-control: no-cache, no-transform');
    expect(text.toLowerCase()).toContain('x-accel-buffering: no');
    expect(text).toContain('retry: 2000\n');
    expect(text.split(': heartbeat\n\n').length - 1).toBeGreaterThanOrEqual(2);
  });

  it('reports the close when the client goes away', async () => {
    const target = await streamServer({
      heartbeatMs: 60_000,
      maxBufferedBytes: 1024 * 1024,
      maxBlockedMs: 1000,
    });
    const client = await target.client(true);
    client.socket.destroy();
    await client.closed;
    expect(client.stream.closed).toBe(true);
  });
});
