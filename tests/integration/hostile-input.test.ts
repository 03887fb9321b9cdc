import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
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

const adele = seededUser('Adele Vance'); // facilitator; owns Platform
const diego = seededUser('Diego Siciliani'); // participant
const amara = seededUser('Amara Okafor'); // Platform member
const platform = demo.platform.id;
const nul = 'before\u0000after';

const entra = useEntraFakes();

describe.each(testDatabases())('hostile text and ids on $dialect', (database) => {
  let db: Db;
  let hub: LiveHub;
  let app: FastifyInstance;
  const tokens = new Map<string, string>();

  const call = async (
    userId: string,
    method: 'POST' | 'GET' | 'DELETE',
    url: string,
    payload?: unknown,
  ) => {
    const response = await app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${tokens.get(userId) ?? ''}`,
        'idempotency-key': randomUUID(),
      },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, raw: response.body, body: response.json<unknown>() };
  };
  const ok = async (userId: string, method: 'POST' | 'GET', url: string, payload?: unknown) => {
    const reply = await call(userId, method, url, payload);
    expect(reply.status, reply.raw).toBeLessThan(300);
    return reply.body as { retro?: unknown; pulse?: { id: string } };
  };
  const command = async (userId: string, id: string, cmd: object): Promise<RetroView> =>
    retroViewSchema.parse((await ok(userId, 'POST', `/api/retros/${id}/commands`, cmd)).retro);
  const refusedPlainly = (
    reply: { status: number; raw: string; body: unknown },
    pattern: RegExp,
  ) => {
    expect(reply.status, reply.raw).toBe(400);
    const { error } = apiErrorSchema.parse(reply.body);
    expect(error.code).toBe('bad_request');
    expect(error.message).toMatch(pattern);
  };
  const countRows = async () => {
    const counts = await Promise.all(
      (
        [
          'retros',
          'retro_cards',
          'retro_notes',
          'retro_actions',
          'retro_groups',
          'pulses',
          'pulse_responses',
        ] as const
      ).map(async (table) =>
        Number(
          (
            await db.kysely
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ),
    );
    return counts;
  };

  beforeAll(async () => {
    db = await database.open();
    hub = await createLiveHub(db, { onError: () => {} });
    const config = {
      ...testConfig(entra.fakes, '/nonexistent-data-dir'),
      limits: { perUserMax: 100_000, perTenantMax: 100_000, pulsesPerTeamPerDay: 1_000 },
    };
    app = await buildApp({
      config,
      db,
      hub,
      ...createIdentityDeps(config, silentLogger),
      staticDir: null,
      logger: false,
    });
    for (const user of [adele, diego, amara])
      tokens.set(user.id, await entra.fakes.idp.issueUserToken(user.id));
  });
  afterAll(async () => {
    await app?.close();
    await hub?.close();
  });

  it('refuses U+0000 in each of the seven text fields with the same clear 400, storing nothing', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Hostile text');
    const before = await countRows();
    refusedPlainly(
      await call(adele.id, 'POST', '/api/retros', { chatId, templateId: '4ls', title: nul }),
      /retro title contains a control character \(U\+0000\).*Remove it and try again/,
    );
    const id = retroViewSchema.parse(
      (await ok(adele.id, 'POST', '/api/retros', { chatId, templateId: 'start-stop-continue' }))
        .retro,
    ).id;
    for (let i = 0; i < 2; i += 1) await command(adele.id, id, { type: 'advance' });
    refusedPlainly(
      await call(diego.id, 'POST', `/api/retros/${id}/commands`, {
        type: 'addCard',
        columnId: 'start',
        text: nul,
      }),
      /card text contains a control character \(U\+0000\)/,
    );
    const carded = await command(diego.id, id, {
      type: 'addCard',
      columnId: 'start',
      text: 'Pairing',
    });
    await command(adele.id, id, { type: 'advance' });
    const grouped = await command(adele.id, id, {
      type: 'createGroup',
      cardIds: [carded.cards[0]?.id],
      title: 'Pairs',
    });
    const groupId = grouped.groups[0]?.id ?? '';
    for (let i = 0; i < 5; i += 1) {
      const view = await command(adele.id, id, { type: 'advance' });
      if (view.phase === 'discuss') break;
    }
    refusedPlainly(
      await call(diego.id, 'POST', `/api/retros/${id}/commands`, {
        type: 'addNote',
        groupId,
        text: nul,
      }),
      /note contains a control character/,
    );
    refusedPlainly(
      await call(diego.id, 'POST', `/api/retros/${id}/commands`, {
        type: 'addAction',
        text: nul,
        ownerId: adele.id,
        dueDate: '2030-01-31',
        groupId: null,
      }),
      /action contains a control character/,
    );
    const opensAt = new Date(Date.now() - 60_000).toISOString();
    const closesAt = new Date(Date.now() + 86_400_000).toISOString();
    refusedPlainly(
      await call(adele.id, 'POST', `/api/teams/${platform}/pulses`, {
        title: nul,
        opensAt,
        closesAt,
      }),
      /pulse title contains a control character/,
    );
    refusedPlainly(
      await call(adele.id, 'POST', `/api/teams/${platform}/pulses`, {
        openQuestion: nul,
        opensAt,
        closesAt,
      }),
      /open question contains a control character/,
    );
    const pulse = (
      await ok(adele.id, 'POST', `/api/teams/${platform}/pulses`, { opensAt, closesAt })
    ).pulse?.id;
    refusedPlainly(
      await call(amara.id, 'POST', `/api/pulses/${pulse}/responses`, {
        answers: [5, 5, 5, 5, 5, 5, 5],
        comment: nul,
      }),
      /comment contains a control character/,
    );
    // One retro, one card, one group and one pulse were made on purpose; nothing else was stored.
    const after = await countRows();
    expect(after).toEqual([
      before[0]! + 1,
      before[1]! + 1,
      before[2],
      before[3],
      before[4]! + 1,
      before[5]! + 1,
      before[6],
    ]);
  });

  it('refuses U+0000 in a path id with a 400, not a database error', async () => {
    for (const url of [
      '/api/retros/%00',
      `/api/teams/${platform}/linked-meetings/19%3Ax%00`,
      '/api/retros/%1B',
    ]) {
      const reply = await call(adele.id, url.includes('linked') ? 'DELETE' : 'GET', url);
      refusedPlainly(reply, /control or broken character/);
    }
  });

  it('counts hidden cards in a stored column whose id is __proto__, and refuses that id for new columns', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Proto column');
    const columns = [
      { id: 'legacy', title: 'Legacy', prompt: '' },
      { id: 'other', title: 'Other', prompt: '' },
    ];
    refusedPlainly(
      await call(adele.id, 'POST', '/api/retros', {
        chatId,
        templateId: 'custom',
        columns: [{ ...columns[0], id: '__proto__' }, columns[1]],
      }),
      /cannot be __proto__, constructor or prototype/,
    );
    const id = retroViewSchema.parse(
      (await ok(adele.id, 'POST', '/api/retros', { chatId, templateId: 'custom', columns })).retro,
    ).id;
    for (let i = 0; i < 2; i += 1) await command(adele.id, id, { type: 'advance' });
    await command(diego.id, id, { type: 'addCard', columnId: 'legacy', text: 'Hidden from Adele' });
    // A retro saved before the rule: its column id is __proto__ (a new rev, so no cached board).
    await db.kysely
      .updateTable('retro_cards')
      .set({ column_id: '__proto__' })
      .where('retro_id', '=', id)
      .execute();
    await db.kysely
      .updateTable('retros')
      .set((eb) => ({
        columns: JSON.stringify([{ ...columns[0], id: '__proto__' }, columns[1]]),
        rev: eb('rev', '+', 1),
      }))
      .where('id', '=', id)
      .execute();
    const reply = await call(adele.id, 'GET', `/api/retros/${id}`);
    expect(reply.status, reply.raw).toBe(200);
    // Read as JSON text: JSON.parse keeps a `__proto__` key as an own property.
    const hidden = (JSON.parse(reply.raw) as { hiddenCounts: Record<string, number> }).hiddenCounts;
    expect(Object.hasOwn(hidden, '__proto__')).toBe(true);
    expect(Object.entries(hidden)).toEqual([
      ['__proto__', 1],
      ['other', 0],
    ]);
  });
});
