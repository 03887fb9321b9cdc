import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveEvent } from '../shared/events.js';
import { connectLiveRoom, type LiveStatus } from './live-client.js';
import { createLiveRegistry } from './live-events.js';
import type { TokenProvider } from './token-provider.js';

vi.mock('./token-provider.js', () => ({ tokenProvider: null }));

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;

let server: Server;
let baseUrl: string;
let requests: IncomingMessage[];
let handlers: Handler[];

beforeEach(async () => {
  // fetch-event-source schedules retries with window.setTimeout and touches document.
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('document', { addEventListener() {}, removeEventListener() {}, hidden: false });
  requests = [];
  handlers = [];
  server = createServer((req, res) => {
    requests.push(req);
    const handler = handlers[requests.length - 1];
    if (handler) handler(req, res, requests.length);
    else res.writeHead(200, { 'content-type': 'text/event-stream' }); // stay open, quiet
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  vi.unstubAllGlobals();
});

const frame = (seq: number, type = 'thing.changed') =>
  `id: ${seq}\nevent: ${type}\ndata: ${JSON.stringify({ room: 'team:g1', seq, type, data: { seq }, at: '2025-01-01T00:00:00Z' })}\n\n`;

function tokens(): TokenProvider & { invalidated: number } {
  let version = 1;
  return {
    invalidated: 0,
    getToken: async () => `tok${version}`,
    invalidate() {
      version += 1;
      this.invalidated += 1;
    },
  };
}

function connect(tokenProvider: TokenProvider) {
  const seen: LiveEvent[] = [];
  const statuses: LiveStatus[] = [];
  const registry = createLiveRegistry((event) => seen.push(event));
  const close = connectLiveRoom({
    room: 'team:g1',
    queryClient: new QueryClient(),
    onStatus: (s) => statuses.push(s),
    tokens: tokenProvider,
    registry,
    baseUrl,
    random: () => 0,
    language: () => 'ja-jp',
  });
  return { seen, statuses, close };
}

describe('connectLiveRoom', () => {
  it('resumes after a dropped stream from the last id, once and in order', async () => {
    handlers = [
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end(`: hello\n\n${frame(1)}${frame(2)}`);
      },
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(`${frame(2)}${frame(3)}`); // 2 again: must not be applied twice
      },
    ];
    const { seen, statuses, close } = connect(tokens());
    await vi.waitFor(() => expect(seen.map((e) => e.seq)).toEqual([1, 2, 3]), { timeout: 5000 });
    close();
    expect(requests[0]?.url).toBe('/api/live/team%3Ag1');
    expect(requests[0]?.headers.authorization).toBe('Bearer tok1');
    expect(requests[0]?.headers['accept-language']).toBe('ja-jp');
    expect(requests[0]?.headers['last-event-id']).toBeUndefined();
    expect(requests[1]?.headers['last-event-id']).toBe('2');
    expect(statuses.map((s) => s.state)).toEqual(['connecting', 'live', 'reconnecting', 'live']);
  });

  it('retries a 401 once with a fresh token', async () => {
    handlers = [
      (_req, res) => {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'token_expired', message: 'Expired.' } }));
      },
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(frame(1));
      },
    ];
    const provider = tokens();
    const { seen, close } = connect(provider);
    await vi.waitFor(() => expect(seen).toHaveLength(1), { timeout: 5000 });
    close();
    expect(provider.invalidated).toBe(1);
    expect(requests[1]?.headers.authorization).toBe('Bearer tok2');
  });

  it('stops with the server sentence when the room is refused', async () => {
    handlers = [
      (_req, res) => {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: { code: 'forbidden', message: 'You are not a member of this team.' },
          }),
        );
      },
    ];
    const { statuses, close } = connect(tokens());
    await vi.waitFor(() => expect(statuses.at(-1)?.state).toBe('failed'), { timeout: 5000 });
    close();
    const last = statuses.at(-1);
    expect(last?.state === 'failed' && last.error.message).toBe(
      'You are not a member of this team.',
    );
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(requests).toHaveLength(1);
  });
});
