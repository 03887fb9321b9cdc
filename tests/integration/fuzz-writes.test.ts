import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api.js';
import { retroViewSchema, type RetroView } from '../../shared/retro/api.js';
import { buildApp } from '../../server/app.js';
import { createIdentityDeps } from '../../server/deps.js';
import { createLiveHub, type LiveHub } from '../../server/live/hub.js';
import type { Db } from '../../server/storage/db.js';
import { testDatabases } from '../../server/test-support/databases.js';
import {
  demo,
  seededUser,
  silentLogger,
  testConfig,
} from '../../server/test-support/entra-fakes.js';
import { useEntraFakes } from '../../server/test-support/hooks.js';
import { addMeetingChat } from '../../server/test-support/retro-app.js';
import {
  contentType,
  hostileValue,
  idempotencyKey,
  mutated,
  pathSegment,
  rawBody,
  toJsonText,
  type Mutation,
} from './fuzz-arbitraries.js';

/**
 * Property-based fuzzing of every write endpoint (issue #10). Each case sends one hostile request
 * and checks: no 500; a refusal is a JSON 4xx in the app's `{ error: { code, message } }` shape;
 * and a refused request leaves the stored data exactly as it was. Runs per endpoint and database:
 * FUZZ_RUNS (default 100); FUZZ_SEED replays a failure.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 100);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;

const adele = seededUser('Adele Vance'); // owns Platform; facilitates
const diego = seededUser('Diego Siciliani'); // in the Weekly sync and Platform
const megan = seededUser('Megan Bowen'); // owns Customer Success; outside Platform
const platform = demo.platform.id;
const platformMembers = demo.platform.members.filter((m) => m.role === 'member');

const entra = useEntraFakes();
const casesRun = new Map<string, number>();
/** Responses by status, over both databases: shows the fuzz reaches accepted paths too. */
const statuses = new Map<number, number>();

afterAll(() => {
  const total = [...casesRun.values()].reduce((sum, n) => sum + n, 0);
  const parts = [...casesRun].map(([db, n]) => `${db}: ${n}`).join(', ');
  // The lead reports these figures (issue #10, "Done when").
  const byStatus = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');
  console.info(
    `fuzz-writes: ${total} cases run (${parts}); seed ${seed}, ${runs} runs per endpoint; statuses ${byStatus}`,
  );
});

type FuzzRequest = {
  method: HTTPMethods;
  url: string;
  userId: string;
  headers: Record<string, string>;
  payload?: string;
  description: string;
};

type Context = {
  retros: { gather: string; group: string; discuss: string; actions: string };
  cardIds: string[];
  groupIds: string[];
  actionIds: string[];
  freshChats: string[];
  openPulse: string;
  pulses: string[];
  linkedChat: string;
  /** Saved formats of the first fresh chat (Adele's). */
  formatIds: string[];
};

type Model = {
  /** Tables a refused request must leave as they were. */
  tables: (name: string) => boolean;
  request(ctx: Context): fc.Arbitrary<FuzzRequest>;
};

// `rooms.last_seq` counts every published event, so a refusal that published one shows there
// without reading the ever-growing events table. Presence marks change on any authorised read.
const retroTables = (name: string) =>
  (name.startsWith('retro') && name !== 'retro_marks') || name === 'rooms';
const pulseTables = (name: string) => name.startsWith('pulse') || name === 'rooms';
const linkTables = (name: string) => name === 'team_meeting_links';
const formatTables = (name: string) => name === 'saved_formats';

