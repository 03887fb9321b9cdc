import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetroCommand, RetroView } from '../../shared/retro/api.js';
import { ownOpNames, type RetroDelta, type RetroOp } from '../../shared/retro/delta.js';
import { retroDeltaSchema, retroEventDeltaSchema } from '../../shared/retro/delta-schema.js';
import { retroCommandTypes } from '../../shared/retro/machine.js';
import { seededUser } from '../test-support/entra-fakes.js';
import { testDatabases } from '../test-support/databases.js';
import {
  addMeetingChat,
  openStream,
  personClient,
  startRetroApp,
  type PersonClient,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { useEntraFakes, viewOf } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance'); // facilitator, later hands over to Diego
const diego = seededUser('Diego Siciliani'); // facilitator at the end, an action owner
const amara = seededUser('Amara Okafor'); // an action owner
const priya = seededUser('Priya Natarajan'); // writes cards, never facilitates, owns nothing
const people = [adele, diego, amara, priya];
const identity = (u: (typeof people)[number]) => [u.id, u.displayName, u.upn, u.mail];

const entra = useEntraFakes();

type Person = { name: string; userId: string; client: PersonClient };
/** One command as recorded: the event it stored, the issuer's reply, every view right after. */
type Step = {
  command: RetroCommand;
  actor: Person;
  /** The issuer's own view right after the command. */
  actorView: RetroView;
  before: RetroView;
  /** Every participant's view one rev earlier: a `…Gone` op names what they showed then. */
  previous: RetroView[];
  event: RetroDelta;
  reply: RetroDelta;
  views: RetroView[];
};

/** Every string and number in a value, with the key it sits under. */
function leaves(value: unknown, key = ''): { key: string; value: string | number }[] {
  if (typeof value === 'string' || typeof value === 'number') return [{ key, value }];
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, k));
  }
  return [];
}

/** A record's keys (group ids in `votes` totals) are data the op carries, as much as its values. */
function recordKeys(op: RetroOp): string[] {
  return op.op === 'votes' ? Object.keys(op.totals) : [];
}

/**
 * Per op type, which fields an event may carry and why a participant's view can already show them.
 * Every string and number leaf not named here as envelope must appear somewhere in some view at
 * the event's rev; the checks below add what "appears" means where a plain lookup is too weak.
 * - state: phase, status, endedAt (view.phase/status/endedAt); `revealed` is a boolean.
 * - facilitator: userId and displayName (view.facilitator: every view names the facilitator).
 * - timer: endsAt, seconds (view.discussion.timer).
 * - focus: groupId (view.discussion.focusGroupId).
 * - hiddenCard: a column id (view.columns), `by` ±1: a count every view's hiddenCounts shows.
 * - cards/card: id, columnId, text, groupId, author: only after the reveal (view.cards); the
 *   author only in a named retro.
 * - cardGone: a card id every view held until this rev: only after the reveal.
 * - group, groupGone, move, note: ids and titles and notes of view.groups (all public).
 * - votes: totals per group, only once every view shows totals (view.groups[].votes).
 * - ready: the count every view shows (view.ready.ready).
 * - voted: how many have voted, only in a vote's event (view.voted); never who or where.
 * - presence: never in a command's event; published by reads (checked at the end).
 * - tally: view.safety / view.roti, as every view shows it.
 * - action/actionGone/review: view.actions / view.review, owners by name in every view.
 */
const envelopeKeys = new Set(['op', 'by', 'kind']);

