import diagnostics from 'node:diagnostics_channel';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { createIdentityDeps } from '../../server/deps.js';
import { createLiveHub, type LiveHub } from '../../server/live/hub.js';
import type { Db } from '../../server/storage/db.js';
import { testDatabases } from '../../server/test-support/databases.js';
import { silentLogger, testConfig } from '../../server/test-support/entra-fakes.js';
import { useEntraFakes } from '../../server/test-support/hooks.js';
import { kinds, matrixCallers, people, type Caller } from './authz/callers.js';
import { excluded, matrix, type Case, type Reply, type Request } from './authz/table.js';
import { buildWorld, caller, contosoCast, fabrikamCast, type World } from './authz/world.js';

const entra = useEntraFakes();

type Target = { app: FastifyInstance; base: string; hub: LiveHub; routes: Set<string> };

/**
 * The real app on a database, listening (live streams need a socket), with every route Fastify
 * registers recorded by an onRoute hook added the moment the instance exists, before any route.
 */
async function startTarget(db: Db): Promise<Target> {
  const routes = new Set<string>();
  const channel = diagnostics.channel('fastify.initialization');
  const onInit = (message: unknown) => {
    const { fastify } = message as { fastify: FastifyInstance };
    fastify.addHook('onRoute', (route: RouteOptions) => {
      for (const method of [route.method].flat()) routes.add(`${method} ${route.url}`);
    });
  };
  channel.subscribe(onInit);
  const config = testConfig(entra.fakes, '/nonexistent-data-dir');
  const hub = await createLiveHub(db, { onError: () => {} });
  let app: FastifyInstance;
  try {
    app = await buildApp({
      config,
      db,
      hub,
      ...createIdentityDeps(config, silentLogger),
      staticDir: null,
      logger: false,
    });
  } finally {
    channel.unsubscribe(onInit);
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { app, base, hub, routes } satisfies Target;
}

async function send(target: Target, request: Request, token: string | null): Promise<Reply> {
  const headers: Record<string, string> = { ...request.headers };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (request.stream) {
    // A granted stream never ends; read its status and headers, then hang up.
    const controller = new AbortController();
    const response = await fetch(`${target.base}${request.url}`, {
      headers,
      signal: controller.signal,
    });
    const replyHeaders = Object.fromEntries(response.headers.entries());
    const body: unknown = response.ok ? null : await response.json();
    controller.abort();
    return { status: response.status, body, headers: replyHeaders };
  }
  const response = await target.app.inject({
    method: request.method,
    url: request.url,
    headers,
    ...(request.body === undefined ? {} : { payload: request.body }),
  });
  const isJson = /json/.test(String(response.headers['content-type']));
  return {
    status: response.statusCode,
    body: isJson ? (response.json() as unknown) : response.body,
    headers: Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, String(v)])),
  };
}

/** One attempt; returns a line describing how it went wrong, or null. */
async function attempt(
  target: Target,
  entry: Case,
  world: World,
  who: Caller,
  expected: number | 'refused',
): Promise<string | null> {
  const signedIn = who.kind !== 'none' && who.kind !== 'bad';
  const request = await entry.request(world, signedIn && entry.fresh === true);
  const reply = await send(target, request, who.token);
  const where = `${entry.route} [${entry.name}] as ${who.label}`;
  if (expected === 'refused') {
    return reply.status === 403 || reply.status === 404
      ? null
      : `${where}: expected 403 or 404, got ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`;
  }
  if (reply.status !== expected) {
    return `${where}: expected ${expected}, got ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`;
  }
  if (reply.status < 300) {
    try {
      entry.check(reply, world);
    } catch (error) {
      return `${where}: the body is not for this resource: ${(error as Error).message.slice(0, 300)}`;
    }
  } else {
    // Every refusal is the API's error shape, never Fastify's or an empty body.
    const code = (reply.body as { error?: { code?: unknown } } | null)?.error?.code;
    if (typeof code !== 'string') return `${where}: refusal without { error: { code } }`;
  }
  return null;
}

