import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api.js';
import { retroViewSchema } from '../../shared/retro/api.js';
import { buildApp } from '../app.js';
import { createIdentityDeps } from '../deps.js';
import { createLiveHub } from '../live/hub.js';
import type { Db } from '../storage/db.js';
import { testDatabases } from '../test-support/databases.js';
import { demo, seededUser, silentLogger, testConfig } from '../test-support/entra-fakes.js';
import { useEntraFakes } from '../test-support/hooks.js';
import { addMeetingChat, personClient } from '../test-support/retro-app.js';
import { defaultLimits, type Limits } from './limits.js';

const { cardsPerRetro } = defaultLimits;

const adele = seededUser('Adele Vance'); // owns Platform
const diego = seededUser('Diego Siciliani');
const megan = seededUser('Megan Bowen'); // owns Customer Success
const ravi = seededUser('Ravi Shankar'); // Fabrikam, another tenant

const entra = useEntraFakes();

/** A cheap signed-in read: who the caller is in a team. */
const meUrl = (teamId: string = demo.platform.id) => `/api/me/context?teamId=${teamId}`;

function expectRateLimited(reply: { status: number; body: unknown }, retryAfter: string | null) {
  expect(reply.status).toBe(429);
  const seconds = Number(retryAfter);
  expect(Number.isInteger(seconds) && seconds >= 1, `Retry-After ${retryAfter}`).toBe(true);
  const { error } = apiErrorSchema.parse(reply.body);
  expect(error.code).toBe('rate_limited');
  // The message says when to try again.
  expect(error.message).toMatch(/Try again in \d+ (seconds?|minutes|hours)/);
  return seconds;
}