describe.each(testDatabases())('every retro event is public, on $dialect', (database) => {
  let target: RetroTestApp;
  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
  });
  afterAll(async () => {
    await target?.close();
  });

  async function start(chatId: string, body: object) {
    const app = () => target.app;
    const all: Person[] = [];
    for (const [name, user] of [
      ['Adele', adele],
      ['Diego', diego],
      ['Amara', amara],
      ['Priya', priya],
    ] as const) {
      const client = personClient(app, await entra.fakes.idp.issueUserToken(user.id));
      all.push({ name, userId: user.id, client });
    }
    const [f] = all as [Person];
    const id = viewOf(await f.client.post('/api/retros', { chatId, ...body })).id;
    const steps: Step[] = [];
    let previous: RetroView[] = [];
    for (const p of all) previous.push(viewOf(await p.client.get(`/api/retros/${id}`)));
    const texts = new Set<string>();
    async function s(actor: Person, command: RetroCommand): Promise<Step> {
      // Card texts, the secrets an event must keep until the reveal.
      if (command.type === 'addCard' || command.type === 'editCard') texts.add(command.text);
      // Check-in answers, which an event must keep until the facilitator shows them.
      if (command.type === 'answerCheckin' && command.text) checkinTexts.add(command.text);
      const reply = await actor.client.post(`/api/retros/${id}/commands`, command, {
        'idempotency-key': crypto.randomUUID(),
        prefer: 'return=minimal',
      });
      expect(reply.status, `${command.type}: ${reply.raw}`).toBe(200);
      const mine = retroDeltaSchema.parse((reply.body as { delta: unknown }).delta);
      const stored = await target.hub.since(`retro:${id}`, 0);
      // 1. Strict: an unexpected field or an own op in an event fails here.
      const event = retroEventDeltaSchema.parse(stored.at(-1)?.data) as RetroDelta;
      expect(event.rev).toBe(mine.rev);
      const readAll = async () => {
        const read: RetroView[] = [];
        for (const p of all) read.push(viewOf(await p.client.get(`/api/retros/${id}`)));
        return read;
      };
      let views = await readAll();
      if (views.some((v) => v.rev !== event.rev)) {
        // Reading brought people back who had gone quiet: only presence events came since, and
        // once everyone is here again, a second round of reads sees one rev.
        const since = await target.hub.since(`retro:${id}`, stored.at(-1)!.seq);
        for (const e of since) {
          expect(
            retroEventDeltaSchema.parse(e.data).ops.map((op) => op.op),
            `after ${command.type}`,
          ).toEqual(['presence']);
        }
        views = await readAll();
        const last = retroEventDeltaSchema.parse(since.at(-1)?.data).rev;
        for (const v of views) expect(v.rev).toBe(last);
      }
      const actorView = views[all.indexOf(actor)]!;
      const step = {
        command,
        actor,
        actorView,
        before: previous[0]!,
        previous,
        event,
        reply: mine,
        views,
      };
      steps.push(step);
      previous = views;
      return step;
    }
    return { id, people: all as [Person, Person, Person, Person], s, steps, texts };
  }
  const checkinTexts = new Set<string>();

  /** Checks 2 to 5 for one recorded step. */
  function checkStep(step: Step, anonymous: boolean, texts: Set<string>) {
    const { event, reply, views, previous, before, command, actorView } = step;
    const label = `${command.type} in ${before.phase} (rev ${event.rev})`;
    const json = JSON.stringify(event.ops);

    // 2. Every leaf of every op is something some participant's view shows at this rev.
    const shown = new Set(views.flatMap((v) => leaves(v).map((l) => l.value)));
    const shownBefore = new Set(previous.flatMap((v) => leaves(v).map((l) => l.value)));
    for (const op of event.ops) {
      const gone = op.op === 'cardGone' || op.op === 'groupGone' || op.op === 'actionGone';
      for (const leaf of leaves(op)) {
        if (envelopeKeys.has(leaf.key)) continue;
        const seen = gone ? shownBefore : shown;
        expect(seen.has(leaf.value), `${label}: ${op.op}.${leaf.key}=${leaf.value}`).toBe(true);
      }
      for (const key of recordKeys(op)) {
        expect(
          views[0]!.groups.map((g) => g.id),
          `${label}: votes key`,
        ).toContain(key);
      }
      switch (op.op) {
        case 'hiddenCard':
          expect(
            views[0]!.columns.map((c) => c.id),
            label,
          ).toContain(op.columnId);
          expect(
            views.every((v) => !v.revealed),
            `${label}: hiddenCard after reveal`,
          ).toBe(true);
          break;
        case 'votes':
          // Totals only once every view shows them, and exactly those.
          for (const v of views) {
            for (const g of v.groups) expect(g.votes, label).toBe(op.totals[g.id] ?? 0);
          }
          break;
        case 'ready':
          expect(
            views.map((v) => v.ready.ready),
            label,
          ).toContain(op.ready);
          break;
        case 'tally':
          for (const v of views) expect(v[op.kind], label).toEqual(op.tally);
          break;
        case 'checkin':
          // The question, a count, and once shown the answers in text order: as every view shows it.
          for (const v of views) expect(v.checkin, label).toEqual(op.checkin);
          if (op.checkin.answers) {
            expect(op.checkin.answers, label).toEqual([...op.checkin.answers].sort());
          }
          break;
        case 'voted':
          // A count of voters, as every view shows it, and only from a vote.
          expect(command.type, label).toBe('vote');
          for (const v of views) expect(v.voted, label).toBe(op.voted);
          break;
        case 'presence':
          throw new Error(`${label}: a command carried a presence op`);
        case 'cards':
        case 'card':
        case 'cardGone':
          expect(
            views.every((v) => v.revealed),
            `${label}: ${op.op} before the reveal`,
          ).toBe(true);
          break;
      }
      if ((op.op === 'card' || op.op === 'cards') && anonymous) {
        const cards = op.op === 'card' ? [op.card] : op.cards;
        for (const card of cards) expect(card.author, label).toBeNull();
      }
    }

    // 3. Before the reveal: no card text, no card id, no author in any event.
    if (!views[0]!.revealed) {
      for (const text of texts) expect(json, `${label}: card text`).not.toContain(text);
      const ids = views.flatMap((v) => v.cards.map((c) => c.id));
      for (const cardId of ids) expect(json, `${label}: card id`).not.toContain(cardId);
      expect(
        event.ops.some((op) => op.op === 'card' || op.op === 'cards'),
        label,
      ).toBe(false);
    }
    // Before the facilitator shows them: no check-in answer in any event, and none in a reply
    // but the issuer's own.
    if (!views[0]!.checkin.shown) {
      for (const text of checkinTexts)
        expect(json, `${label}: check-in answer`).not.toContain(text);
      const replyJson = JSON.stringify(reply.ops.filter((op) => op.op !== 'me'));
      for (const text of checkinTexts) expect(replyJson, label).not.toContain(text);
    }
    // In an anonymous retro no card op ever names anyone; people appear only as the facilitator
    // and as action owners, which every view shows by name.
    if (anonymous) {
      const cardOps = JSON.stringify(event.ops.filter((op) => !namedOps.has(op.op)));
      for (const u of people) {
        for (const part of identity(u))
          expect(cardOps, `${label}: ${u.displayName}`).not.toContain(part);
      }
    }

    // 4. While voting: no totals, and a vote's event is empty.
    if (before.phase === 'vote' || views[0]!.phase === 'vote') {
      if (views[0]!.phase === 'vote' && views[0]!.status === 'active') {
        expect(
          event.ops.some((op) => op.op === 'votes'),
          `${label}: totals while voting`,
        ).toBe(false);
        for (const v of views)
          expect(
            v.groups.every((g) => g.votes === null),
            label,
          ).toBe(true);
      }
      // A vote's event holds at most the count of voters, when the voter's first vote landed or
      // their last was taken back; never a group, a total or a person.
      if (command.type === 'vote') {
        const votedBefore = before.voted;
        const votedNow = views[0]!.voted;
        expect(event.ops, label).toEqual(
          votedBefore === votedNow ? [] : [{ op: 'voted', voted: votedNow }],
        );
      }
    }

    // 5. The issuer's own ops are in its reply only; the reply is the event plus them.
    expect(
      reply.ops.filter((op) => !ownOpNames.includes(op.op)),
      label,
    ).toEqual(event.ops);
    for (const op of reply.ops) {
      if (op.op === 'ownCard') {
        expect(actorView.cards.find((c) => c.id === op.card.id)?.mine, label).toBe(true);
      }
    }
    if (!actorView.revealed) {
      // A reply before the reveal holds no id or text of a card the issuer cannot see.
      const others = views
        .flatMap((v) => v.cards)
        .filter((c) => !actorView.cards.some((m) => m.id === c.id));
      const replyJson = JSON.stringify(reply);
      for (const card of others) {
        expect(replyJson, label).not.toContain(card.id);
        expect(replyJson, label).not.toContain(card.text);
      }
    }
  }
  const namedOps = new Set<string>(['facilitator', 'action', 'review']);

  it('an anonymous retro, every command in every phase it is allowed in, stored and streamed', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Event privacy');
    // A short retro first leaves an action item for the review phase.
    {
      const first = await start(chatId, {
        templateId: 'start-stop-continue',
        options: { skip: ['checkin', 'review', 'group', 'vote', 'discuss'] },
      });
      const [f] = first.people;
      await first.s(f, { type: 'advance' });
      await first.s(f, {
        type: 'addAction',
        text: 'Book a pairing slot',
        ownerId: diego.id,
        dueDate: '2030-01-31',
        groupId: null,
      });
      await first.s(f, { type: 'end' });
    }
    const run = await start(chatId, { templateId: 'mad-sad-glad' });
    const { id, s, steps, texts } = run;
    const [f, d, a, p] = run.people;
    const streamToken = await entra.fakes.idp.issueUserToken(priya.id);
    const stream = await openStream(target.base, `retro:${id}`, streamToken, 0);
    expect(stream.status).toBe(200);

    // checkin: a question of the facilitator's own, answers, a new question that clears them,
    // answers again, shown, and one more once shown.
    await s(f, {
      type: 'setCheckinQuestion',
      question: { kind: 'own', text: 'What made you laugh lately?' },
    });
    await s(d, { type: 'answerCheckin', text: 'Diego checkin secret: the sunrise' });
    await s(p, { type: 'answerCheckin', text: 'Priya checkin secret: a cat video' });
    await s(p, { type: 'answerCheckin', text: null });
    await s(f, { type: 'setCheckinQuestion', question: { kind: 'library', id: 'smile' } });
    expect(steps.at(-1)!.views.every((v) => v.checkin.answered === 0 && !v.me.checkin)).toBe(true);
    await s(p, { type: 'answerCheckin', text: 'Priya checkin: a kite' });
    await s(a, { type: 'answerCheckin', text: 'Amara checkin: good coffee' });
    await s(d, { type: 'answerCheckin', text: 'Diego checkin: quiet morning' });
    await s(f, { type: 'showCheckinAnswers' });
    expect(steps.at(-1)!.views[0]!.checkin.answers).toEqual([
      'Amara checkin: good coffee',
      'Diego checkin: quiet morning',
      'Priya checkin: a kite',
    ]);
    await s(p, { type: 'answerCheckin', text: 'Priya checkin: a kite, and tea' });
    await s(d, { type: 'answerSafety', value: 4 });
    await s(a, { type: 'answerSafety', value: 2 });
    await s(p, { type: 'answerSafety', value: 5 });
    await s(p, { type: 'setReady', ready: true });
    await s(f, { type: 'startTimer', seconds: 120 });
    await s(f, { type: 'stopTimer' });
    await s(f, { type: 'advance' }); // review
    const reviewed = steps.at(-1)!.views[0]!.review[0]!.id;
    await s(d, { type: 'reviewItem', actionId: reviewed, status: 'done' });
    await s(f, { type: 'advance' }); // gather
    await s(p, { type: 'addCard', columnId: 'mad', text: 'Priya secret: pager at 3am' });
    await s(p, { type: 'addCard', columnId: 'glad', text: 'Priya secret: quokka deploys' });
    await s(d, { type: 'addCard', columnId: 'sad', text: 'Diego secret: flaky builds' });
    const priyaCards = steps.at(-1)!.views[3]!.cards;
    await s(p, { type: 'editCard', cardId: priyaCards[0]!.id, text: 'Priya secret: pager at 4am' });
    await s(p, { type: 'deleteCard', cardId: priyaCards[1]!.id });
    await s(a, { type: 'setReady', ready: true });
    await s(f, { type: 'reveal' });
    const revealedAt = steps.at(-1)!.event.rev;
    await s(a, { type: 'addCard', columnId: 'glad', text: 'Amara: new teammate' });
    await s(p, { type: 'editCard', cardId: priyaCards[0]!.id, text: 'Priya: pager, revealed' });
    await s(a, {
      type: 'deleteCard',
      cardId: steps.at(-2)!.views[2]!.cards.find((c) => c.mine)!.id,
    });
    await s(f, { type: 'advance' }); // group
    const cards = Object.fromEntries(steps.at(-1)!.views[0]!.cards.map((c) => [c.text, c.id]));
    await s(p, { type: 'createGroup', cardIds: [cards['Priya: pager, revealed']!], title: '' });
    const g = steps.at(-1)!.views[0]!.groups[0]!.id;
    await s(d, { type: 'moveCard', cardId: cards['Diego secret: flaky builds']!, groupId: g });
    await s(a, { type: 'nameGroup', groupId: g, title: 'Toil' });
    await s(d, { type: 'moveCard', cardId: cards['Diego secret: flaky builds']!, groupId: null });
    await s(f, { type: 'advance' }); // vote
    const groups = steps.at(-1)!.views[0]!.groups.map((x) => x.id);
    await s(p, { type: 'vote', groupId: groups[0]!, delta: 1 });
    await s(d, { type: 'vote', groupId: groups[1]!, delta: 1 });
    await s(d, { type: 'vote', groupId: groups[1]!, delta: -1 });
    await s(d, { type: 'setReady', ready: true });
    await s(f, { type: 'startTimer', seconds: 60 });
    await s(f, { type: 'advance' }); // discuss: totals shown
    await s(f, { type: 'back' }); // vote again: hidden again
    await s(a, { type: 'vote', groupId: groups[0]!, delta: 1 });
    await s(f, { type: 'advance' });
    await s(f, { type: 'focusTopic', groupId: groups[0]! });
    await s(p, { type: 'addNote', groupId: groups[0]!, text: 'Rotate the pager' });
    await s(a, {
      type: 'addAction',
      text: 'Fix the pager rota',
      ownerId: amara.id,
      dueDate: '2030-02-14',
      groupId: groups[0]!,
    });
    await s(f, { type: 'advance' }); // actions
    const action = steps.at(-1)!.views[0]!.actions[0]!.id;
    await s(p, { type: 'updateAction', actionId: action, ownerId: diego.id, status: 'open' });
    await s(p, {
      type: 'addAction',
      text: 'Drop a meeting',
      ownerId: adele.id,
      dueDate: '2030-03-01',
      groupId: null,
    });
    await s(d, { type: 'deleteAction', actionId: steps.at(-1)!.views[0]!.actions[1]!.id });
    await s(f, { type: 'advance' }); // close
    await s(p, { type: 'answerRoti', value: 5 });
    await s(a, { type: 'answerRoti', value: 3 });
    await s(d, { type: 'answerRoti', value: 4 });
    await s(f, { type: 'handOver', userId: diego.id });
    // Diego is then not seen for two minutes, so Amara may take over (as facilitation.test.ts does).
    await target.db.kysely
      .updateTable('retro_marks')
      .set({ at: new Date(Date.now() - 120_000).toISOString() })
      .where('retro_id', '=', id)
      .execute();
    expect(viewOf(await a.client.get(`/api/retros/${id}`)).facilitatorAway).toBe(true);
    await s(a, { type: 'takeOver' });
    await s(a, { type: 'setPostSummary', enabled: false });
    await s(a, { type: 'end' });

    for (const step of steps) checkStep(step, true, texts);
    expect(new Set(steps.map((x) => x.command.type))).toEqual(new Set(retroCommandTypes));
    const phases = new Set(steps.map((x) => x.before.phase));
    expect([...phases].sort()).toEqual(
      ['actions', 'checkin', 'close', 'discuss', 'gather', 'group', 'review', 'vote'].sort(),
    );

    // Every stored event of the room, and every frame streamed, parses strictly and is the step's,
    // or a presence event: Diego, Amara and Priya arriving, and everyone but Amara gone quiet.
    const everything = await target.hub.since(`retro:${id}`, 0);
    const presenceOnly = (data: unknown) => {
      const { ops } = data as RetroDelta;
      return ops.length > 0 && ops.every((op) => op.op === 'presence');
    };
    const arrivals = everything.filter((e) => presenceOnly(e.data));
    expect(arrivals.map((e) => retroEventDeltaSchema.parse(e.data).ops)).toEqual([
      [{ op: 'presence', total: 2, ready: 0, participants: 2 }],
      [{ op: 'presence', total: 3, ready: 0, participants: 3 }],
      [{ op: 'presence', total: 4, ready: 0, participants: 4 }],
      [{ op: 'presence', total: 1, ready: 0, participants: 4 }],
      // After Amara took over, the others read their views again: back, one by one.
      [{ op: 'presence', total: 2, ready: 0, participants: 4 }],
      [{ op: 'presence', total: 3, ready: 0, participants: 4 }],
      [{ op: 'presence', total: 4, ready: 0, participants: 4 }],
    ]);
    const stored = everything.filter((e) => !presenceOnly(e.data));
    expect(stored.length).toBe(steps.length);
    stored.forEach((e, i) => {
      expect(retroEventDeltaSchema.parse(e.data)).toEqual(steps[i]!.event);
    });
    await stream.until(everything.length);
    const frames = stream.frames
      .map((frame) => (JSON.parse(/^data: (.*)$/m.exec(frame.raw)![1]!) as { data: unknown }).data)
      .filter((data) => !presenceOnly(data));
    frames.forEach((data, i) => {
      expect(retroEventDeltaSchema.parse(data)).toEqual(steps[i]!.event);
    });
    expect(frames.length).toBe(steps.length);
    stream.close();

    // At rest: the events table holds no trace of Priya, who wrote cards but is neither the
    // facilitator nor an action owner (those two every view names), and no card text before the
    // reveal. The rows are sealed, so this is checked both on the rows and on the opened data.
    const rows = await target.db.kysely
      .selectFrom('events')
      .selectAll()
      .where('room', '=', `retro:${id}`)
      .execute();
    expect(rows.length).toBe(everything.length);
    const rowsText = JSON.stringify(rows);
    const opened = JSON.stringify(stored.map((e) => e.data));
    for (const part of identity(priya)) {
      expect(rowsText).not.toContain(part);
      expect(opened).not.toContain(part);
    }
    for (const e of stored.filter((x) => (x.data as RetroDelta).rev < revealedAt)) {
      const text = JSON.stringify(e.data);
      for (const secret of texts) expect(text).not.toContain(secret);
    }
    expect(rowsText).not.toContain('secret');
  });

  it('a named retro: authors appear only after the reveal, and every event is public', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Named event privacy');
    const run = await start(chatId, {
      templateId: 'mad-sad-glad',
      options: { anonymous: false, skip: ['checkin', 'review'] },
    });
    const { s, steps, texts } = run;
    const [f, d, a, p] = run.people;
    await s(d, { type: 'addCard', columnId: 'mad', text: 'Too many alerts' });
    await s(p, { type: 'addCard', columnId: 'glad', text: 'Good demo' });
    await s(a, { type: 'setReady', ready: true });
    await s(f, { type: 'advance' }); // group: revealed, with authors
    const reveal = steps.at(-1)!.event.ops.find((op) => op.op === 'cards');
    expect(
      reveal && reveal.op === 'cards' && reveal.cards.map((c) => c.author?.userId).sort(),
    ).toEqual([diego.id, priya.id].sort());
    const cards = steps.at(-1)!.views[0]!.cards;
    await s(a, { type: 'createGroup', cardIds: [cards[0]!.id], title: 'Alerts' });
    await s(f, { type: 'advance' }); // vote
    await s(p, { type: 'vote', groupId: steps.at(-1)!.views[0]!.groups[0]!.id, delta: 1 });
    await s(f, { type: 'advance' }); // discuss
    await s(f, { type: 'end' });
    for (const step of steps) checkStep(step, false, texts);
    // Before the reveal, no event names a card's author.
    for (const step of steps.slice(0, 3)) {
      for (const u of [diego, priya]) {
        for (const part of identity(u)) expect(JSON.stringify(step.event)).not.toContain(part);
      }
    }
  });
});