/** A body: a valid one changed in one place, any hostile JSON, or raw junk; with a content type. */
function body(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Payload> {
  const json = fc.oneof(
    { weight: 6, arbitrary: valid.chain(mutated) },
    {
      weight: 2,
      arbitrary: hostileValue.map((value): Mutation => ({ body: value, description: 'any JSON' })),
    },
  );
  return fc.oneof(
    { weight: 8, arbitrary: json.map((m) => ({ text: toJsonText(m.body), what: m.description })) },
    { weight: 2, arbitrary: rawBody.map((text) => ({ text, what: 'raw body' })) },
  );
}

type Payload = { text: string; what: string };

function request(
  method: HTTPMethods,
  url: fc.Arbitrary<string>,
  users: readonly string[],
  payload: fc.Arbitrary<Payload> | null,
  withKey = true,
): fc.Arbitrary<FuzzRequest> {
  const target = fc.record({
    url,
    payload: payload ? fc.option(payload, { freq: 12 }) : fc.constant(null),
  });
  return requestTo(method, target, users, withKey);
}

/** A request from a target whose address and body are chosen together (a retro and its command). */
function requestTo(
  method: HTTPMethods,
  target: fc.Arbitrary<{ url: string; payload: Payload | null }>,
  users: readonly string[],
  withKey = true,
): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      target,
      userId: fc.constantFrom(...users),
      type: contentType,
      key: withKey ? idempotencyKey : fc.constant(undefined),
    })
    .map(({ target: { url: path, payload: p }, userId, type, key }) => {
      const headers: Record<string, string> = {};
      if (p && type) headers['content-type'] = type;
      if (key !== undefined) headers['idempotency-key'] = key;
      return {
        method,
        url: path,
        userId,
        headers,
        ...(p ? { payload: p.text } : {}),
        description: `${p?.what ?? 'no body'}, ${type ?? 'no'} content type`,
      };
    });
}

const pulseBody = () => {
  const now = Date.now();
  return {
    title: 'Fuzz pulse',
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 3 * 86_400_000).toISOString(),
    recurrence: 'none',
    k: 3,
    openQuestion: 'What would help?',
  };
};