describe.each(testDatabases())('rate limits and quotas on $dialect', (database) => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  async function start(limits: Partial<Limits>, db?: Db): Promise<FastifyInstance> {
    const opened = db ?? (await database.open());
    const config = { ...testConfig(entra.fakes, '/nonexistent-data-dir'), limits };
    const hub = await createLiveHub(opened, { onError: () => {} });
    const app = await buildApp({
      config,
      db: opened,
      hub,
      ...createIdentityDeps(config, silentLogger),
      staticDir: null,
      logger: false,
    });
    closers.push(async () => {
      await app.close();
      await hub.close();
    });
    return app;
  }

  const tokenOf = (userId: string) => entra.fakes.idp.issueUserToken(userId);

  /** Like personClient, with the response headers. */
  async function raw(app: FastifyInstance, token: string, method: 'GET' | 'POST', url: string) {
    const response = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(method === 'POST' ? { payload: {} } : {}),
    });
    return {
      status: response.statusCode,
      body: response.json() as unknown,
      headers: response.headers,
    };
  }

  it('answers a flood of card creates by one person with 429 and Retry-After; others are unaffected', async () => {
    const app = await start({ perUserMax: 10 });
    const chatId = addMeetingChat(entra.fakes, 'Card flood');
    const a = personClient(() => app, await tokenOf(adele.id));
    const d = personClient(() => app, await tokenOf(diego.id));
    const created = await a.post('/api/retros', {
      chatId,
      templateId: 'mad-sad-glad',
      options: { skip: ['checkin', 'review'] },
    });
    const id = retroViewSchema.parse((created.body as { retro: unknown }).retro).id;

    const statuses: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      const reply = await a.command(id, { type: 'addCard', columnId: 'mad', text: `Card ${i}` });
      statuses.push(reply.status);
    }
    // The retro creation was the first of Adele's 10 requests; nine cards got in.
    expect(statuses).toEqual([...Array<number>(9).fill(200), ...Array<number>(6).fill(429)]);
    const refused = await raw(app, await tokenOf(adele.id), 'GET', `/api/retros/${id}`);
    expectRateLimited(refused, refused.headers['retry-after'] as string);
    expect(apiErrorSchema.parse(refused.body).error.message).toContain('from you');

    // Diego, in the same meeting and tenant, carries on.
    expect((await d.get(`/api/retros/${id}`)).status).toBe(200);
    expect((await d.command(id, { type: 'addCard', columnId: 'glad', text: 'Mine' })).status).toBe(
      200,
    );
  });

  it('answers a flood of pulse creates by one owner with 429; another owner is unaffected', async () => {
    const app = await start({ perUserMax: 5 });
    const body = () => ({
      title: 'Flood',
      opensAt: new Date(Date.now() + 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    const adeleToken = await tokenOf(adele.id);
    const replies = [];
    for (let i = 0; i < 8; i += 1) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/teams/${demo.platform.id}/pulses`,
        headers: { authorization: `Bearer ${adeleToken}` },
        payload: body(),
      });
      replies.push(response);
    }
    expect(replies.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
    expectRateLimited(
      { status: replies[5]!.statusCode, body: replies[5]!.json() },
      replies[5]!.headers['retry-after'] as string,
    );
    const other = await app.inject({
      method: 'POST',
      url: `/api/teams/${demo.customerSuccess.id}/pulses`,
      headers: { authorization: `Bearer ${await tokenOf(megan.id)}` },
      payload: body(),
    });
    expect(other.statusCode).toBe(201);
  });

  it('limits a tenant as a whole, and not another tenant', async () => {
    const app = await start({ perUserMax: 100, perTenantMax: 6 });
    const adeleToken = await tokenOf(adele.id);
    const diegoToken = await tokenOf(diego.id);
    for (let i = 0; i < 3; i += 1) {
      expect((await raw(app, adeleToken, 'GET', meUrl())).status).toBe(200);
      expect((await raw(app, diegoToken, 'GET', meUrl())).status).toBe(200);
    }
    const refused = await raw(app, diegoToken, 'GET', meUrl());
    expectRateLimited(refused, refused.headers['retry-after'] as string);
    expect(apiErrorSchema.parse(refused.body).error.message).toContain('your organisation');
    expect(
      (await raw(app, await tokenOf(ravi.id), 'GET', meUrl(demo.fabrikamDesign.id))).status,
    ).toBe(200);
  });

  it('limits failed sign-ins per address, never a valid token from that address', async () => {
    const app = await start({ perIpUnauthenticatedMax: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i += 1)
      statuses.push((await raw(app, 'not-a-jwt', 'GET', meUrl())).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const refused = await raw(app, 'not-a-jwt', 'GET', meUrl());
    expectRateLimited(refused, refused.headers['retry-after'] as string);
    expect((await raw(app, await tokenOf(adele.id), 'GET', meUrl())).status).toBe(200);
  });

  it('counts per instance: two instances on one database allow twice the limit, no more', async () => {
    const db = await database.open();
    const first = await start({ perUserMax: 5 }, db);
    const second = await start({ perUserMax: 5 }, await database.open());
    const token = await tokenOf(diego.id);
    const run = async (app: FastifyInstance, n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i += 1) out.push((await raw(app, token, 'GET', meUrl())).status);
      return out;
    };
    expect(await run(first, 6)).toEqual([200, 200, 200, 200, 200, 429]);
    // The bound SECURITY.md states: N instances allow N × the limit.
    expect(await run(second, 6)).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it(`refuses card ${(cardsPerRetro + 1).toLocaleString('en')} of a retro with a clear 409`, async () => {
    const app = await start({});
    const db = await database.open();
    const chatId = addMeetingChat(entra.fakes, 'Card quota');
    const a = personClient(() => app, await tokenOf(adele.id));
    const created = await a.post('/api/retros', {
      chatId,
      templateId: 'mad-sad-glad',
      options: { skip: ['checkin', 'review'] },
    });
    const id = retroViewSchema.parse((created.body as { retro: unknown }).retro).id;
    expect((await a.command(id, { type: 'addCard', columnId: 'mad', text: 'First' })).status).toBe(
      200,
    );
    // Copies of that card, written straight to the table: 2,000 commands would take minutes.
    const card = await db.kysely
      .selectFrom('retro_cards')
      .selectAll()
      .where('retro_id', '=', id)
      .executeTakeFirstOrThrow();
    const copies = Array.from({ length: cardsPerRetro - 2 }, (_, i) => ({
      ...card,
      id: `${card.id}-${i}`,
      position: card.position + i + 1,
    }));
    for (let i = 0; i < copies.length; i += 250) {
      await db.kysely
        .insertInto('retro_cards')
        .values(copies.slice(i, i + 250))
        .execute();
    }
    // As if each copy had been added by its own command: every command moves the retro's rev on.
    await db.kysely
      .updateTable('retros')
      .set((eb) => ({ rev: eb('rev', '+', copies.length) }))
      .where('id', '=', id)
      .execute();
    // Card 2,000 still fits; 2,001 does not.
    expect((await a.command(id, { type: 'addCard', columnId: 'mad', text: 'Last' })).status).toBe(
      200,
    );
    const refused = await a.command(id, { type: 'addCard', columnId: 'mad', text: 'One more' });
    expect(refused.status).toBe(409);
    const { error } = apiErrorSchema.parse(refused.body);
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('2,000 cards');
    expect(error.message).toMatch(/Group or delete cards, or start another retro/);
  });

  it('refuses a team its pulse past the daily quota with 429 and when to try again', async () => {
    const app = await start({ pulsesPerTeamPerDay: 3 });
    const token = await tokenOf(megan.id);
    const team = demo.customerSuccess.id;
    const create = () =>
      app.inject({
        method: 'POST',
        url: `/api/teams/${team}/pulses`,
        headers: { authorization: `Bearer ${token}` },
        payload: {
          title: 'Quota',
          opensAt: new Date(Date.now() + 3_600_000).toISOString(),
          closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
        },
      });
    // Earlier tests may have made pulses for this team on this database; start from a clean day.
    const db = await database.open();
    await db.kysely
      .updateTable('pulse_series')
      .set({ created_at: '2020-01-01T00:00:00.000Z' })
      .where('team_id', '=', team)
      .execute();
    for (let i = 0; i < 3; i += 1) expect((await create()).statusCode).toBe(201);
    const refused = await create();
    const seconds = expectRateLimited(
      { status: refused.statusCode, body: refused.json() },
      refused.headers['retry-after'] as string,
    );
    // The oldest of the three leaves the 24-hour window first: about a day from now.
    expect(seconds).toBeGreaterThan(23 * 3600);
    expect(seconds).toBeLessThanOrEqual(24 * 3600);
    expect(apiErrorSchema.parse(refused.json()).error.message).toMatch(
      /created 3 pulses in the last 24 hours.*Try again in 24 hours/,
    );
  });
});
