import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, type Member } from '../../shared/api.js';
import { buildApp } from '../app.js';
import type { AuthUser, TokenVerifier } from '../auth/types.js';
import type { Config } from '../config.js';
import type { MembershipService } from '../graph/types.js';
import { unauthenticated } from '../http-errors.js';
import type { Limits } from '../limits/limits.js';
import { testDatabases } from '../test-support/databases.js';
import { createLiveHub, type LiveHub } from './hub.js';

const tenantId = '11111111-1111-1111-1111-111111111111';
const people: AuthUser[] = ['alice', 'bob'].map((userId) => ({
  userId,
  tenantId,
  displayName: userId,
  upn: null,
}));

/** Tokens are `token-<userId>`: sign-in itself is tested with the Entra fakes elsewhere. */
const verifier: TokenVerifier = {
  async verify(token) {
    const user = people.find((u) => token === `token-${u.userId}`);
    if (!user) throw unauthenticated('server.auth.malformed');
    return user;
  },
};

const member = (userId: string): Member => ({
  userId,
  displayName: userId,
  email: null,
  role: 'member',
});
const everyone: MembershipService['members'] = async () => ({
  members: [member('alice'), member('bob')],
  stale: false,
  fetchedAt: new Date(),
});
// Not annotated, so it fits MembershipService with or without the channel check in progress.
const membership = { members: everyone, isTeamChannel: async () => false };

const limits: Partial<Limits> = {
  streamsPerUser: 3,
  requestTimeoutMs: 1_000,
  connectionTimeoutMs: 1_500,
  keepAliveTimeoutMs: 1_000,
};

// Spread, so this file compiles with or without the trustProxy setting in progress.
const proxy = { trustProxy: false as const };

function config(): Config {
  return {
    mode: 'test',
    port: 0,
    host: '127.0.0.1',
    publicUrl: new URL('http://127.0.0.1:3978'),
    entra: {
      clientId: 'test-client',
      clientSecret: 'test-secret',
      authorityHost: new URL('https://login.invalid'),
      allowedTenants: [],
    },
    graphBaseUrl: new URL('https://graph.invalid'),
    storage: { kind: 'sqlite', file: '/nonexistent/unused.sqlite' },
    dataDir: '/nonexistent',
    hmacKey: 'aAZy9v9U8rCwuuIQGTgpjPrLBLuKne96vzHNHOsT6GrZ7Mj31tYNC+j506rbtez4',
    logLevel: 'silent',
    limits,
    ...proxy,
  };
}

/** An SSE reader over fetch: the text received so far, and whether the server ended it. */
async function openStream(base: string, room: string, token: string) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/live/${encodeURIComponent(room)}`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const state = { text: '', ended: false };
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          state.text += value;
        }
      } catch {
        // Aborted by the test.
      }
      state.ended = true;
    })();
  }
  return { response, state, close: () => controller.abort() };
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(testDatabases())('live stream limits and slow bodies on $dialect', (database) => {
  let hub: LiveHub;
  let app: FastifyInstance;
  let base: string;
  let port: number;

  beforeAll(async () => {
    const db = await database.open();
    hub = await createLiveHub(db, { onError: () => {} });
    app = await buildApp({
      config: config(),
      db,
      hub,
      verifier,
      membership,
      staticDir: null,
      logger: false,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    app?.server.closeAllConnections();
    await app?.close();
    await hub?.close();
  });

  it('refuses a person more streams than the cap with 429, and frees a slot when one closes', async () => {
    const held = await Promise.all(
      [1, 2, 3].map(() => openStream(base, 'team:cap', 'token-alice')),
    );
    expect(held.map((s) => s.response.status)).toEqual([200, 200, 200]);
    const refused = await fetch(`${base}/api/live/team%3Acap`, {
      headers: { authorization: 'Bearer token-alice' },
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const { error } = apiErrorSchema.parse(await refused.json());
    expect(error.code).toBe('rate_limited');
    expect(error.message).toMatch(/already have 3 live connections open.*Close Candor in other/);

    // Someone else is not affected.
    const bob = await openStream(base, 'team:cap', 'token-bob');
    expect(bob.response.status).toBe(200);

    held[0]!.close();
    await waitFor(() => held[0]!.state.ended, 2_000, 'the aborted stream');
    // The server sees the abort a moment later; until then the slot is still held.
    let again: Awaited<ReturnType<typeof openStream>> | null = null;
    const deadline = Date.now() + 2_000;
    while (!again || again.response.status !== 200) {
      again?.close();
      if (Date.now() > deadline) throw new Error('the freed slot was never given back');
      await new Promise((resolve) => setTimeout(resolve, 50));
      again = await openStream(base, 'team:cap', 'token-alice');
    }
    expect(again.response.status).toBe(200);
    for (const s of [...held, bob, again]) s.close();
  });

  it('closes 150 trickling bodies (50 of them unauthenticated) within the timeout, while a live stream stays open', async () => {
    const stream = await openStream(base, 'team:slow', 'token-bob');
    expect(stream.response.status).toBe(200);
    const startedAt = Date.now();

    type Slow = {
      socket: Socket;
      answeredAt: number | null;
      closedAt: number | null;
      response: string;
    };
    const sockets: Slow[] = [];
    for (let i = 0; i < 150; i += 1) {
      const authenticated = i % 3 !== 0; // 50 of 150 carry no token
      const socket = connect(port, '127.0.0.1');
      const entry: Slow = { socket, answeredAt: null, closedAt: null, response: '' };
      sockets.push(entry);
      socket.on('error', () => {});
      socket.on('data', (chunk) => {
        entry.answeredAt ??= Date.now();
        entry.response += chunk.toString();
      });
      socket.on('close', () => (entry.closedAt = Date.now()));
      socket.write(
        'POST /api/retros HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
          'Content-Length: 10000\r\n' +
          (authenticated ? 'Authorization: Bearer token-alice\r\n' : '') +
          '\r\n{',
      );
    }
    // One byte every 100 ms per connection: never idle, never done.
    const trickle = setInterval(() => {
      for (const { socket } of sockets) if (!socket.destroyed) socket.write(' ');
    }, 100);
    try {
      await waitFor(
        () => sockets.every((s) => s.closedAt !== null),
        6_000,
        'every slow body to be closed',
      );
    } finally {
      clearInterval(trickle);
    }
    const slowest = Math.max(...sockets.map((s) => s.closedAt! - startedAt));
    // requestTimeout (1 s), Node's check interval (100 ms) and slack for a loaded machine.
    expect(slowest).toBeLessThan(3_500);
    // Unauthenticated: refused before the body is read, and the connection ends with the reply.
    // The others: Node's 408 once the request has taken longer than requestTimeout.
    sockets.forEach(({ response, answeredAt, closedAt }, i) => {
      if (i % 3 === 0) {
        expect(response).toMatch(/^HTTP\/1\.1 401/);
        expect(response.toLowerCase()).toContain('connection: close');
        // Closed with the reply, not left open until requestTimeout to drain the trickle.
        expect(closedAt! - answeredAt!).toBeLessThan(500);
      } else {
        expect(response).toMatch(/^HTTP\/1\.1 408/);
      }
    });

    // Past connectionTimeout (1.5 s) with no heartbeat sent (15 s): the stream is still open.
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, startedAt + 2_000 - Date.now())),
    );
    expect(stream.state.ended).toBe(false);
    await hub.publish('team:slow', 'still.here', { ok: true });
    await waitFor(() => stream.state.text.includes('event: still.here'), 3_000, 'the live event');
    expect(stream.state.ended).toBe(false);
    stream.close();
  });
});