/** A fuzz model per write route, keyed as Fastify names it: `METHOD /path/:param`. */
const models: Record<string, Model> = {
  'POST /api/retros': {
    tables: retroTables,
    request: (ctx) =>
      request(
        'POST',
        fc.constant('/api/retros'),
        [adele.id, diego.id, megan.id],
        body(
          fc.constantFrom(...ctx.freshChats).map((chatId) => ({
            chatId,
            title: 'Fuzz retro',
            templateId: 'custom',
            columns: [
              { id: 'keep', title: 'Keep', prompt: '' },
              { id: 'try', title: 'Try', prompt: 'What next?' },
            ],
            options: { anonymous: true, voteBudget: 5, perGroupCap: 3, skip: [] },
          })),
        ),
      ),
  },
  'POST /api/retros/:id/commands': {
    tables: retroTables,
    request: (ctx) =>
      requestTo(
        'POST',
        fc.oneof(
          // Mostly a command the retro's phase allows, so the change reaches storage.
          {
            weight: 4,
            arbitrary: fc.constantFrom(...(Object.keys(ctx.retros) as Phase[])).chain((phase) =>
              fc.record({
                url: fc.constant(`/api/retros/${ctx.retros[phase]}/commands`),
                payload: body(commandSeeds(ctx, phase)).map((p): Payload | null => p),
              }),
            ),
          },
          {
            weight: 1,
            arbitrary: fc.record({
              url: pathSegment(Object.values(ctx.retros)).map((id) => `/api/retros/${id}/commands`),
              payload: fc.option(body(commandSeeds(ctx)), { freq: 12 }),
            }),
          },
        ),
        [adele.id, diego.id, megan.id],
      ),
  },
  'POST /api/retros/setting-up': {
    tables: (name) => name === 'retro_setting_up' || name === 'rooms',
    request: (ctx) =>
      request(
        'POST',
        fc.constant('/api/retros/setting-up'),
        [adele.id, diego.id, megan.id],
        body(
          fc
            .tuple(fc.constantFrom(...ctx.freshChats), fc.boolean())
            .map(([chatId, open]) => ({ chatId, open })),
        ),
      ),
  },
  'POST /api/retros/:id/leave': {
    tables: retroTables,
    request: (ctx) =>
      request(
        'POST',
        pathSegment(Object.values(ctx.retros)).map((id) => `/api/retros/${id}/leave`),
        [adele.id, diego.id, megan.id],
        body(fc.constant({})),
      ),
  },
  'POST /api/teams/:teamId/pulses': {
    tables: pulseTables,
    request: () =>
      request(
        'POST',
        pathSegment([platform, platform.toUpperCase(), demo.customerSuccess.id]).map(
          (team) => `/api/teams/${team}/pulses`,
        ),
        [adele.id, adele.id, diego.id],
        body(fc.constant(null).map(pulseBody)),
      ),
  },
  'POST /api/pulses/:id/responses': {
    tables: pulseTables,
    request: (ctx) =>
      request(
        'POST',
        pathSegment([ctx.openPulse]).map((id) => `/api/pulses/${id}/responses`),
        platformMembers.map((m) => m.userId),
        body(fc.constant({ answers: [5, 6, 3, 5, null, 6, 7], comment: 'More pairing, please.' })),
        false,
      ),
  },
  ...Object.fromEntries(
    ['close', 'cancel', 'share', 'unshare'].map((action) => [
      `POST /api/pulses/:id/${action}`,
      {
        tables: pulseTables,
        request: (ctx: Context) =>
          request(
            'POST',
            pathSegment(ctx.pulses).map((id) => `/api/pulses/${id}/${action}`),
            [adele.id, adele.id, diego.id],
            body(fc.constant({})),
            false,
          ),
      } satisfies Model,
    ]),
  ),
  'POST /api/pulses/:id/retro-prompts': {
    tables: (name) => name === 'retro_pulse_prompts',
    request: (ctx) =>
      request(
        'POST',
        pathSegment(ctx.pulses).map((id) => `/api/pulses/${id}/retro-prompts`),
        [adele.id, adele.id, diego.id],
        body(fc.constant({})),
        false,
      ),
  },
  'POST /api/teams/:teamId/linked-meetings': {
    tables: linkTables,
    request: (ctx) =>
      request(
        'POST',
        pathSegment([platform]).map((team) => `/api/teams/${team}/linked-meetings`),
        [adele.id, diego.id],
        body(fc.constantFrom(ctx.linkedChat, demo.designCrit.chatId).map((chatId) => ({ chatId }))),
        false,
      ),
  },
  // Adele owns the actions: Diego and Megan are refused, and hostile ids or bodies store nothing.
  'PUT /api/actions/:actionId/todo': {
    tables: (name) => name === 'retro_todo_links',
    request: (ctx) =>
      request(
        'PUT',
        pathSegment(ctx.actionIds).map((id) => `/api/actions/${id}/todo`),
        [adele.id, diego.id, megan.id],
        body(fc.constant({ listId: 'AAMkAGlist', taskId: 'AAMkAGtask' })),
      ),
  },
  'POST /api/formats': {
    tables: formatTables,
    request: (ctx) =>
      request(
        'POST',
        fc.constant('/api/formats'),
        [adele.id, diego.id, megan.id],
        body(
          fc.constantFrom(...ctx.freshChats).map((chatId) => ({
            chatId,
            name: 'Fuzz format',
            columns: [
              { id: 'keep', title: 'Keep', prompt: '' },
              { id: 'try', title: 'Try', prompt: 'What next?' },
            ],
          })),
        ),
      ),
  },
  'DELETE /api/formats/:id': {
    tables: formatTables,
    request: (ctx) =>
      request(
        'DELETE',
        pathSegment(ctx.formatIds).map((id) => `/api/formats/${id}`),
        [adele.id, diego.id, megan.id],
        null,
        false,
      ),
  },
  'DELETE /api/teams/:teamId/linked-meetings/:chatId': {
    tables: linkTables,
    request: (ctx) =>
      request(
        'DELETE',
        fc
          .tuple(pathSegment([platform]), pathSegment([ctx.linkedChat, demo.designCrit.chatId]))
          .map(([team, chat]) => `/api/teams/${team}/linked-meetings/${chat}`),
        [adele.id, diego.id],
        null,
        false,
      ),
  },
};

