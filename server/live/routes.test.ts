import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '../../shared/api.js';
import { buildApp } from '../app.js';
import type { AuthUser, TokenVerifier } from '../auth/types.js';
import type { Config } from '../config.js';
import type { MembershipService, Scope } from '../graph/types.js';
import { unauthenticated } from '../http-errors.js';
import type { Db } from '../storage/db.js';
import { testDatabases } from '../test-support/databases.js';
import { createLiveHub, type LiveHub } from './hub.js';

const tenantId = '11111111-1111-1111-1111-111111111111';
const alice: AuthUser = { userId: 'alice', tenantId, displayName: 'Alice', upn: null };
const bob: AuthUser = { userId: 'bob', tenantId, displayName: 'Bob', upn: null };
const chatId = '19:meeting_NjQ2ZjY5ZTItYjM4NC00MjI4LWJiZjMtNzM0OGI0ZWY5ZTZk@thread.v2';

/** Tokens are just `token-<userId>` here: auth itself is tested with the Entra fakes elsewhere. */
const verifier: TokenVerifier = {
  async verify(token) {
    const user = [alice, bob].find((u) => token === `token-${u.userId}`);
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
const rosters: Record<string, Member[]> = {
  'team:platform': [member('alice')],
  'team:other': [member('bob')],
  [`chat:${chatId}`]: [member('alice'), member('bob')],
};
const membership: MembershipService = {
  async members(_tenant, scope: Scope) {
    return {
      members: rosters[`${scope.kind}:${scope.id}`] ?? [],
      stale: false,
      fetchedAt: new Date(),
    };
  },
  isTeamChannel: async () => false,
};

function testConfig(): Config {
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
    trustProxy: false,
    logLevel: 'silent',
  };
}

type Frame = { id: string; event: string; data: unknown };

/** A streaming SSE reader over fetch, as a non-browser client would use. */
async function connect(
  base: string,
  room: string,
  init: { token?: string; lastEventId?: number } = {},
) {
  const controller = new AbortController();
  const headers: Record<string, string> = {
    authorization: `Bearer ${init.token ?? 'token-alice'}`,
  };
  if (init.lastEventId !== undefined) headers['last-event-id'] = String(init.lastEventId);
  const response = await fetch(`${base}/api/live/${encodeURIComponent(room)}`, {
    headers,
    signal: controller.signal,
  });
  const frames: Frame[] = [];
  let comments = 0;
  let waiters: (() => void)[] = [];
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const fields = new Map<string, string>();
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) comments++;
              const match = /^(\w+): (.*)$/.exec(line);
              if (match) fields.set(match[1]!, match[2]!);
            }
            if (fields.has('data')) {
              frames.push({
                id: fields.get('id')!,
                event: fields.get('event')!,
                data: JSON.parse(fields.get('data')!),
              });
            }
            for (const wake of waiters) wake();
            waiters = [];
          }
        }
      } catch {
        // Aborted by the test.
      }
    })();
  }
  return {
    response,
    frames,
    get comments() {
      return comments;
    },
    ids: () => frames.map((f) => Number(f.id)),
    async until(count: number, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (frames.length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} frames, got ${frames.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    close: () => controller.abort(),
  };
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe.each(testDatabases())('GET /api/live/:room on $dialect', (database) => {
  let db: Db;
  let hub: LiveHub;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    db = await database.open();
    hub = await createLiveHub(db, { onError: () => {} });
    app = await buildApp({
      config: testConfig(),
      db,
      hub,
      verifier,
      membership,
      staticDir: null,
      logger: false,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    // fetch's pool opens spare sockets that never send a request; server.close() would wait for them.
    app?.server.closeAllConnections();
    await app?.close();
    await hub?.close();
  });

  it('streams events with SSE headers and frames', async () => {
    const client = await connect(base, 'team:platform');
    expect(client.response.status).toBe(200);
    expect(client.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(client.response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(client.response.headers.get('x-accel-buffering')).toBe('no');
    await hub.publish('team:platform', 'tab.configured', { tab: 1 });
    await client.until(1);
    expect(client.frames[0]).toMatchObject({
      id: '1',
      event: 'tab.configured',
      data: { room: 'team:platform', seq: 1, type: 'tab.configured', data: { tab: 1 } },
    });
    client.close();
  });

  it('resumes after Last-Event-ID with every missed event exactly once, in order, then live ones', async () => {
    const room = `chat:${chatId}`;
    const first = await connect(base, room);
    for (const i of range(1, 4)) await hub.publish(room, 'ping', { i });
    await first.until(4);
    expect(first.ids()).toEqual(range(1, 4));
    first.close();

    // Published while the client is away.
    for (const i of range(5, 9)) await hub.publish(room, 'ping', { i });

    const again = await connect(base, room, { lastEventId: 4 });
    expect(again.response.status).toBe(200);
    // And more published while its catch-up runs.
    await Promise.all(range(10, 14).map((i) => hub.publish(room, 'ping', { i })));
    await again.until(10);
    await hub.publish(room, 'ping', { i: 15 });
    await again.until(11);
    await settle();
    expect(again.ids()).toEqual(range(5, 15));
    again.close();
  });

  it('accepts ?after= from clients that cannot send Last-Event-ID', async () => {
    for (const i of range(1, 3)) await hub.publish('team:after', 'ping', { i });
    rosters['team:after'] = [member('alice')];
    const controller = new AbortController();
    const response = await fetch(`${base}/api/live/team%3Aafter?after=2`, {
      headers: { authorization: 'Bearer token-alice' },
      signal: controller.signal,
    });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes('id: 3')) text += (await reader.read()).value ?? '';
    expect(text).not.toContain('id: 2');
    controller.abort();
  });

  it('unsubscribes when the client goes away', async () => {
    const client = await connect(base, 'team:platform');
    await hub.publish('team:platform', 'ping', {});
    await client.until(1);
    client.close();
    await settle();
    // Still serving others: a new client gets new events.
    const next = await connect(base, 'team:platform', { lastEventId: 100 });
    await hub.publish('team:platform', 'ping', {});
    await next.until(1);
    expect(next.ids()).toHaveLength(1);
    next.close();
  });

  it('answers 403 for a team the caller is not in, 400 for a malformed room, 401 without a token, 404 for an unknown kind', async () => {
    const inject = (
      url: string,
      token: string | null = 'token-alice',
      extra: Record<string, string> = {},
    ) =>
      app.inject({
        method: 'GET',
        url,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
      });
    const forbidden = await inject('/api/live/team%3Aother');
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await inject('/api/live/nonsense')).statusCode).toBe(400);
    expect((await inject('/api/live/team%3A')).statusCode).toBe(400);
    expect((await inject('/api/live/team%3Aplatform', null)).statusCode).toBe(401);
    expect((await inject('/api/live/team%3Aplatform', 'token-mallory')).statusCode).toBe(401);
    expect((await inject('/api/live/retro%3Aabc')).statusCode).toBe(404);
    expect(
      (await inject('/api/live/team%3Aplatform', 'token-alice', { 'last-event-id': 'x' }))
        .statusCode,
    ).toBe(400);
  });
});
