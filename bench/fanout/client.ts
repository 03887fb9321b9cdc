import { connect } from 'node:net';
import type { ClientConnection, FromClient, ToClient } from './protocol.js';
import { now } from './protocol.js';
import { readTicks } from './ticks.js';

/**
 * The load generator: opens many SSE connections and timestamps every benchmark event on arrival.
 * It runs in its own process so its parsing work does not sit on the server's event loop.
 */

type Conn = { warm: boolean; measured: number; closed: boolean; destroy(): void };

const conns: Conn[] = [];
let latencies: number[] = [];

function send(message: FromClient): void {
  process.send?.(message);
}

/**
 * A raw TCP client speaking just enough HTTP/1.1: node:http's client costs far more per message
 * than the servers under test, and on two cores that would dominate the figures.
 */
function openOne(origin: string, spec: ClientConnection): Promise<Conn> {
  const url = new URL(spec.path, origin);
  return new Promise((resolveConn, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const conn: Conn = {
      warm: false,
      measured: 0,
      closed: false,
      destroy: () => socket.destroy(),
    };
    let head: string | null = null;
    let buffer = '';
    socket.on('connect', () => {
      const headers = Object.entries({
        ...spec.headers,
        host: url.host,
        accept: 'text/event-stream',
        connection: 'close',
      })
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('');
      socket.write(`GET ${url.pathname}${url.search} HTTP/1.1\r\n${headers}\r\n`);
    });
    socket.on('data', (chunk: Buffer) => {
      const at = now(); // Before any parsing, so parse cost is not charged to the server.
      buffer += chunk.toString('latin1');
      if (head === null) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        head = buffer.slice(0, end);
        buffer = buffer.slice(end + 4);
        if (!head.startsWith('HTTP/1.1 200')) {
          socket.once('end', () =>
            reject(new Error(`${head?.split('\r\n')[0]}: ${buffer.slice(0, 300)}`)),
          );
          socket.on('data', () => undefined);
          return;
        }
        resolveConn(conn);
      }
      // Frames end with a blank line; chunked-encoding size lines between them are ignored.
      const last = buffer.lastIndexOf('\n\n');
      if (last < 0) return;
      onFrames(conn, buffer.slice(0, last), at);
      buffer = buffer.slice(last + 2);
    });
    socket.on('error', (error) => {
      conn.closed = true;
      reject(error);
    });
    socket.on('close', () => (conn.closed = true));
  });
}

function onFrames(conn: Conn, text: string, at: number): void {
  const ticks = readTicks(text);
  if (ticks.warm) conn.warm = true;
  conn.measured += ticks.sentAts.length;
  for (const sentAt of ticks.sentAts) latencies.push(at - sentAt);
}

async function openAll(
  origin: string,
  specs: ClientConnection[],
  concurrency: number,
): Promise<void> {
  const started = now();
  let next = 0;
  let failed = 0;
  let firstError: string | null = null;
  const worker = async () => {
    while (next < specs.length) {
      const spec = specs[next++]!;
      try {
        conns.push(await openOne(origin, spec));
      } catch (error) {
        failed++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  send({ type: 'opened', ok: conns.length, failed, firstError, ms: now() - started });
}

process.on('message', (message: ToClient) => {
  switch (message.type) {
    case 'open':
      void openAll(message.origin, message.connections, message.concurrency);
      break;
    case 'status':
      send({
        type: 'status',
        open: conns.filter((c) => !c.closed).length,
        warm: conns.filter((c) => c.warm).length,
        minMeasured: Math.min(...conns.map((c) => c.measured)),
        closed: conns.filter((c) => c.closed).length,
      });
      break;
    case 'reset':
      latencies = [];
      for (const conn of conns) conn.measured = 0;
      break;
    case 'report':
      send({
        type: 'report',
        latencies,
        perConnection: conns.map((c) => c.measured),
        closed: conns.filter((c) => c.closed).length,
      });
      break;
    case 'close':
      for (const conn of conns) conn.destroy();
      send({ type: 'closed' });
      process.disconnect();
      break;
  }
});
