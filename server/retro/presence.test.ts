import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retroViewSchema, settingUpSchema, type RetroView } from '../../shared/retro/api.js';
import { applyDelta, type RetroDelta } from '../../shared/retro/delta.js';
import { retroEventDeltaSchema } from '../../shared/retro/delta-schema.js';
import { seededUser } from '../test-support/entra-fakes.js';
import { testDatabases } from '../test-support/databases.js';
import { markSeen, seenRefreshMs } from './access.js';
import { settingUpForMs } from './setting-up.js';
import { personHash } from './hashing.js';
import { presentWithinMs } from './view.js';
import {
  addMeetingChat,
  personClient,
  startRetroApp,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { useEntraFakes } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance');
const diego = seededUser('Diego Siciliani');
const amara = seededUser('Amara Okafor');
const wei = seededUser('Wei Zhang'); // in the tenant, not in the meeting

const entra = useEntraFakes();

/** When a person's presence mark says they were last here (undefined: never seen). */
async function seenMarkAt(target: RetroTestApp, retroId: string, hash: string) {
  const row = await target.db.kysely
    .selectFrom('retro_marks')
    .select('at')
    .where('retro_id', '=', retroId)
    .where('kind', '=', 'seen')
    .where('person_hash', '=', hash)
    .executeTakeFirst();
  return row?.at;
}

describe.each(testDatabases())('presence marks on reads, on $dialect', (database) => {
  let target: RetroTestApp;
  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
  });
  afterAll(async () => {
    await target?.close();
  });

  it('writes a fresh mark once, then only when it is older than the refresh time', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Presence');
    const f = personClient(() => target.app, await entra.fakes.idp.issueUserToken(adele.id));
    const d = personClient(() => target.app, await entra.fakes.idp.issueUserToken(diego.id));
    const created = await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' });
    const id = retroViewSchema.parse((created.body as { retro: unknown }).retro).id;
    const hash = personHash(target.config.hmacKey, 'seen', adele.tenantId, id, diego.id);
    const markOf = () => seenMarkAt(target, id, hash);

    // The first read is being here: counted at once in the reader's own view.
    expect(await markOf()).toBeUndefined();
    const first = retroViewSchema.parse((await d.get(`/api/retros/${id}`)).body);
    expect(first.participants).toBe(2);
    const written = await markOf();
    expect(written).toBeDefined();

    // A wave of reads right after leaves the mark alone: no write per read.
    for (let i = 0; i < 5; i += 1) expect((await d.get(`/api/retros/${id}`)).status).toBe(200);
    expect(await markOf()).toBe(written);

    // Once the mark is older than the refresh time, the next read renews it.
    const old = new Date(Date.now() - seenRefreshMs - 1_000).toISOString();
    await target.db.kysely
      .updateTable('retro_marks')
      .set({ at: old })
      .where('retro_id', '=', id)
      .where('person_hash', '=', hash)
      .execute();
    expect((await d.get(`/api/retros/${id}`)).status).toBe(200);
    const renewed = await markOf();
    expect(renewed).toBeDefined();
    expect(Date.parse(renewed!)).toBeGreaterThan(Date.parse(old) + seenRefreshMs);
  });

  it('counts only people seen in the last 75 s in "n of m ready"', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Ready count');
    const f = personClient(() => target.app, await entra.fakes.idp.issueUserToken(adele.id));
    const d = personClient(() => target.app, await entra.fakes.idp.issueUserToken(diego.id));
    const created = await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' });
    const id = retroViewSchema.parse((created.body as { retro: unknown }).retro).id;
    expect((await d.get(`/api/retros/${id}`)).status).toBe(200);
    const both = retroViewSchema.parse((await f.get(`/api/retros/${id}`)).body);
    expect(both.ready).toEqual({ ready: 0, total: 2 });

    // Diego closed his panel two minutes ago: still a participant, no longer counted as here.
    const hash = personHash(target.config.hmacKey, 'seen', adele.tenantId, id, diego.id);
    await target.db.kysely
      .updateTable('retro_marks')
      .set({ at: new Date(Date.now() - presentWithinMs - 45_000).toISOString() })
      .where('retro_id', '=', id)
      .where('person_hash', '=', hash)
      .execute();
    const later = retroViewSchema.parse((await f.get(`/api/retros/${id}`)).body);
    expect(later.ready).toEqual({ ready: 0, total: 1 });
    expect(later.participants).toBe(2);
  });
});

