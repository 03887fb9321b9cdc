import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api.js';
import { retroHistorySchema, retroSummarySchema, type RetroView } from '../../shared/retro/api.js';
import { demo, seededUser } from '../test-support/entra-fakes.js';
import { testDatabases } from '../test-support/databases.js';
import {
  personClient,
  startRetroApp,
  type PersonClient,
  type Reply,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { useEntraFakes, viewOf } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance'); // facilitator
const diego = seededUser('Diego Siciliani'); // participant A
const amara = seededUser('Amara Okafor'); // participant B
const chatId = demo.weeklySync.chatId;

const entra = useEntraFakes();

function refused(reply: Reply, status: number, pattern?: RegExp) {
  expect(reply.status, reply.raw).toBe(status);
  const { error } = apiErrorSchema.parse(reply.body);
  if (pattern) expect(error.message).toMatch(pattern);
  return error;
}

describe.each(testDatabases())('a whole retro through the API on $dialect', (database) => {
  let target: RetroTestApp;
  let f: PersonClient;
  let a: PersonClient;
  let b: PersonClient;
  let id: string;

  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
    const app = () => target.app;
    f = personClient(app, await entra.fakes.idp.issueUserToken(adele.id));
    a = personClient(app, await entra.fakes.idp.issueUserToken(diego.id));
    b = personClient(app, await entra.fakes.idp.issueUserToken(amara.id));
  });
  afterAll(async () => {
    await target?.close();
  });

  const everyone = async () =>
    (await Promise.all([f, a, b].map(async (p) => viewOf(await p.get(`/api/retros/${id}`))))) as [
      RetroView,
      RetroView,
      RetroView,
    ];

  it('starts a retro with the caller as facilitator, one active per chat', async () => {
    const created = await f.post('/api/retros', { chatId, templateId: 'start-stop-continue' });
    expect(created.status).toBe(201);
    const v = viewOf(created);
    id = v.id;
    expect(v).toMatchObject({
      phase: 'checkin',
      status: 'active',
      revealed: false,
      facilitator: { userId: adele.id, displayName: 'Adele Vance' },
      me: { isFacilitator: true, votesLeft: 5 },
      options: { anonymous: true, voteBudget: 5, perGroupCap: 3, skip: [] },
    });
    expect(v.title).toMatch(/^Retro \d{4}-\d{2}-\d{2}$/);
    expect(v.columns.map((c) => c.id)).toEqual(['start', 'stop', 'continue']);

    const again = await a.post('/api/retros', { chatId, templateId: 'mad-sad-glad' });
    refused(again, 409, /already running in this meeting: "Retro /);
    const current = viewOf(await b.get(`/api/retros/current?chatId=${encodeURIComponent(chatId)}`));
    expect(current.id).toBe(id);
    expect(current.me.isFacilitator).toBe(false);
    const history = retroHistorySchema.parse(
      (await a.get(`/api/retros/history?chatId=${encodeURIComponent(chatId)}`)).body,
    );
    expect(history.retros.map((r) => r.id)).toEqual([id]);
  });

  it('check-in: safety answers stay a count below 3, then a distribution; ready resets on phase change', async () => {
    viewOf(await a.command(id, { type: 'answerSafety', value: 4 }));
    const second = viewOf(await b.command(id, { type: 'answerSafety', value: 1 }));
    expect(second.safety).toEqual({ answered: 2, distribution: null, median: null, mean: null });
    expect(second.me.safety).toBe(1);
    // Answering again replaces the answer.
    viewOf(await b.command(id, { type: 'answerSafety', value: 2 }));
    const third = viewOf(await f.command(id, { type: 'answerSafety', value: 5 }));
    expect(third.safety).toEqual({
      answered: 3,
      distribution: [0, 1, 0, 1, 1],
      median: 4,
      mean: 11 / 3,
    });
    expect(third.me.safety).toBe(5);

    const ready = viewOf(await a.command(id, { type: 'setReady', ready: true }));
    expect(ready.me.ready).toBe(true);
    expect(ready.ready).toEqual({ ready: 1, total: 3 });
    expect(ready.participants).toBe(3);

    refused(await b.command(id, { type: 'advance' }), 409, /Only the facilitator/);
    refused(
      await b.command(id, { type: 'addCard', columnId: 'start', text: 'x' }),
      409,
      /only during Gather/,
    );
    const review = viewOf(await f.command(id, { type: 'advance' }));
    expect(review.phase).toBe('review');
    expect(review.ready.ready).toBe(0);
    expect(review.review).toEqual([]);
    expect(viewOf(await f.command(id, { type: 'advance' })).phase).toBe('gather');
  });

  let aCard = '';
  it('gather: each person sees only their own cards, counts for the others; authors edit and delete only their own', async () => {
    const added = viewOf(
      await a.command(id, { type: 'addCard', columnId: 'start', text: 'Pair on deploys' }),
    );
    aCard = added.cards[0]!.id;
    viewOf(await a.command(id, { type: 'addCard', columnId: 'stop', text: 'Friday releases' }));
    viewOf(await b.command(id, { type: 'addCard', columnId: 'start', text: 'Pairing more' }));
    viewOf(await f.command(id, { type: 'addCard', columnId: 'continue', text: 'Demos' }));

    const [fv, av, bv] = await everyone();
    expect(av.cards.map((c) => [c.text, c.mine, c.author])).toEqual([
      ['Pair on deploys', true, null],
      ['Friday releases', true, null],
    ]);
    expect(av.hiddenCounts).toEqual({ start: 1, stop: 0, continue: 1 });
    expect(bv.cards.map((c) => c.text)).toEqual(['Pairing more']);
    expect(bv.hiddenCounts).toEqual({ start: 1, stop: 1, continue: 1 });
    expect(fv.cards.map((c) => c.text)).toEqual(['Demos']);

    const forbiddenEdit = refused(
      await b.command(id, { type: 'editCard', cardId: aCard, text: 'mine now' }),
      403,
      /only your own cards/,
    );
    expect(forbiddenEdit.code).toBe('forbidden');
    refused(await f.command(id, { type: 'deleteCard', cardId: aCard }), 403, /only your own cards/);
    refused(await b.command(id, { type: 'addCard', columnId: 'nope', text: 'x' }), 400);
    const edited = viewOf(
      await a.command(id, { type: 'editCard', cardId: aCard, text: 'Pair on every deploy' }),
    );
    expect(edited.cards[0]?.text).toBe('Pair on every deploy');
    const friday = edited.cards[1]!.id;
    expect(viewOf(await a.command(id, { type: 'deleteCard', cardId: friday })).cards).toHaveLength(
      1,
    );
  });

  it('group: advancing reveals every card (still anonymous); anyone groups and names', async () => {
    refused(await a.command(id, { type: 'reveal' }), 409, /Only the facilitator/);
    const grouped = viewOf(await f.command(id, { type: 'advance' }));
    expect(grouped).toMatchObject({ phase: 'group', revealed: true, hiddenCounts: {} });
    const [, av, bv] = await everyone();
    for (const v of [av, bv]) {
      expect(v.cards.map((c) => c.text).sort()).toEqual([
        'Demos',
        'Pair on every deploy',
        'Pairing more',
      ]);
      expect(v.cards.every((c) => c.author === null)).toBe(true);
    }
    expect(bv.cards.find((c) => c.id === aCard)?.mine).toBe(false);
    const bCard = bv.cards.find((c) => c.mine)!.id;
    const demos = bv.cards.find((c) => c.text === 'Demos')!.id;

    const made = viewOf(
      await b.command(id, { type: 'createGroup', cardIds: [aCard, bCard], title: '' }),
    );
    const group = made.groups[0]!;
    expect(group.cardIds.sort()).toEqual([aCard, bCard].sort());
    viewOf(await a.command(id, { type: 'nameGroup', groupId: group.id, title: 'Pairing' }));
    // A group of one, then its card moves out: the empty group goes.
    const solo = viewOf(await a.command(id, { type: 'createGroup', cardIds: [demos] }));
    expect(solo.groups).toHaveLength(2);
    const moved = viewOf(await f.command(id, { type: 'moveCard', cardId: demos, groupId: null }));
    expect(moved.groups.map((g) => g.title)).toEqual(['Pairing']);
    refused(await a.command(id, { type: 'moveCard', cardId: demos, groupId: randomUUID() }), 404);
  });

  it('vote: loose cards become groups; budget and cap hold; votes hidden until the phase ends', async () => {
    const voting = viewOf(await f.command(id, { type: 'advance' }));
    expect(voting.phase).toBe('vote');
    expect(voting.groups.map((g) => g.title)).toEqual(['Pairing', 'Demos']);
    expect(voting.groups.every((g) => g.votes === null)).toBe(true);
    const [pairing, demos] = voting.groups.map((g) => g.id) as [string, string];

    for (let i = 0; i < 3; i++)
      viewOf(await a.command(id, { type: 'vote', groupId: pairing, delta: 1 }));
    refused(await a.command(id, { type: 'vote', groupId: pairing, delta: 1 }), 409, /at most 3/);
    viewOf(await a.command(id, { type: 'vote', groupId: demos, delta: 1 }));
    const full = viewOf(await a.command(id, { type: 'vote', groupId: demos, delta: 1 }));
    expect(full.me).toMatchObject({ votes: { [pairing]: 3, [demos]: 2 }, votesLeft: 0 });
    refused(
      await a.command(id, { type: 'vote', groupId: demos, delta: 1 }),
      409,
      /all 5 of your votes/,
    );
    refused(await b.command(id, { type: 'vote', groupId: demos, delta: -1 }), 409, /no vote/);
    const bv = viewOf(await b.command(id, { type: 'vote', groupId: demos, delta: 1 }));
    expect(bv.me.votes).toEqual({ [demos]: 1 });
    expect(bv.groups.map((g) => g.votes)).toEqual([null, null]);
    expect(bv.discussion.order).toEqual([]);
    viewOf(await f.command(id, { type: 'vote', groupId: demos, delta: 1 }));
  });

  it('discuss and actions: totals and order show, focus, timer, notes, actions with owners', async () => {
    const discuss = viewOf(await f.command(id, { type: 'advance' }));
    expect(discuss.phase).toBe('discuss');
    const [pairing, demos] = discuss.groups.map((g) => g.id) as [string, string];
    expect(discuss.groups.map((g) => g.votes)).toEqual([3, 4]);
    expect(discuss.discussion.order).toEqual([demos, pairing]);
    refused(await a.command(id, { type: 'vote', groupId: demos, delta: 1 }), 409);
    refused(
      await a.command(id, { type: 'focusTopic', groupId: demos }),
      409,
      /Only the facilitator/,
    );
    viewOf(await f.command(id, { type: 'focusTopic', groupId: demos }));
    const timed = viewOf(await f.command(id, { type: 'startTimer', seconds: 120 }));
    const left = Date.parse(timed.discussion.timer!.endsAt) - Date.parse(timed.serverNow);
    expect(left).toBeGreaterThan(118_000);
    expect(left).toBeLessThanOrEqual(120_000);
    expect(timed.discussion).toMatchObject({ focusGroupId: demos, timer: { seconds: 120 } });
    const noted = viewOf(
      await b.command(id, { type: 'addNote', groupId: demos, text: 'Record them' }),
    );
    expect(noted.groups[1]?.notes.map((n) => n.text)).toEqual(['Record them']);

    const wei = seededUser('Wei Zhang'); // in Platform, not in this meeting
    refused(
      await a.command(id, {
        type: 'addAction',
        text: 'x',
        ownerId: wei.id,
        dueDate: '2030-01-31',
        groupId: null,
      }),
      400,
      /not a participant of this meeting chat/,
    );
    const acted = viewOf(
      await a.command(id, {
        type: 'addAction',
        text: 'Record demos',
        ownerId: diego.id,
        dueDate: '2030-01-31',
        groupId: demos,
      }),
    );
    expect(acted.actions).toEqual([
      expect.objectContaining({
        text: 'Record demos',
        owner: { userId: diego.id, displayName: 'Diego Siciliani' },
        dueDate: '2030-01-31',
        status: 'open',
        groupId: demos,
        from: null,
      }),
    ]);
    expect(viewOf(await f.command(id, { type: 'advance' })).phase).toBe('actions');
    const second = viewOf(
      await b.command(id, {
        type: 'addAction',
        text: 'Pair weekly',
        ownerId: amara.id,
        dueDate: '2030-02-28',
        groupId: pairing,
      }),
    );
    const updated = viewOf(
      await b.command(id, {
        type: 'updateAction',
        actionId: second.actions[1]!.id,
        ownerId: adele.id,
      }),
    );
    expect(updated.actions[1]?.owner.displayName).toBe('Adele Vance');
    refused(await a.get(`/api/retros/${id}/summary`), 409, /Close phase/);
    refused(
      await a.get(`/api/retros/${id}/summary`, { 'accept-language': 'de-DE' }),
      409,
      /Phase „Abschluss“/,
    );
  });

  it('close: ROTI tally and a summary with topics, owners and participation; then it ends', async () => {
    expect(viewOf(await f.command(id, { type: 'advance' })).phase).toBe('close');
    refused(await f.command(id, { type: 'advance' }), 409, /last phase/);
    for (const [p, value] of [
      [a, 4],
      [b, 5],
      [f, 4],
    ] as const) {
      viewOf(await p.command(id, { type: 'answerRoti', value }));
    }
    const summary = retroSummarySchema.parse((await b.get(`/api/retros/${id}/summary`)).body);
    expect(summary.topTopics.map((t) => [t.title, t.votes, t.notes])).toEqual([
      ['Demos', 4, ['Record them']],
      ['Pairing', 3, []],
    ]);
    expect(summary.markdown).toContain('   - Note: Record them\n');
    expect(summary.participation).toEqual({
      participants: 3,
      cards: 3,
      votes: 7,
      safetyAnswers: 3,
      rotiAnswers: 3,
    });
    expect(summary.roti.distribution).toEqual([0, 0, 0, 2, 1]);
    expect(summary.markdown).toContain('Record demos: owner Diego Siciliani, due 2030-01-31');
    expect(summary.markdown).toContain('Pair weekly: owner Adele Vance, due 2030-02-28');
    const german = retroSummarySchema.parse(
      (await b.get(`/api/retros/${id}/summary`, { 'accept-language': 'de-DE,de;q=0.9' })).body,
    );
    expect(german.markdown).toContain('## Wichtigste Themen\n\n1. **Demos** (4 Stimmen)');
    expect(german.markdown).toContain('   - Notiz: Record them\n');
    expect(german.markdown).toContain(
      'Record demos: verantwortlich Diego Siciliani, fällig 2030-01-31',
    );
    expect(german.topTopics).toEqual(summary.topTopics);
    const japanese = retroSummarySchema.parse(
      (await b.get(`/api/retros/${id}/summary`, { 'accept-language': 'ja-JP' })).body,
    );
    expect(japanese.markdown).toContain('## 主なトピック\n\n1. **Demos** (4 票)');
    const french = retroSummarySchema.parse(
      (await b.get(`/api/retros/${id}/summary`, { 'accept-language': 'fr-FR' })).body,
    );
    expect(french.markdown).toBe(summary.markdown);

    refused(await a.command(id, { type: 'end' }), 409, /Only the facilitator/);
    const ended = viewOf(await f.command(id, { type: 'end' }));
    expect(ended.status).toBe('ended');
    expect(ended.endedAt).not.toBeNull();
    refused(await f.command(id, { type: 'answerRoti', value: 1 }), 409, /has ended/);
    const current = viewOf(await a.get(`/api/retros/current?chatId=${encodeURIComponent(chatId)}`));
    expect(current).toMatchObject({ id, status: 'ended' });
    expect(retroSummarySchema.parse((await a.get(`/api/retros/${id}/summary`)).body).retroId).toBe(
      id,
    );
  });
});