type Phase = keyof Context['retros'];

/**
 * Valid commands with real ids, for `mutated` to change in one place: those `phase` allows, or
 * every kind when no phase is given.
 */
function commandSeeds(ctx: Context, phase?: Phase): fc.Arbitrary<Record<string, unknown>> {
  const card = fc.constantFrom(...ctx.cardIds);
  const group = fc.constantFrom(...ctx.groupIds);
  const action = fc.constantFrom(...ctx.actionIds);
  const addAction = {
    type: 'addAction',
    text: 'Write the runbook',
    ownerId: adele.id,
    dueDate: '2030-01-31',
    groupId: null,
  };
  const seeds: Record<Phase, fc.Arbitrary<Record<string, unknown>>[]> = {
    gather: [
      fc.constant({ type: 'addCard', columnId: 'start', text: 'Pair on deploys' }),
      card.map((cardId) => ({ type: 'editCard', cardId, text: 'Pair on every deploy' })),
      card.map((cardId) => ({ type: 'deleteCard', cardId })),
      fc.constant({ type: 'reveal' }),
      fc.constant({ type: 'setReady', ready: true }),
    ],
    group: [
      fc.tuple(card, group).map(([cardId, groupId]) => ({ type: 'moveCard', cardId, groupId })),
      card.map((cardId) => ({ type: 'createGroup', cardIds: [cardId], title: 'Deploys' })),
      group.map((groupId) => ({ type: 'nameGroup', groupId, title: 'Releases' })),
    ],
    discuss: [
      group.map((groupId) => ({ type: 'focusTopic', groupId })),
      group.map((groupId) => ({ type: 'addNote', groupId, text: 'We agreed.' })),
      fc.constant(addAction),
      fc.constant({ type: 'startTimer', seconds: 60 }),
      fc.constant({ type: 'stopTimer' }),
    ],
    actions: [
      fc.constant(addAction),
      action.map((actionId) => ({
        type: 'updateAction',
        actionId,
        text: 'Write it',
        dueDate: '2030-02-28',
      })),
      action.map((actionId) => ({ type: 'deleteAction', actionId })),
    ],
  };
  const others = [
    fc.constant({ type: 'answerSafety', value: 4 }),
    fc.constant({ type: 'answerRoti', value: 4 }),
    fc.constant({ type: 'answerCheckin', text: 'A calm week' }),
    fc.constant({ type: 'setCheckinQuestion', question: { kind: 'library', id: 'smile' } }),
    fc.constant({ type: 'showCheckinAnswers' }),
    group.map((groupId) => ({ type: 'vote', groupId, delta: 1 })),
    action.map((actionId) => ({ type: 'reviewItem', actionId, status: 'done' })),
  ];
  return fc.oneof(...(phase ? seeds[phase] : [...Object.values(seeds).flat(), ...others]));
}

/**
 * The write routes Fastify serves, read from `printRoutes` (a tree: each level indents by four
 * characters and its segment continues its parent's path).
 */
function writeRoutes(app: FastifyInstance): string[] {
  const found: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (.+?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const level = (match[1] ?? '').length / 4;
    const path = (stack[level - 1] ?? '') + (match[2] ?? '');
    stack[level] = path;
    stack.length = level + 1;
    for (const method of (match[3] ?? '').split(', ')) {
      if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) && path.startsWith('/api/')) {
        found.push(`${method} ${path}`);
      }
    }
  }
  return found.sort();
}