describe.each(testDatabases())('presence every panel agrees on, on $dialect', (database) => {
  let target: RetroTestApp;
  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
  });
  afterAll(async () => {
    await target?.close();
  });

  const view = (reply: { body: unknown }) => {
    const body = reply.body as { retro?: unknown };
    return retroViewSchema.parse(body.retro ?? body);
  };
  const token = (id: string) => entra.fakes.idp.issueUserToken(id);

  /** The room's events after `rev`, strictly parsed. */
  async function eventsAfter(retroId: string, rev: number): Promise<RetroDelta[]> {
    const events = await target.hub.since(`retro:${retroId}`, 0);
    return events
      .map((e) => retroEventDeltaSchema.parse(e.data) as RetroDelta)
      .filter((d) => d.rev > rev);
  }

  /** A held view after the events it has not seen, as a panel applies them from its stream. */
  async function caughtUp(retroId: string, held: RetroView): Promise<RetroView> {
    let current = held;
    for (const delta of await eventsAfter(retroId, held.rev)) {
      const next = applyDelta(current, delta);
      expect(next, `rev ${delta.rev}`).not.toBeNull();
      current = next!;
    }
    return current;
  }

  const leave = async (retroId: string, userToken: string) =>
    (
      await target.app.inject({
        method: 'POST',
        url: `/api/retros/${retroId}/leave`,
        headers: { authorization: `Bearer ${userToken}` },
      })
    ).statusCode;

  async function ageSeenMark(retroId: string, userId: string, ms: number) {
    const hash = personHash(target.config.hmacKey, 'seen', adele.tenantId, retroId, userId);
    await target.db.kysely
      .updateTable('retro_marks')
      .set({ at: new Date(Date.now() - ms).toISOString() })
      .where('retro_id', '=', retroId)
      .where('kind', '=', 'seen')
      .where('person_hash', '=', hash)
      .execute();
  }

  it('two open panels count a third person the moment they arrive, and drop them when they leave', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Agreeing panels');
    const f = personClient(() => target.app, await token(adele.id));
    const d = personClient(() => target.app, await token(diego.id));
    const amaraToken = await token(amara.id);
    const a = personClient(() => target.app, amaraToken);
    const id = view(await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' })).id;
    // The facilitator's panel is open; Diego opens his: one presence op, applied by Adele's panel.
    let adeles = view(await f.get(`/api/retros/${id}`));
    expect(adeles.ready).toEqual({ ready: 0, total: 1 });
    let diegos = view(await d.get(`/api/retros/${id}`));
    adeles = await caughtUp(id, adeles);
    expect(adeles.ready).toEqual({ ready: 0, total: 2 });
    expect(diegos.ready).toEqual({ ready: 0, total: 2 });

    // Amara arrives. Neither open panel reads again (no heartbeat): the event alone updates both.
    const amaras = view(await a.get(`/api/retros/${id}`));
    expect(await eventsAfter(id, diegos.rev)).toEqual([
      {
        rev: diegos.rev + 1,
        now: expect.any(String) as string,
        ops: [{ op: 'presence', total: 3, ready: 0, participants: 3 }],
      },
    ]);
    adeles = await caughtUp(id, adeles);
    diegos = await caughtUp(id, diegos);
    for (const v of [adeles, diegos, amaras]) {
      expect(v.ready).toEqual({ ready: 0, total: 3 });
      expect(v.participants).toBe(3);
      expect(v.rev).toBe(amaras.rev);
    }

    // Amara closes her panel: the leave signal lowers the count for everyone at once.
    expect(await leave(id, amaraToken)).toBe(204);
    adeles = await caughtUp(id, adeles);
    diegos = await caughtUp(id, diegos);
    for (const v of [adeles, diegos]) {
      expect(v.ready).toEqual({ ready: 0, total: 2 });
      // She opened it: still a participant.
      expect(v.participants).toBe(3);
    }
    // A fresh read agrees with what the panels hold, and publishes nothing more.
    const fresh = view(await f.get(`/api/retros/${id}`));
    expect(fresh.rev).toBe(adeles.rev);
    expect(fresh.ready).toEqual(adeles.ready);
    // Leaving twice changes nothing more.
    expect(await leave(id, amaraToken)).toBe(204);
    expect(await eventsAfter(id, fresh.rev)).toEqual([]);
  });

  it('a read that reached the server before a leave cannot count the person back in; a later one can', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Leave race');
    const f = personClient(() => target.app, await token(adele.id));
    const amaraToken = await token(amara.id);
    const a = personClient(() => target.app, amaraToken);
    const id = view(await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' })).id;
    view(await a.get(`/api/retros/${id}`));
    const hash = personHash(target.config.hmacKey, 'seen', adele.tenantId, id, amara.id);
    const seenAt = async () => (await seenMarkAt(target, id, hash)) ?? 'never';

    // Her panel closes while one of its reads is still in flight (it arrived a moment earlier).
    const arrived = new Date();
    expect(await leave(id, amaraToken)).toBe(204);
    const aged = await seenAt();
    expect(Date.now() - Date.parse(aged)).toBeGreaterThan(presentWithinMs);
    expect(await markSeen(target.db.kysely, id, hash, new Date(), arrived)).toBe(false);
    expect(await seenAt()).toBe(aged);
    expect(view(await f.get(`/api/retros/${id}`)).ready).toEqual({ ready: 0, total: 1 });

    // She opens the panel again: a read that arrives after the leave counts her in.
    await new Promise((done) => setTimeout(done, 5));
    expect(view(await a.get(`/api/retros/${id}`)).ready).toEqual({ ready: 0, total: 2 });
    expect(Date.now() - Date.parse(await seenAt())).toBeLessThan(presentWithinMs);
  });

  it('someone whose panel went quiet drops out on the next read by anyone, and so does their ready mark', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Quiet panel');
    const f = personClient(() => target.app, await token(adele.id));
    const d = personClient(() => target.app, await token(diego.id));
    const a = personClient(() => target.app, await token(amara.id));
    const id = view(await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' })).id;
    view(await d.get(`/api/retros/${id}`));
    view(await a.get(`/api/retros/${id}`));
    expect((await d.command(id, { type: 'setReady', ready: true })).status).toBe(200);
    expect((await a.command(id, { type: 'setReady', ready: true })).status).toBe(200);
    let adeles = view(await f.get(`/api/retros/${id}`));
    expect(adeles.ready).toEqual({ ready: 2, total: 3 });

    // Diego's panel crashed two minutes ago: no leave signal. Amara's next read notices.
    await ageSeenMark(id, diego.id, presentWithinMs + 45_000);
    const amaras = view(await a.get(`/api/retros/${id}`));
    expect(amaras.ready).toEqual({ ready: 1, total: 2 });
    expect(await eventsAfter(id, adeles.rev)).toEqual([
      {
        rev: adeles.rev + 1,
        now: expect.any(String) as string,
        ops: [{ op: 'presence', total: 2, ready: 1, participants: 3 }],
      },
    ]);
    adeles = await caughtUp(id, adeles);
    expect(adeles.ready).toEqual({ ready: 1, total: 2 });

    // A ready command counts only the people here: Diego's old mark stays out of it.
    const reply = await f.post(
      `/api/retros/${id}/commands`,
      { type: 'setReady', ready: true },
      { 'idempotency-key': crypto.randomUUID(), prefer: 'return=minimal' },
    );
    expect((reply.body as { delta: RetroDelta }).delta.ops).toContainEqual({
      op: 'ready',
      ready: 2,
    });
    // Diego comes back: counted again, ready again (he never took it back).
    const diegos = view(await d.get(`/api/retros/${id}`));
    expect(diegos.ready).toEqual({ ready: 3, total: 3 });
    adeles = await caughtUp(id, adeles);
    expect(adeles.ready).toEqual({ ready: 3, total: 3 });
  });

  it('tells everyone how many have voted, and nothing else, when that number changes', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Voted count');
    const f = personClient(() => target.app, await token(adele.id));
    const d = personClient(() => target.app, await token(diego.id));
    const quick = { skip: ['checkin', 'review'] };
    const id = view(
      await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad', options: quick }),
    ).id;
    view(await d.get(`/api/retros/${id}`));
    expect((await f.command(id, { type: 'addCard', columnId: 'mad', text: 'One' })).status).toBe(
      200,
    );
    expect((await f.command(id, { type: 'advance' })).status).toBe(200);
    const cardId = view(await f.get(`/api/retros/${id}`)).cards[0]!.id;
    expect(
      (await f.command(id, { type: 'createGroup', cardIds: [cardId], title: 'G' })).status,
    ).toBe(200);
    expect((await f.command(id, { type: 'advance' })).status).toBe(200);
    const voting = view(await f.get(`/api/retros/${id}`));
    expect(voting.phase).toBe('vote');
    expect(voting.voted).toBe(0);
    const groupId = voting.groups[0]!.id;
    const vote = async (p: typeof f, delta: 1 | -1) => {
      const rev = view(await f.get(`/api/retros/${id}`)).rev;
      expect((await p.command(id, { type: 'vote', groupId, delta })).status).toBe(200);
      return (await eventsAfter(id, rev)).flatMap((e) => e.ops);
    };
    expect(await vote(d, 1)).toEqual([{ op: 'voted', voted: 1 }]);
    // A second vote by the same person: the count of voters is the same, so no op at all.
    expect(await vote(d, 1)).toEqual([]);
    expect(await vote(f, 1)).toEqual([{ op: 'voted', voted: 2 }]);
    expect(view(await d.get(`/api/retros/${id}`)).voted).toBe(2);
    expect(await vote(d, -1)).toEqual([]);
    expect(await vote(d, -1)).toEqual([{ op: 'voted', voted: 1 }]);
    expect(view(await f.get(`/api/retros/${id}`)).voted).toBe(1);
  });

  it('two instances on one database publish each change once, and agree on the count', async () => {
    const other = await startRetroApp(entra.fakes, target.db);
    try {
      const chatId = addMeetingChat(entra.fakes, 'Two instances');
      const fOnA = personClient(() => target.app, await token(adele.id));
      const dOnB = personClient(() => other.app, await token(diego.id));
      const aOnA = personClient(() => target.app, await token(amara.id));
      const id = view(await fOnA.post('/api/retros', { chatId, templateId: 'mad-sad-glad' })).id;
      const start = view(await fOnA.get(`/api/retros/${id}`)).rev;
      view(await dOnB.get(`/api/retros/${id}`));
      view(await aOnA.get(`/api/retros/${id}`));
      // Everyone reads at once, on both instances, after Amara went quiet: one op, not one each.
      await ageSeenMark(id, amara.id, presentWithinMs + 45_000);
      const reads = await Promise.all(
        [fOnA, dOnB, fOnA, dOnB].map(async (p) => view(await p.get(`/api/retros/${id}`))),
      );
      const ops = (await eventsAfter(id, start)).map((e) => e.ops);
      expect(ops).toEqual([
        [{ op: 'presence', total: 2, ready: 0, participants: 2 }],
        [{ op: 'presence', total: 3, ready: 0, participants: 3 }],
        [{ op: 'presence', total: 2, ready: 0, participants: 3 }],
      ]);
      for (const v of reads) expect(v.ready).toEqual({ ready: 0, total: 2 });
      expect(new Set(reads.map((v) => v.rev))).toEqual(new Set([start + 3]));
    } finally {
      await other.close();
    }
  });

  it('shows who is setting up a retro to the others in the meeting, until they stop or it expires', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Setting up');
    const f = personClient(() => target.app, await token(adele.id));
    const d = personClient(() => target.app, await token(diego.id));
    const w = personClient(() => target.app, await token(wei.id));
    const url = `/api/retros/setting-up?chatId=${encodeURIComponent(chatId)}`;
    const announce = async (userToken: string, open: boolean) =>
      (
        await target.app.inject({
          method: 'POST',
          url: '/api/retros/setting-up',
          headers: { authorization: `Bearer ${userToken}` },
          payload: { chatId, open },
        })
      ).statusCode;
    const people = async (p: typeof f) => settingUpSchema.parse((await p.get(url)).body).people;
    const chatEvents = async () =>
      (await target.hub.since(`chat:${chatId}`, 0)).map((e) => ({ type: e.type, data: e.data }));

    expect(await people(d)).toEqual([]);
    const adeleToken = await token(adele.id);
    expect(await announce(adeleToken, true)).toBe(204);
    const seen = await people(d);
    expect(seen).toEqual([
      { userId: adele.id, displayName: 'Adele Vance', until: expect.any(String) as string },
    ]);
    // Adele does not see herself; someone outside the meeting sees nothing and may not announce.
    expect(await people(f)).toEqual([]);
    expect((await w.get(url)).status).toBe(403);
    expect(await announce(await token(wei.id), true)).toBe(403);
    // Renewing while the form stays open publishes nothing new.
    expect(await announce(adeleToken, true)).toBe(204);
    const events = await chatEvents();
    expect(events).toEqual([
      {
        type: 'retro.settingUp',
        data: { userId: adele.id, displayName: 'Adele Vance', until: expect.any(String) },
      },
    ]);
    // Closing the form stops it, for everyone at once.
    expect(await announce(adeleToken, false)).toBe(204);
    expect(await people(d)).toEqual([]);
    expect((await chatEvents()).at(-1)).toEqual({
      type: 'retro.settingUp',
      data: { userId: adele.id, displayName: 'Adele Vance', until: null },
    });

    // A panel that never said "stopped" (a crash) stops showing once its announcement expires.
    expect(await announce(adeleToken, true)).toBe(204);
    expect(await people(d)).toHaveLength(1);
    await target.db.kysely
      .updateTable('retro_setting_up')
      .set({ until: new Date(Date.now() - 1).toISOString() })
      .where('chat_id', '=', chatId)
      .execute();
    expect(await people(d)).toEqual([]);
    expect(settingUpForMs).toBeGreaterThan(45_000);

    // Starting the retro ends it too.
    expect(await announce(adeleToken, true)).toBe(204);
    expect((await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' })).status).toBe(201);
    expect(await people(d)).toEqual([]);
  });
});
