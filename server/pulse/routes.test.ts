import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api.js';
import {
  pulseListSchema,
  pulseSummarySchema,
  resultsResponseSchema,
} from '../../shared/pulse/api.js';
import { buildApp } from '../app.js';
import type { AppDeps } from '../app-deps.js';
import { createIdentityDeps } from '../deps.js';
import { createLiveHub, type LiveHub } from '../live/hub.js';
import type { Db } from '../storage/db.js';
import { testDatabases } from '../test-support/databases.js';
import { demo, seededUser, silentLogger, testConfig } from '../test-support/entra-fakes.js';
import { registerPulseRoutes } from './routes.js';
import { useEntraFakes } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance'); // owns Platform
const platformMembers = demo.platform.members.filter((m) => m.role === 'member');
const amara = seededUser('Amara Okafor'); // Platform member
const megan = seededUser('Megan Bowen'); // owns Customer Success, not in Platform
const ravi = seededUser('Ravi Shankar'); // Fabrikam
const team = demo.platform.id;
const answers = [5, 6, 3, 5, null, 6, 7];

const entra = useEntraFakes();

/** Every number anywhere in a JSON value, with its path. */
function numbersIn(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  }
  return [];
}

describe.each(testDatabases())('pulse API on $dialect', (database) => {
  let db: Db;
  let hub: LiveHub;
  let app: FastifyInstance;
  const logLines: string[] = [];

  beforeAll(async () => {
    db = await database.open();
    hub = await createLiveHub(db);
    const config = {
      ...testConfig(entra.fakes, mkdtempSync(`${tmpdir()}/candor-pulse-`)),
      logLevel: 'info' as const,
    };
    const deps: AppDeps = {
      config,
      db,
      hub,
      ...createIdentityDeps(config, silentLogger),
      staticDir: null,
      logger: { level: 'info', stream: { write: (line: string) => void logLines.push(line) } },
    };
    app = await buildApp(deps);
    if (!app.hasRoute({ method: 'GET', url: '/api/pulses/:id' })) registerPulseRoutes(app, deps);
  });
  afterAll(async () => {
    await app?.close();
    await hub?.close();
  });

  async function call(method: 'GET' | 'POST', url: string, userId: string, body?: unknown) {
    const response = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${await entra.fakes.idp.issueUserToken(userId)}` },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return { status: response.statusCode, body: response.json() as unknown };
  }

  async function createOpenPulse(extra: object = {}, teamId = team, ownerId = adele.id) {
    const now = Date.now();
    const { status, body } = await call('POST', `/api/teams/${teamId}/pulses`, ownerId, {
      title: 'Sprint pulse',
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3 * 86_400_000).toISOString(),
      ...extra,
    });
    expect(status).toBe(201);
    return (body as { pulse: { id: string } }).pulse.id;
  }

  const submit = (id: string, userId: string, a = answers, comment: string | null = null) =>
    call('POST', `/api/pulses/${id}/responses`, userId, { answers: a, comment });

  async function ownerSummary(id: string) {
    const { body } = await call('GET', `/api/teams/${team}/pulses`, adele.id);
    const list = pulseListSchema.parse(body);
    return list.pulses.find((p) => p.id === id);
  }

  it('refuses a second submission with a kind 409, and never echoes answers', async () => {
    const id = await createOpenPulse();
    const first = await submit(id, amara.id);
    expect(first.status).toBe(201);
    expect(JSON.stringify(first.body)).not.toMatch(/\b[1-7]\b/);
    const second = await submit(id, amara.id, [1, 1, 1, 1, 1, 1, 1]);
    expect(second.status).toBe(409);
    expect(apiErrorSchema.parse(second.body).error).toEqual({
      code: 'conflict',
      message:
        "You've already answered this pulse — thank you. Each person answers once so results stay anonymous.",
    });
    const rows = await db.kysely
      .selectFrom('pulse_responses')
      .selectAll()
      .where('pulse_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.a1).toBe(5);
    const detail = await call('GET', `/api/pulses/${id}`, amara.id);
    expect(detail.body).toMatchObject({ pulse: { answered: true, thresholdReached: null } });
    expect(JSON.stringify(detail.body)).not.toContain('"answers"');
  });

  it('needs 5 of 7 answers, with a sentence', async () => {
    const id = await createOpenPulse();
    const { status, body } = await submit(id, amara.id, [5, 5, 5, 5, null, null, null]);
    expect(status).toBe(400);
    expect(apiErrorSchema.parse(body).error.message).toMatch(/at least 5 of the 7.*1 more/);
  });

  it('stores responses with no user id or time, and receipts share only the pulse id', async () => {
    const columns = async (table: string) =>
      (await db.kysely.introspection.getTables())
        .find((t) => t.name === table)
        ?.columns.map((c) => c.name)
        .sort();
    const responseColumns = await columns('pulse_responses');
    expect(responseColumns).toEqual([
      'a1',
      'a2',
      'a3',
      'a4',
      'a5',
      'a6',
      'a7',
      'comment',
      'id',
      'pulse_id',
    ]);
    const receiptColumns = await columns('pulse_receipts');
    expect(receiptColumns).toEqual(['pulse_id', 'receipt']);
    expect(responseColumns?.filter((c) => receiptColumns?.includes(c))).toEqual(['pulse_id']);
    if (db.dialect === 'sqlite') {
      // Stored in random primary-key order: no rowid records the order of answers.
      const { rows } = await sql<{
        sql: string;
      }>`select sql from sqlite_master where name in ('pulse_responses', 'pulse_receipts')`.execute(
        db.kysely,
      );
      expect(rows.map((r) => r.sql.toLowerCase().includes('without rowid'))).toEqual([true, true]);
    }
  });

  it('exposes nobody and no time: no event, log line or count per response', async () => {
    const id = await createOpenPulse({ k: 3 });
    const room = `team:${team}`;
    const frames: string[] = [];
    const stop = hub.subscribe(
      room,
      (await hub.since(room, 0)).at(-1)?.seq ?? 0,
      (f) => void frames.push(f),
    );
    const eventsBefore = (await hub.since(room, 0)).length;
    const logsBefore = logLines.length;
    const before = await ownerSummary(id);
    for (const member of platformMembers.slice(0, 4)) {
      expect((await submit(id, member.userId, answers, 'More pairing')).status).toBe(201);
    }
    expect((await submit(id, platformMembers[0]!.userId)).status).toBe(409);
    const after = await ownerSummary(id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(frames).toEqual([]);
    expect((await hub.since(room, 0)).length).toBe(eventsBefore);
    const logged = logLines.slice(logsBefore).join('\n');
    expect(logged).toContain(`/api/teams/${team}/pulses`); // the capture works
    for (const member of platformMembers) expect(logged).not.toContain(member.userId);
    expect(logged).not.toContain('/responses');
    expect(logged).not.toContain('More pairing');
    // A lifecycle change does reach the stream.
    await call('POST', `/api/pulses/${id}/close`, adele.id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    expect(frames.join('')).toContain('pulse.changed');
    // Owners get a yes/no, never a count.
    expect(before?.thresholdReached).toBe(false);
    expect(after?.thresholdReached).toBe(true);
    expect(numbersIn(after).sort()).toEqual(['$.k']);
  });

  it('keeps results from members until shared, then shows them without comments', async () => {
    const id = await createOpenPulse({ k: 3 });
    for (const member of platformMembers.slice(0, 3)) {
      await submit(id, member.userId, answers, 'Say it in retro');
    }
    expect((await call('GET', `/api/pulses/${id}/results`, amara.id)).status).toBe(403);
    const open = await call('GET', `/api/pulses/${id}/results`, adele.id);
    expect(open.body).toMatchObject({ status: 'still-open', invited: null });
    expect((await call('POST', `/api/pulses/${id}/close`, adele.id)).status).toBe(200);
    const denied = await call('GET', `/api/pulses/${id}/results`, amara.id);
    expect(denied.status).toBe(403);
    expect(apiErrorSchema.parse(denied.body).error.message).toMatch(/haven't been shared/);
    const owner = resultsResponseSchema.parse(
      (await call('GET', `/api/pulses/${id}/results`, adele.id)).body,
    );
    expect(owner).toMatchObject({ status: 'released', n: 3, invited: 8, comments: null });
    expect((await call('POST', `/api/pulses/${id}/share`, amara.id)).status).toBe(403);
    expect((await call('POST', `/api/pulses/${id}/share`, adele.id)).status).toBe(200);
    const shared = resultsResponseSchema.parse(
      (await call('GET', `/api/pulses/${id}/results`, amara.id)).body,
    );
    expect(shared).toMatchObject({ status: 'released', n: 3, shared: true, comments: null });
    // Closing rewrote the rows but kept every answer and receipt.
    const count = async (table: 'pulse_responses' | 'pulse_receipts') =>
      (await db.kysely.selectFrom(table).select('pulse_id').where('pulse_id', '=', id).execute())
        .length;
    expect([await count('pulse_responses'), await count('pulse_receipts')]).toEqual([3, 3]);
  });

  it('lets an owner stop sharing: idempotent, owner-only, members lose the results at once', async () => {
    const id = await createOpenPulse({ k: 3 });
    for (const member of platformMembers.slice(0, 3)) await submit(id, member.userId);
    await call('POST', `/api/pulses/${id}/close`, adele.id);
    expect((await call('POST', `/api/pulses/${id}/share`, adele.id)).status).toBe(200);
    expect((await call('GET', `/api/pulses/${id}/results`, amara.id)).status).toBe(200);
    const room = `team:${team}`;
    const before = (await hub.since(room, 0)).length;

    expect((await call('POST', `/api/pulses/${id}/unshare`, amara.id)).status).toBe(403);
    expect((await call('GET', `/api/pulses/${id}/results`, amara.id)).status).toBe(200);
    const stopped = await call('POST', `/api/pulses/${id}/unshare`, adele.id);
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ pulse: { shared: false, resultsAvailable: true } });
    // Members' tabs hear of it, so their open results view refetches and closes.
    expect((await hub.since(room, 0)).length).toBe(before + 1);
    const denied = await call('GET', `/api/pulses/${id}/results`, amara.id);
    expect(denied.status).toBe(403);
    expect(apiErrorSchema.parse(denied.body).error.message).toMatch(/haven't been shared/);
    expect((await call('GET', `/api/pulses/${id}`, amara.id)).status).toBe(403);
    const member = pulseListSchema.parse(
      (await call('GET', `/api/teams/${team}/pulses`, amara.id)).body,
    );
    expect(member.pulses.map((p) => p.id)).not.toContain(id);
    // Again: nothing changes and no event.
    expect((await call('POST', `/api/pulses/${id}/unshare`, adele.id)).status).toBe(200);
    expect((await hub.since(room, 0)).length).toBe(before + 1);
    // The owner still reads the results and can share again.
    expect((await call('GET', `/api/pulses/${id}/results`, adele.id)).body).toMatchObject({
      status: 'released',
      shared: false,
    });
    expect((await call('POST', `/api/pulses/${id}/share`, adele.id)).status).toBe(200);
    expect((await call('GET', `/api/pulses/${id}/results`, amara.id)).status).toBe(200);
  });

  it('lists a closed pulse with its score to those who may read it, and only "withheld" below k', async () => {
    const released = await createOpenPulse({ k: 3 });
    for (const member of platformMembers.slice(0, 3)) await submit(released, member.userId);
    await call('POST', `/api/pulses/${released}/close`, adele.id);
    const results = resultsResponseSchema.parse(
      (await call('GET', `/api/pulses/${released}/results`, adele.id)).body,
    );
    if (results.status !== 'released') throw new Error('expected released results');
    expect(await ownerSummary(released)).toMatchObject({
      resultsAvailable: true,
      outcome: { status: 'released', score100: results.score100 },
    });

    // Four answers < k = 5: the list says so, with no number and no "View results" to a dead end.
    const few = await createOpenPulse({ k: 5 });
    for (const member of platformMembers.slice(0, 4)) await submit(few, member.userId);
    await call('POST', `/api/pulses/${few}/close`, adele.id);
    const summary = await ownerSummary(few);
    expect(summary).toMatchObject({
      resultsAvailable: false,
      outcome: { status: 'not-enough-responses' },
    });
    expect(numbersIn(summary).sort()).toEqual(['$.k']);
    expect((await call('POST', `/api/pulses/${few}/share`, adele.id)).status).toBe(400);

    // Members: no outcome until shared.
    const memberList = async () =>
      pulseListSchema.parse((await call('GET', `/api/teams/${team}/pulses`, amara.id)).body);
    expect((await memberList()).pulses.find((p) => p.id === released)).toBeUndefined();
    await call('POST', `/api/pulses/${released}/share`, adele.id);
    expect((await memberList()).pulses.find((p) => p.id === released)).toMatchObject({
      outcome: { status: 'released', score100: results.score100 },
    });
    expect(
      (await memberList()).pulses.every((p) => p.status === 'closed' || p.outcome === null),
    ).toBe(true);
  });

  it('withholds everything but `invited` below k', async () => {
    const id = await createOpenPulse({ k: 5 });
    for (const member of platformMembers.slice(0, 4))
      await submit(id, member.userId, answers, 'Hi');
    await call('POST', `/api/pulses/${id}/close`, adele.id);
    const { body } = await call('GET', `/api/pulses/${id}/results`, adele.id);
    expect(body).toMatchObject({ status: 'not-enough-responses', invited: 8 });
    expect(numbersIn(body)).toEqual(['$.invited']);
    expect(JSON.stringify(body)).not.toContain('Hi');
    expect((await call('POST', `/api/pulses/${id}/share`, adele.id)).status).toBe(400);
  });

  it('shows comments to owners from 10 responses, never in the shared view', async () => {
    const cs = demo.customerSuccess;
    const id = await createOpenPulse({ k: 3 }, cs.id, megan.id);
    const people = cs.members.filter((m) => m.role === 'member').slice(0, 10);
    for (const [i, person] of people.entries())
      await submit(id, person.userId, answers, `Idea ${i}`);
    await call('POST', `/api/pulses/${id}/close`, megan.id);
    const owner = await call('GET', `/api/pulses/${id}/results`, megan.id);
    expect((owner.body as { comments: string[] }).comments).toHaveLength(10);
    await call('POST', `/api/pulses/${id}/share`, megan.id);
    const member = await call('GET', `/api/pulses/${id}/results`, people[0]!.userId);
    expect(member.body).toMatchObject({ status: 'released', n: 10, comments: null });
  });

  it('refuses another team (403) and another tenant (404)', async () => {
    const id = await createOpenPulse();
    for (const url of [`/api/pulses/${id}`, `/api/pulses/${id}/results`]) {
      expect((await call('GET', url, megan.id)).status).toBe(403);
      expect((await call('GET', url, ravi.id)).status).toBe(404);
    }
    expect((await submit(id, megan.id)).status).toBe(403);
    expect((await submit(id, ravi.id)).status).toBe(404);
    expect((await call('GET', `/api/teams/${team}/pulses`, megan.id)).status).toBe(403);
    expect((await call('POST', `/api/pulses/${id}/close`, amara.id)).status).toBe(403);
  });

  it('creates once for a retried Idempotency-Key', async () => {
    const body = {
      title: 'Retried',
      opensAt: new Date().toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    const post = async () =>
      app.inject({
        method: 'POST',
        url: `/api/teams/${team}/pulses`,
        headers: {
          authorization: `Bearer ${await entra.fakes.idp.issueUserToken(adele.id)}`,
          'idempotency-key': `create-${db.dialect}`,
        },
        payload: body,
      });
    const [a, b] = [await post(), await post()];
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.json()).toEqual(a.json());
    const list = pulseListSchema.parse(
      (await call('GET', `/api/teams/${team}/pulses`, adele.id)).body,
    );
    expect(list.pulses.filter((p) => p.title === 'Retried')).toHaveLength(1);
  });

  it("gives a left-out title and open question in the creator's language; null means no question", async () => {
    const create = async (language: string, extra: object) => {
      const response = await app.inject({
        method: 'POST',
        url: `/api/teams/${team}/pulses`,
        headers: {
          authorization: `Bearer ${await entra.fakes.idp.issueUserToken(adele.id)}`,
          'accept-language': language,
        },
        payload: {
          opensAt: new Date().toISOString(),
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
          ...extra,
        },
      });
      expect(response.statusCode).toBe(201);
      const id = (response.json() as { pulse: { id: string } }).pulse.id;
      const { body } = await call('GET', `/api/pulses/${id}`, amara.id);
      return pulseSummarySchema.parse((body as { pulse: unknown }).pulse);
    };
    const german = await create('de-DE', {});
    expect(german.title).toBe('Puls zur psychologischen Sicherheit im Team');
    expect(german.openQuestion).toBe(
      'Was würde es leichter machen, in diesem Team etwas offen anzusprechen?',
    );
    const japanese = await create('ja-JP', { title: 'スプリント' });
    expect(japanese.title).toBe('スプリント');
    expect(japanese.openQuestion).toMatch(/^このチームで/);
    expect((await create('en-US', { openQuestion: null })).openQuestion).toBeNull();
  });

  it('checks k against the team size from Graph, and the minimum', async () => {
    const tooBig = await call('POST', `/api/teams/${team}/pulses`, adele.id, {
      opensAt: new Date().toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      k: 9,
    });
    expect(tooBig.status).toBe(400);
    expect(apiErrorSchema.parse(tooBig.body).error.message).toMatch(
      /only 8 members.*between 3 and 8/,
    );
    const tooSmall = await call('POST', `/api/teams/${team}/pulses`, adele.id, {
      opensAt: new Date().toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      k: 2,
    });
    expect(tooSmall.status).toBe(400);
    expect((await call('POST', `/api/teams/${team}/pulses`, amara.id, {})).status).toBe(400);
  });

  it('lists open and shared pulses to members, everything to owners', async () => {
    const open = await createOpenPulse();
    const later = await createOpenPulse({
      opensAt: new Date(Date.now() + 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    const member = pulseListSchema.parse(
      (await call('GET', `/api/teams/${team}/pulses`, amara.id)).body,
    );
    const ids = member.pulses.map((p) => p.id);
    expect(ids).toContain(open);
    expect(ids).not.toContain(later);
    expect(member.pulses.every((p) => p.thresholdReached === null)).toBe(true);
    expect(member).toMatchObject({ role: 'member', teamSize: 8 });
    expect((await call('GET', `/api/pulses/${later}`, amara.id)).status).toBe(403);
    const owner = pulseListSchema.parse(
      (await call('GET', `/api/teams/${team}/pulses`, adele.id)).body,
    );
    expect(owner.pulses.find((p) => p.id === later)?.status).toBe('scheduled');
    await call('POST', `/api/pulses/${later}/cancel`, adele.id);
    expect((await ownerSummary(later))?.status).toBe('cancelled');
    const { rows } = await sql<{
      n: number | string;
    }>`select count(*) as n from pulse_series where status = 'ended'`.execute(db.kysely);
    expect(Number(rows[0]?.n)).toBeGreaterThanOrEqual(1);
  });
});
