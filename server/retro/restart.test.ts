import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { seededUser } from '../test-support/entra-fakes.js';
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
const diego = seededUser('Diego Siciliani');
const amara = seededUser('Amara Okafor');

const entra = useEntraFakes();

describe.each(testDatabases())('retro restart and carry-over on $dialect', (database) => {
  let target: RetroTestApp | null = null;
  afterAll(async () => {
    await target?.close();
  });
  const people = async () => {
    const app = () => {
      if (!target) throw new Error('The app is not running.');
      return target.app;
    };
    return {
      f: personClient(app, await entra.fakes.idp.issueUserToken(adele.id)),
      a: personClient(app, await entra.fakes.idp.issueUserToken(diego.id)),
      b: personClient(app, await entra.fakes.idp.issueUserToken(amara.id)),
    };
  };

  it('keeps everything across a server restart, and the live stream resumes without gaps or duplicates', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Restart');
    const bToken = await entra.fakes.idp.issueUserToken(amara.id);
    const firstDb = await database.open();
    target = await startRetroApp(entra.fakes, firstDb);
    const { f, a, b } = await people();
    const id = viewOf(
      await f.post('/api/retros', { chatId, templateId: 'start-stop-continue' }),
    ).id;
    // Both others open the retro: two arrivals, each a presence event.
    for (const p of [a, b]) viewOf(await p.get(`/api/retros/${id}`));
    const stream = await openStream(target.base, `retro:${id}`, bToken, 0);
    for (const [p, value] of [
      [f, 5],
      [a, 4],
      [b, 3],
    ] as const) {
      viewOf(await p.command(id, { type: 'answerSafety', value }));
    }
    viewOf(await f.command(id, { type: 'advance' }));
    viewOf(await f.command(id, { type: 'advance' }));
    const cardKey = randomUUID();
    const card = { type: 'addCard', columnId: 'start', text: 'Survives restarts' };
    viewOf(await a.command(id, card, cardKey));
    viewOf(await b.command(id, { type: 'addCard', columnId: 'stop', text: 'Flaky tests' }));
    viewOf(await f.command(id, { type: 'advance' }));
    const before = viewOf(await b.get(`/api/retros/${id}`));
    viewOf(
      await b.command(id, {
        type: 'createGroup',
        cardIds: before.cards.map((c) => c.id),
        title: 'All',
      }),
    );
    viewOf(await a.command(id, { type: 'setReady', ready: true }));
    await stream.until(12);
    const lastSeen = stream.frames.at(-1)!.id;
    expect(stream.frames.map((fr) => fr.id)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    stream.close();

    await target.close();
    await firstDb.close();
    target = await startRetroApp(entra.fakes, await database.open());

    const resumed = await openStream(target.base, `retro:${id}`, bToken, lastSeen);
    const after = viewOf(await b.get(`/api/retros/${id}`));
    expect(after).toMatchObject({ phase: 'group', revealed: true, rev: before.rev + 2 });
    expect(after.cards.map((c) => c.text).sort()).toEqual(['Flaky tests', 'Survives restarts']);
    expect(after.groups).toEqual([
      expect.objectContaining({ title: 'All', cardIds: expect.any(Array) }),
    ]);
    expect(after.groups[0]!.cardIds).toHaveLength(2);
    expect(after.safety.distribution).toEqual([0, 0, 1, 1, 1]);
    expect(after.ready.ready).toBe(1);
    // A retry of a command sent before the restart is answered from storage, not run again.
    expect((await a.command(id, card, cardKey)).status).toBe(200);
    expect(viewOf(await a.get(`/api/retros/${id}`)).cards).toHaveLength(2);

    viewOf(await f.command(id, { type: 'advance' }));
    viewOf(await b.command(id, { type: 'vote', groupId: after.groups[0]!.id, delta: 1 }));
    await resumed.until(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(resumed.frames.map((fr) => fr.id)).toEqual([lastSeen + 1, lastSeen + 2]);
    resumed.close();
    viewOf(await f.command(id, { type: 'end' }));
  });

  it("shows the last retro's open action items in the next retro of the same chat only", async () => {
    target ??= await startRetroApp(entra.fakes, await database.open());
    const { f, a, b } = await people();
    const chatId = addMeetingChat(entra.fakes, 'Series');
    const otherChat = addMeetingChat(entra.fakes, 'Other series');
    const quick = { skip: ['checkin', 'review', 'group', 'vote', 'discuss'] };
    const first = viewOf(
      await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad', options: quick }),
    );
    viewOf(await f.command(first.id, { type: 'advance' }));
    const action = (text: string, ownerId: string) => ({
      type: 'addAction',
      text,
      ownerId,
      dueDate: '2030-03-31',
      groupId: null,
    });
    viewOf(await f.command(first.id, action('Fix the pipeline', diego.id)));
    viewOf(await f.command(first.id, action('Write the runbook', amara.id)));
    const done = viewOf(await f.command(first.id, action('Already done', amara.id)));
    viewOf(
      await f.command(first.id, {
        type: 'updateAction',
        actionId: done.actions[2]!.id,
        status: 'done',
      }),
    );
    viewOf(await f.command(first.id, { type: 'end' }));

    const second = viewOf(await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' }));
    const inReview = viewOf(await f.command(second.id, { type: 'advance' }));
    expect(inReview.phase).toBe('review');
    expect(inReview.review.map((r) => [r.text, r.owner.displayName, r.status])).toEqual([
      ['Fix the pipeline', 'Diego Siciliani', 'open'],
      ['Write the runbook', 'Amara Okafor', 'open'],
    ]);
    expect(inReview.review[0]?.from).toMatchObject({ retroId: first.id, title: first.title });
    const [pipeline, runbook] = inReview.review.map((r) => r.id) as [string, string];
    const refused = await b.command(second.id, {
      type: 'reviewItem',
      actionId: pipeline,
      status: 'done',
    });
    expect(refused.status).toBe(403);
    viewOf(await a.command(second.id, { type: 'reviewItem', actionId: pipeline, status: 'done' }));
    const reviewed = viewOf(
      await f.command(second.id, { type: 'reviewItem', actionId: runbook, status: 'dropped' }),
    );
    // Changed items stay listed in this review, with their new status.
    expect(reviewed.review.map((r) => r.status)).toEqual(['done', 'dropped']);

    const elsewhere = viewOf(
      await f.post('/api/retros', { chatId: otherChat, templateId: 'mad-sad-glad' }),
    );
    expect(viewOf(await f.command(elsewhere.id, { type: 'advance' })).review).toEqual([]);
    viewOf(await f.command(elsewhere.id, { type: 'end' }));
    viewOf(await f.command(second.id, { type: 'end' }));
    const third = viewOf(await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' }));
    expect(viewOf(await f.command(third.id, { type: 'advance' })).review).toEqual([]);
  });
});
