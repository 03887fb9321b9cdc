import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retroViewSchema, type RetroView } from '../../shared/retro/api.js';
import { seededUser, startEntraFakes, type EntraFakes } from '../test-support/entra-fakes.js';
import { testDatabases } from '../test-support/databases.js';
import {
  addMeetingChat,
  openStream,
  personClient,
  startRetroApp,
  type Reply,
  type RetroTestApp,
} from './test-harness.js';

const adele = seededUser('Adele Vance');
const diego = seededUser('Diego Siciliani');
const amara = seededUser('Amara Okafor');

let fakes: EntraFakes;
beforeAll(async () => {
  fakes = await startEntraFakes();
});
afterAll(async () => {
  await fakes?.close();
});

const view = (reply: Reply): RetroView => {
  expect(reply.status, reply.raw).toBeLessThan(300);
  return retroViewSchema.parse((reply.body as { retro?: unknown }).retro ?? reply.body);
};

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
      f: personClient(app, await fakes.idp.issueUserToken(adele.id)),
      a: personClient(app, await fakes.idp.issueUserToken(diego.id)),
      b: personClient(app, await fakes.idp.issueUserToken(amara.id)),
    };
  };

  it('keeps everything across a server restart, and the live stream resumes without gaps or duplicates', async () => {
    const chatId = addMeetingChat(fakes, 'Restart');
    const bToken = await fakes.idp.issueUserToken(amara.id);
    const firstDb = await database.open();
    target = await startRetroApp(fakes, firstDb);
    const { f, a, b } = await people();
    const id = view(await f.post('/api/retros', { chatId, templateId: 'start-stop-continue' })).id;
    const stream = await openStream(target.base, `retro:${id}`, bToken, 0);
    for (const [p, value] of [
      [f, 5],
      [a, 4],
      [b, 3],
    ] as const) {
      view(await p.command(id, { type: 'answerSafety', value }));
    }
    view(await f.command(id, { type: 'advance' }));
    view(await f.command(id, { type: 'advance' }));
    const cardKey = randomUUID();
    const card = { type: 'addCard', columnId: 'start', text: 'Survives restarts' };
    view(await a.command(id, card, cardKey));
    view(await b.command(id, { type: 'addCard', columnId: 'stop', text: 'Flaky tests' }));
    view(await f.command(id, { type: 'advance' }));
    const before = view(await b.get(`/api/retros/${id}`));
    view(
      await b.command(id, {
        type: 'createGroup',
        cardIds: before.cards.map((c) => c.id),
        title: 'All',
      }),
    );
    view(await a.command(id, { type: 'setReady', ready: true }));
    await stream.until(10);
    const lastSeen = stream.frames.at(-1)!.id;
    expect(stream.frames.map((fr) => fr.id)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    stream.close();

    await target.close();
    await firstDb.close();
    target = await startRetroApp(fakes, await database.open());

    const resumed = await openStream(target.base, `retro:${id}`, bToken, lastSeen);
    const after = view(await b.get(`/api/retros/${id}`));
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
    expect(view(await a.get(`/api/retros/${id}`)).cards).toHaveLength(2);

    view(await f.command(id, { type: 'advance' }));
    view(await b.command(id, { type: 'vote', groupId: after.groups[0]!.id, delta: 1 }));
    await resumed.until(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(resumed.frames.map((fr) => fr.id)).toEqual([lastSeen + 1, lastSeen + 2]);
    resumed.close();
    view(await f.command(id, { type: 'end' }));
  });

  it("shows the last retro's open action items in the next retro of the same chat only", async () => {
    target ??= await startRetroApp(fakes, await database.open());
    const { f, a, b } = await people();
    const chatId = addMeetingChat(fakes, 'Series');
    const otherChat = addMeetingChat(fakes, 'Other series');
    const quick = { skip: ['checkin', 'review', 'group', 'vote', 'discuss'] };
    const first = view(
      await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad', options: quick }),
    );
    view(await f.command(first.id, { type: 'advance' }));
    const action = (text: string, ownerId: string) => ({
      type: 'addAction',
      text,
      ownerId,
      dueDate: '2030-03-31',
      groupId: null,
    });
    view(await f.command(first.id, action('Fix the pipeline', diego.id)));
    view(await f.command(first.id, action('Write the runbook', amara.id)));
    const done = view(await f.command(first.id, action('Already done', amara.id)));
    view(
      await f.command(first.id, {
        type: 'updateAction',
        actionId: done.actions[2]!.id,
        status: 'done',
      }),
    );
    view(await f.command(first.id, { type: 'end' }));

    const second = view(await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' }));
    const inReview = view(await f.command(second.id, { type: 'advance' }));
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
    view(await a.command(second.id, { type: 'reviewItem', actionId: pipeline, status: 'done' }));
    const reviewed = view(
      await f.command(second.id, { type: 'reviewItem', actionId: runbook, status: 'dropped' }),
    );
    // Changed items stay listed in this review, with their new status.
    expect(reviewed.review.map((r) => r.status)).toEqual(['done', 'dropped']);

    const elsewhere = view(
      await f.post('/api/retros', { chatId: otherChat, templateId: 'mad-sad-glad' }),
    );
    expect(view(await f.command(elsewhere.id, { type: 'advance' })).review).toEqual([]);
    view(await f.command(elsewhere.id, { type: 'end' }));
    view(await f.command(second.id, { type: 'end' }));
    const third = view(await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' }));
    expect(view(await f.command(third.id, { type: 'advance' })).review).toEqual([]);
  });
});
