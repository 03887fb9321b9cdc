import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetroView } from '../../shared/retro/api.js';
import { retroEventDeltaSchema } from '../../shared/retro/delta-schema.js';
import { demo, seededUser } from '../test-support/entra-fakes.js';
import { personHash } from './hashing.js';
import { testDatabases } from '../test-support/databases.js';
import {
  addMeetingChat,
  openStream,
  personClient,
  startRetroApp,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { useEntraFakes, viewOf } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance');
const diego = seededUser('Diego Siciliani'); // A
const amara = seededUser('Amara Okafor'); // B
const contoso = demo.platform.tenantId;

const entra = useEntraFakes();

/** Every 8-character slice of a text: a leak of any part of it shows up as one of these. */
const slices = (text: string) =>
  Array.from({ length: text.length - 7 }, (_, i) => text.slice(i, i + 8));

describe.each(testDatabases())('retro privacy and idempotency on $dialect', (database) => {
  let target: RetroTestApp;
  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
  });
  afterAll(async () => {
    await target?.close();
  });

  it("B never receives A's card text before the reveal: not in responses, events, errors or logs", async () => {
    const app = () => target.app;
    const chatId = addMeetingChat(entra.fakes, 'Privacy');
    const bToken = await entra.fakes.idp.issueUserToken(amara.id);
    const f = personClient(app, await entra.fakes.idp.issueUserToken(adele.id));
    const a = personClient(app, await entra.fakes.idp.issueUserToken(diego.id));
    const b = personClient(app, bToken);
    const secret = () =>
      `Qz${randomBytes(6).toString('hex')}-zanzibar-quokka-${randomBytes(4).toString('hex')}`;
    const aTexts = [secret(), secret(), secret()];

    const created = viewOf(
      await f.post('/api/retros', {
        chatId,
        templateId: 'mad-sad-glad',
        options: { skip: ['checkin', 'review'] },
      }),
    );
    const id = created.id;
    expect(created.phase).toBe('gather');
    const stream = await openStream(target.base, `retro:${id}`, bToken, 0);
    const chatStream = await openStream(target.base, `chat:${chatId}`, bToken, 0);
    expect([stream.status, chatStream.status]).toEqual([200, 200]);

    // A writes, edits and deletes; B keeps reading everything it can and pokes at A's cards.
    const first = viewOf(
      await a.command(id, { type: 'addCard', columnId: 'mad', text: aTexts[0] }),
    );
    const aCard = first.cards[0]!.id;
    viewOf(await a.command(id, { type: 'addCard', columnId: 'glad', text: aTexts[1] }));
    viewOf(await b.command(id, { type: 'addCard', columnId: 'sad', text: 'B writes this' }));
    viewOf(await a.command(id, { type: 'editCard', cardId: aCard, text: aTexts[2] }));
    const second = viewOf(await a.get(`/api/retros/${id}`)).cards.find(
      (c) => c.columnId === 'glad',
    )!;
    expect((await b.command(id, { type: 'editCard', cardId: aCard, text: 'hijack' })).status).toBe(
      403,
    );
    expect((await b.command(id, { type: 'deleteCard', cardId: second.id })).status).toBe(403);
    viewOf(await a.command(id, { type: 'deleteCard', cardId: second.id }));
    const bView = viewOf(await b.get(`/api/retros/${id}`));
    await b.get(`/api/retros/current?chatId=${encodeURIComponent(chatId)}`);
    await b.get(`/api/retros/history?chatId=${encodeURIComponent(chatId)}`);
    expect((await b.get(`/api/retros/${id}/summary`)).status).toBe(409);
    await stream.until(5);

    expect(bView.cards.map((c) => c.text)).toEqual(['B writes this']);
    expect(bView.hiddenCounts).toEqual({ mad: 1, sad: 0, glad: 0 });
    // Events carry the public delta only: strict per op, and before the reveal nothing but counts.
    for (const frame of stream.frames) {
      expect(frame.event).toBe('retro.changed');
      const data = JSON.parse(/^data: (.*)$/m.exec(frame.raw)![1]!) as { data: unknown };
      const event = retroEventDeltaSchema.parse(data.data);
      // An edit of a hidden card is no one else's business: no op at all. B's arrival is a count.
      expect(event.ops.every((op) => op.op === 'hiddenCard' || op.op === 'presence')).toBe(true);
    }
    const received = [...b.seen, stream.text(), chatStream.text()].join('\n');
    expect(b.seen.length).toBeGreaterThanOrEqual(7);
    expect(target.logs.length).toBeGreaterThan(10);
    const logs = target.logs.join('\n');
    for (const text of aTexts) {
      for (const part of slices(text)) {
        expect(received).not.toContain(part);
        expect(logs).not.toContain(part);
      }
    }
    expect(received).not.toContain(aCard);

    // The facilitator reveals: now B reads A's current card, still without an author.
    viewOf(await f.command(id, { type: 'reveal' }));
    const after = viewOf(await b.get(`/api/retros/${id}`));
    expect(after.cards.map((c) => c.text).sort()).toEqual([aTexts[2], 'B writes this'].sort());
    expect(after.cards.every((c) => c.author === null)).toBe(true);
    expect(after.hiddenCounts).toEqual({});
    // Five commands, A's and B's arrivals (presence events), then the reveal.
    await stream.until(8);
    // The reveal's event shows the cards as B's view does: text, and no author.
    const revealed = retroEventDeltaSchema.parse(
      (JSON.parse(/^data: (.*)$/m.exec(stream.frames[7]!.raw)![1]!) as { data: unknown }).data,
    );
    const shown = revealed.ops.flatMap((op) => (op.op === 'cards' ? op.cards : []));
    expect(shown.map((c) => c.text).sort()).toEqual([aTexts[2], 'B writes this'].sort());
    expect(shown.every((c) => c.author === null)).toBe(true);
    expect(target.logs.join('\n')).not.toContain(aTexts[2]!.slice(0, 12));
    stream.close();
    chatStream.close();
    viewOf(await f.command(id, { type: 'end' }));
  });

  it('check-in answers: hidden until shown, then a list without authors; at rest only under a keyed hash', async () => {
    const app = () => target.app;
    const chatId = addMeetingChat(entra.fakes, 'Check-in privacy');
    const bToken = await entra.fakes.idp.issueUserToken(amara.id);
    const f = personClient(app, await entra.fakes.idp.issueUserToken(adele.id));
    const a = personClient(app, await entra.fakes.idp.issueUserToken(diego.id));
    const b = personClient(app, bToken);
    const aAnswer = `Qz${randomBytes(6).toString('hex')}-walrus-${randomBytes(4).toString('hex')}`;
    // A named retro: even there, a check-in answer never carries its author.
    const created = viewOf(
      await f.post('/api/retros', {
        chatId,
        templateId: 'starfish',
        checkinQuestion: { kind: 'library', id: 'smile' },
        options: { anonymous: false },
      }),
    );
    const id = created.id;
    expect(created.checkin).toEqual({
      question: { kind: 'library', id: 'smile' },
      answered: 0,
      shown: false,
      answers: null,
    });
    const stream = await openStream(target.base, `retro:${id}`, bToken, 0);

    const mine = viewOf(await a.command(id, { type: 'answerCheckin', text: aAnswer }));
    expect(mine.me.checkin).toBe(aAnswer);
    viewOf(await b.command(id, { type: 'answerCheckin', text: 'B answers too' }));
    const bView = viewOf(await b.get(`/api/retros/${id}`));
    expect(bView.checkin).toMatchObject({ answered: 2, shown: false, answers: null });
    expect(bView.me.checkin).toBe('B answers too');
    // Only the facilitator shows the answers.
    expect((await b.command(id, { type: 'showCheckinAnswers' })).status).toBe(409);
    await stream.until(2);
    const before = [...b.seen, stream.text()].join('\n');
    for (const part of slices(aAnswer)) expect(before).not.toContain(part);

    viewOf(await f.command(id, { type: 'showCheckinAnswers' }));
    const shown = viewOf(await b.get(`/api/retros/${id}`));
    expect(shown.checkin.answers).toEqual([aAnswer, 'B answers too'].sort());
    await stream.until(3);
    // What B received about A's answer (views, events) never sits next to A's name or id.
    const received = [...b.seen, stream.text()].join('\n');
    expect(received).toContain(aAnswer);
    for (const chunk of received.split(aAnswer).slice(0, -1)) {
      const near = chunk.slice(-400);
      for (const part of [diego.id, diego.displayName]) expect(near).not.toContain(part);
    }
    const shownJson = JSON.stringify(shown.checkin);
    for (const person of [adele, diego, amara]) {
      expect(shownJson).not.toContain(person.id);
      expect(shownJson).not.toContain(person.displayName);
    }
    stream.close();

    // At rest: the answer's row holds the retro, a keyed hash and the text, nothing else; the hash
    // is the check-in purpose's own, matching no other keyed hash of the person.
    const rows = await target.db.kysely
      .selectFrom('retro_checkin_answers')
      .selectAll()
      .where('retro_id', '=', id)
      .execute();
    expect(rows.map((r) => Object.keys(r).sort())).toEqual([
      ['person_hash', 'retro_id', 'text'],
      ['person_hash', 'retro_id', 'text'],
    ]);
    const stored = JSON.stringify(rows);
    for (const person of [adele, diego, amara]) {
      for (const part of [person.id, person.displayName, person.upn, person.mail]) {
        expect(stored).not.toContain(part);
      }
    }
    const aRow = rows.find((r) => r.text === aAnswer)!;
    expect(aRow.person_hash).toBe(
      personHash(target.config.hmacKey, 'checkin', contoso, id, diego.id),
    );
    for (const purpose of ['card', 'answer', 'vote', 'ready', 'seen', 'caller'] as const) {
      expect(aRow.person_hash).not.toBe(
        personHash(target.config.hmacKey, purpose, contoso, id, diego.id),
      );
    }
    // No idempotency record, event row or log line holds the answer in the clear.
    const keys = JSON.stringify(
      await target.db.kysely.selectFrom('idempotency_keys').selectAll().execute(),
    );
    const events = JSON.stringify(
      await target.db.kysely
        .selectFrom('events')
        .selectAll()
        .where('room', '=', `retro:${id}`)
        .execute(),
    );
    const logs = target.logs.join('\n');
    for (const part of slices(aAnswer)) {
      expect(keys).not.toContain(part);
      expect(events).not.toContain(part);
      expect(logs).not.toContain(part);
    }

    // A taken-back answer is gone from the table, not only from the views.
    viewOf(await a.command(id, { type: 'answerCheckin', text: null }));
    const left = await target.db.kysely
      .selectFrom('retro_checkin_answers')
      .select('text')
      .where('retro_id', '=', id)
      .execute();
    expect(left).toEqual([{ text: 'B answers too' }]);
    viewOf(await f.command(id, { type: 'end' }));
  });

  it('names authors after the reveal only when the retro is not anonymous', async () => {
    const app = () => target.app;
    const chatId = addMeetingChat(entra.fakes, 'Privacy');
    const f = personClient(app, await entra.fakes.idp.issueUserToken(adele.id));
    const b = personClient(app, await entra.fakes.idp.issueUserToken(amara.id));
    const created = viewOf(
      await f.post('/api/retros', {
        chatId,
        templateId: 'sailboat',
        options: { anonymous: false, skip: ['checkin', 'review'] },
      }),
    );
    viewOf(await f.command(created.id, { type: 'addCard', columnId: 'wind', text: 'Named card' }));
    const before = viewOf(await b.get(`/api/retros/${created.id}`));
    expect(before.cards).toEqual([]);
    expect(before.hiddenCounts.wind).toBe(1);
    viewOf(await f.command(created.id, { type: 'reveal' }));
    const after = viewOf(await b.get(`/api/retros/${created.id}`));
    expect(after.cards[0]?.author).toEqual({ userId: adele.id, displayName: 'Adele Vance' });
    viewOf(await f.command(created.id, { type: 'end' }));
  });

  it('a retried or concurrently duplicated command adds one card; a command without a key is refused', async () => {
    const app = () => target.app;
    const chatId = addMeetingChat(entra.fakes, 'Privacy');
    const f = personClient(app, await entra.fakes.idp.issueUserToken(adele.id));
    const a = personClient(app, await entra.fakes.idp.issueUserToken(diego.id));
    const id = viewOf(
      await f.post('/api/retros', {
        chatId,
        templateId: 'mad-sad-glad',
        options: { skip: ['checkin', 'review'] },
      }),
    ).id;
    const add = { type: 'addCard', columnId: 'mad', text: 'Once only' };
    const key = randomUUID();
    const once = await a.command(id, add, key);
    const retry = await a.command(id, add, key);
    expect(retry.status).toBe(200);
    // A replay rebuilds the caller's view from what is stored now: the same board, a later clock.
    const timeless = (view: RetroView) => ({ ...view, serverNow: '' });
    expect(timeless(viewOf(retry))).toEqual(timeless(viewOf(once)));
    expect(viewOf(retry).cards.filter((c) => c.text === 'Once only')).toHaveLength(1);
    // The same key with another body is a client bug: refused, and nothing is added.
    const reused = await a.command(id, { ...add, text: 'Something else' }, key);
    expect(reused.status).toBe(422);
    expect(reused.raw).toMatch(/Idempotency-Key was already used/);
    const together = randomUUID();
    const replies = await Promise.all(
      Array.from({ length: 6 }, () => a.command(id, add, together)),
    );
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const cards = viewOf(await a.get(`/api/retros/${id}`)).cards;
    expect(cards).toHaveLength(2);
    // The same key from someone else is their own request.
    viewOf(await f.command(id, add, key));
    expect(viewOf(await f.get(`/api/retros/${id}`)).hiddenCounts.mad).toBe(2);

    const missing = await a.post(`/api/retros/${id}/commands`, add);
    expect(missing.status).toBe(400);
    expect(missing.raw).toMatch(/Idempotency-Key/);
    expect(viewOf(await a.get(`/api/retros/${id}`)).cards).toHaveLength(2);
    viewOf(await f.command(id, { type: 'end' }));
  });
  it('resolves concurrent conflicting moves deterministically: one group wins, the emptied one goes', async () => {
    const app = () => target.app;
    const chatId = addMeetingChat(entra.fakes, 'Moves');
    const f = personClient(app, await entra.fakes.idp.issueUserToken(adele.id));
    const a = personClient(app, await entra.fakes.idp.issueUserToken(diego.id));
    const b = personClient(app, await entra.fakes.idp.issueUserToken(amara.id));
    const quick = { skip: ['checkin', 'review'] };
    const id = viewOf(
      await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad', options: quick }),
    ).id;
    // Both open the retro first: their arrivals are events of their own, not part of the count.
    for (const p of [a, b]) viewOf(await p.get(`/api/retros/${id}`));
    for (const text of ['one', 'two', 'three']) {
      viewOf(await f.command(id, { type: 'addCard', columnId: 'mad', text }));
    }
    const grouped = viewOf(await f.command(id, { type: 'advance' }));
    const [one, two, three] = grouped.cards.map((c) => c.id) as [string, string, string];
    const g1 = viewOf(await f.command(id, { type: 'createGroup', cardIds: [one], title: 'G1' }))
      .groups[0]!.id;
    const g2 = viewOf(await f.command(id, { type: 'createGroup', cardIds: [two], title: 'G2' }))
      .groups[1]!.id;
    const replies = await Promise.all([
      a.command(id, { type: 'moveCard', cardId: three, groupId: g1 }),
      b.command(id, { type: 'moveCard', cardId: three, groupId: g2 }),
      a.command(id, { type: 'moveCard', cardId: two, groupId: g1 }),
    ]);
    // Whatever order they commit in, the board is one a serial order gives: a move into a group
    // that an earlier move emptied (and so deleted) is refused with 404.
    const ok = replies.filter((r) => r.status === 200).length;
    expect(replies.every((r) => r.status === 200 || r.status === 404)).toBe(true);
    const final = viewOf(await f.get(`/api/retros/${id}`));
    expect(final.rev).toBe(grouped.rev + 2 + ok);
    expect(final.groups.every((g) => g.cardIds.length > 0)).toBe(true);
    const placed = final.groups.flatMap((g) => g.cardIds).sort();
    expect(placed).toEqual([one, two, three].sort());
    const byTitle = Object.fromEntries(final.groups.map((g) => [g.title, g.cardIds.sort()]));
    expect(byTitle.G1).toEqual(expect.arrayContaining([one, two]));
    if (byTitle.G2) expect(byTitle.G2).toEqual([three]);
    viewOf(await f.command(id, { type: 'end' }));
  });
});
