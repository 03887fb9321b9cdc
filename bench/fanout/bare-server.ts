import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tickType, type TickData } from './protocol.js';
import { payload, type FanoutTarget } from './target.js';

/**
 * The floor: a minimal node:http SSE broadcast with no auth, no database and no framework,
 * writing one pre-serialised frame to every open response.
 */
export async function startBareServer(): Promise<FanoutTarget> {
  const clients = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    res.write(': connected\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  let seq = 0;

  return {
    name: 'bare',
    origin: `http://127.0.0.1:${port}`,
    connections: (count) => Array.from({ length: count }, () => ({ path: '/sse', headers: {} })),
    async publish(data: TickData) {
      seq++;
      const event = { room: 'bench', seq, type: tickType, data: { ...payload, ...data }, at: '' };
      const frame = `id: ${seq}\nevent: ${tickType}\ndata: ${JSON.stringify(event)}\n\n`;
      for (const res of clients) res.write(frame);
    },
    async close() {
      for (const res of clients) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    },
  };
}