describe.each(testDatabases())('authorisation matrix on $dialect', (database) => {
  let target: Target;
  let callers: Caller[];
  let contoso: World;
  let fabrikam: World;
  let attempts = 0;

  beforeAll(async () => {
    target = await startTarget(await database.open());
    const call = caller(() => target.app, entra.fakes);
    callers = await matrixCallers(entra.fakes);
    contoso = await buildWorld(entra.fakes, call, contosoCast);
    fabrikam = await buildWorld(entra.fakes, call, fabrikamCast);
  });
  afterAll(async () => {
    target?.app.server.closeAllConnections();
    await target?.app.close();
    await target?.hub.close();
  });

  it('has an entry for every registered route, and none for a route that is gone', () => {
    const covered = new Set(matrix.map((c) => c.route));
    const registered = [...target.routes].filter((r) => !excluded.some((e) => e.match(r)));
    expect(
      registered.filter((r) => !covered.has(r)),
      'routes with no matrix entry',
    ).toEqual([]);
    expect(
      [...covered].filter((r) => !target.routes.has(r)),
      'entries with no route',
    ).toEqual([]);
  });

  it('answers every route × every caller kind as the table says', async () => {
    const failures: string[] = [];
    for (const entry of matrix) {
      for (const who of callers) {
        attempts += 1;
        const failure = await attempt(target, entry, contoso, who, entry.expect[who.kind]);
        if (failure) failures.push(failure);
      }
    }
    expect(failures).toEqual([]);
  });

  it("refuses every route to Contoso callers with Fabrikam's ids, which Fabrikam's owner can use", async () => {
    const fabrikamOwner = callers.find((c) => c.kind === 'otherTenant');
    if (!fabrikamOwner) throw new Error('no Fabrikam caller');
    const contosoCallers = callers.filter((c) =>
      (['outsider', 'member', 'owner', 'participant', 'facilitator'] as const).some(
        (k) => k === c.kind,
      ),
    );
    const failures: string[] = [];
    for (const entry of matrix) {
      // Public routes have no ids to swap.
      if (entry.expect.none < 300) continue;
      for (const who of contosoCallers) {
        attempts += 1;
        const failure = await attempt(target, entry, fabrikam, who, 'refused');
        if (failure) failures.push(failure);
      }
      // Fabrikam's owner (also its retro's facilitator) is granted what an owner or facilitator is
      // at Contoso, so the ids swapped in above are live ones.
      const granted = [entry.expect.owner, entry.expect.facilitator].find((s) => s < 300);
      if (granted !== undefined) {
        attempts += 1;
        const failure = await attempt(target, entry, fabrikam, fabrikamOwner, granted);
        if (failure) failures.push(`control: ${failure}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses mixed ids: a Contoso id inside a request about a Fabrikam resource, and back', async () => {
    const as = (userId: string) => entra.fakes.idp.issueUserToken(userId);
    const ravi = await as(people.otherTenant);
    const adele = await as(people.owner);
    const swaps: [string, Request, string][] = [
      [
        'Fabrikam meeting claimed for a Contoso team',
        {
          method: 'POST',
          url: '/api/retros',
          body: {
            chatId: fabrikam.freshChat(),
            teamId: contoso.teamId,
            templateId: 'start-stop-continue',
          },
        },
        ravi,
      ],
      [
        'Contoso meeting claimed for a Fabrikam team',
        {
          method: 'POST',
          url: '/api/retros',
          body: {
            chatId: contoso.freshChat(),
            teamId: fabrikam.teamId,
            templateId: 'start-stop-continue',
          },
        },
        ravi,
      ],
      [
        'Contoso meeting linked to a Fabrikam team',
        {
          method: 'POST',
          url: `/api/teams/${fabrikam.teamId}/linked-meetings`,
          body: { chatId: contoso.ownerChatId },
        },
        ravi,
      ],
      [
        'Contoso retro chat linked to a Fabrikam team',
        {
          method: 'POST',
          url: `/api/teams/${fabrikam.teamId}/linked-meetings`,
          body: { chatId: contoso.chatId },
        },
        ravi,
      ],
      [
        'Fabrikam meeting linked to a Contoso team',
        {
          method: 'POST',
          url: `/api/teams/${contoso.teamId}/linked-meetings`,
          body: { chatId: fabrikam.ownerChatId },
        },
        adele,
      ],
      [
        'Fabrikam meeting claimed for a Contoso team by its owner',
        {
          method: 'POST',
          url: '/api/retros',
          body: {
            chatId: fabrikam.freshChat(),
            teamId: contoso.teamId,
            templateId: 'start-stop-continue',
          },
        },
        adele,
      ],
    ];
    const failures: string[] = [];
    for (const [name, request, token] of swaps) {
      attempts += 1;
      const reply = await send(target, request, token);
      if (reply.status !== 403 && reply.status !== 404) {
        failures.push(
          `${name}: expected 403 or 404, got ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`,
        );
      }
    }
    expect(failures).toEqual([]);
    const links = await target.app.inject({
      method: 'GET',
      url: `/api/teams/${fabrikam.teamId}/linked-meetings`,
      headers: { authorization: `Bearer ${ravi}` },
    });
    const linked = (links.json() as { links: { chatId: string }[] }).links.map((l) => l.chatId);
    expect(linked).not.toContain(contoso.ownerChatId);
    expect(linked).not.toContain(contoso.chatId);
  });

  it('reports its figures', () => {
    const routes = new Set(matrix.map((c) => c.route)).size;
    const figures = `${database.dialect}: ${routes} routes (${matrix.length} cases) × ${kinds.length} caller kinds (${callers.length} callers), ${attempts} attempts`;
    console.info(`authorisation matrix: ${figures}`);
    expect(attempts).toBeGreaterThanOrEqual(matrix.length * callers.length);
  });
});