describe.each(testDatabases())('every write endpoint under fuzz on $dialect', (database) => {
  let db: Db;
  let hub: LiveHub;
  let app: FastifyInstance;
  const tokens = new Map<string, string>();
  let ctx: Context;
  let tables: string[] = [];

  const send = async (userId: string, method: HTTPMethods, url: string, payload?: unknown) => {
    const response = await app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${tokens.get(userId) ?? ''}`,
        'idempotency-key': randomUUID(),
      },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json<{ retro?: unknown; pulse?: { id: string } }>();
  };
  const command = async (userId: string, retroId: string, cmd: object) =>
    retroViewSchema.parse(
      (await send(userId, 'POST', `/api/retros/${retroId}/commands`, cmd)).retro,
    );
  const advanceTo = async (retroId: string, phase: RetroView['phase']) => {
    for (let step = 0; step < 10; step += 1) {
      const view = await command(adele.id, retroId, { type: 'advance' });
      if (view.phase === phase) return view;
    }
    throw new Error(`retro never reached ${phase}`);
  };

  /** A retro in its own meeting chat, moved to `phase` with cards, a group and an action. */
  async function retroAt(phase: 'gather' | 'group' | 'discuss' | 'actions') {
    const chatId = addMeetingChat(entra.fakes, `Fuzz ${phase}`);
    const created = await send(adele.id, 'POST', '/api/retros', {
      chatId,
      templateId: 'start-stop-continue',
    });
    const id = retroViewSchema.parse(created.retro).id;
    await advanceTo(id, 'gather');
    await command(diego.id, id, { type: 'addCard', columnId: 'start', text: 'Pairing' });
    const view = await command(adele.id, id, {
      type: 'addCard',
      columnId: 'stop',
      text: 'Friday deploys',
    });
    ctx.cardIds.push(...view.cards.map((c) => c.id));
    if (phase === 'gather') return id;
    await advanceTo(id, 'group');
    const grouped = await command(adele.id, id, {
      type: 'createGroup',
      cardIds: view.cards.map((c) => c.id),
      title: 'Deploys',
    });
    ctx.groupIds.push(...grouped.groups.map((g) => g.id));
    if (phase === 'group') return id;
    await advanceTo(id, 'discuss');
    const withAction = await command(adele.id, id, {
      type: 'addAction',
      text: 'Write the runbook',
      ownerId: adele.id,
      dueDate: '2030-01-31',
      groupId: null,
    });
    ctx.actionIds.push(...withAction.actions.map((a) => a.id));
    if (phase === 'discuss') return id;
    await advanceTo(id, 'actions');
    return id;
  }

  async function createPulse(): Promise<string> {
    const created = await send(adele.id, 'POST', `/api/teams/${platform}/pulses`, pulseBody());
    return created.pulse?.id ?? '';
  }

  /** Every row of the given tables, sorted, so a refused request can be shown to change nothing. */
  async function snapshot(keep: (name: string) => boolean): Promise<Record<string, string[]>> {
    const names = tables.filter(keep);
    const result: Record<string, string[]> = {};
    if (db.dialect === 'postgres') {
      // One round trip for all the tables: the suite takes two snapshots per case.
      const each = names.map(
        (t) =>
          sql`select ${t} as name, coalesce((select json_agg(x)::text from ${sql.table(t)} x), '[]') as rows`,
      );
      const { rows } = await sql<{
        name: string;
        rows: string;
      }>`${sql.join(each, sql` union all `)}`.execute(db.kysely);
      for (const row of rows) {
        result[row.name] = (JSON.parse(row.rows) as unknown[]).map((r) => JSON.stringify(r)).sort();
      }
      return result;
    }
    for (const table of names) {
      const rows = await db.kysely
        .selectFrom(table as 'retros')
        .selectAll()
        .execute();
      result[table] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return result;
  }

  beforeAll(async () => {
    db = await database.open();
    hub = await createLiveHub(db, { onError: () => {} });
    // Limits far above what the fuzz sends: this suite tests input handling, not rate limits.
    const high = 1_000_000;
    const config = {
      ...testConfig(entra.fakes, '/nonexistent-data-dir'),
      limits: {
        perUserMax: high,
        perTenantMax: high,
        perIpUnauthenticatedMax: high,
        pulsesPerTeamPerDay: high,
        notificationsPerTeamPerHour: high,
      },
    };
    app = await buildApp({
      config,
      db,
      hub,
      ...createIdentityDeps(config, silentLogger),
      staticDir: null,
      logger: false,
    });
    await app.ready();
    for (const user of [adele, diego, megan, ...platformMembers.map((m) => ({ id: m.userId }))]) {
      tokens.set(user.id, await entra.fakes.idp.issueUserToken(user.id));
    }
    tables = (await db.kysely.introspection.getTables()).map((t) => t.name);

    ctx = {
      retros: { gather: '', group: '', discuss: '', actions: '' },
      cardIds: [],
      groupIds: [],
      actionIds: [],
      freshChats: [1, 2, 3].map((n) => addMeetingChat(entra.fakes, `Fuzz fresh ${n}`)),
      openPulse: '',
      pulses: [],
      linkedChat: demo.weeklySync.chatId,
      formatIds: [],
    };
    for (const phase of ['gather', 'group', 'discuss', 'actions'] as const) {
      ctx.retros[phase] = await retroAt(phase);
    }
    ctx.openPulse = await createPulse();
    ctx.pulses = [ctx.openPulse, await createPulse(), await createPulse()];
    await send(adele.id, 'POST', `/api/pulses/${ctx.pulses[2]}/close`);
    await send(adele.id, 'POST', `/api/teams/${platform}/linked-meetings`, {
      chatId: ctx.linkedChat,
    });
    for (const name of ['Saved one', 'Saved two']) {
      const saved = await send(adele.id, 'POST', '/api/formats', {
        chatId: ctx.freshChats[0],
        name,
        columns: [
          { id: 'a', title: 'Went well', prompt: '' },
          { id: 'b', title: 'To try', prompt: '' },
        ],
      });
      ctx.formatIds.push((saved as { format?: { id: string } }).format?.id ?? '');
    }
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await hub?.close();
  });

  it('has a fuzz model for every write route Fastify serves', () => {
    const routes = writeRoutes(app);
    // The parse found real routes, not an artefact of the tree's layout.
    for (const route of routes) {
      const [method, url] = route.split(' ') as [HTTPMethods, string];
      expect(app.hasRoute({ method, url }), route).toBe(true);
    }
    expect(routes).toContain('POST /api/retros/:id/commands');
    expect(routes.filter((route) => !(route in models))).toEqual([]);
  });

  for (const [route, model] of Object.entries(models)) {
    it(`${route}: no 500, a JSON error for every refusal, nothing stored by a refusal`, async () => {
      await fc.assert(
        fc.asyncProperty(model.request(ctx), async (req) => {
          const before = await snapshot(model.tables);
          const response = await app.inject({
            method: req.method,
            url: req.url,
            headers: { authorization: `Bearer ${tokens.get(req.userId) ?? ''}`, ...req.headers },
            ...(req.payload === undefined ? {} : { payload: req.payload }),
          });
          casesRun.set(database.dialect, (casesRun.get(database.dialect) ?? 0) + 1);
          const status = response.statusCode;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          const what = `${req.method} ${req.url.slice(0, 200)} (${req.description}) → ${status} ${response.body.slice(0, 300)}`;
          expect(status, what).toBeLessThan(500);
          if (status < 400) {
            expect([200, 201, 204], what).toContain(status);
            return;
          }
          expect(response.headers['content-type'], what).toMatch(/^application\/json/);
          const parsed = apiErrorSchema.safeParse(JSON.parse(response.body));
          expect(parsed.success, what).toBe(true);
          if (!parsed.success) return;
          expect(parsed.data.error.message.length, what).toBeGreaterThan(20);
          expect(await snapshot(model.tables), what).toEqual(before);
        }),
        { numRuns: runs, seed, endOnFailure: true },
      );
    }, 120_000);
  }
});
