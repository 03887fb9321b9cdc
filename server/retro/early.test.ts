import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../storage/db.js';
import { testDatabases } from '../test-support/databases.js';
import { devApp, seededUser, silentLogger } from '../test-support/entra-fakes.js';
import { useEntraFakes, viewOf } from '../test-support/hooks.js';
import {
  addMeetingChat,
  personClient,
  startRetroApp,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { createGraphReminderNotifier, retroCardsOpenActivity } from './reminder-notifier.js';
import { createReminderScheduler } from './reminders.js';

const adele = seededUser('Adele Vance');
const diego = seededUser('Diego Siciliani');
const amara = seededUser('Amara Okafor');
const hour = 3_600_000;

const entra = useEntraFakes();

describe.each(testDatabases())('a retro opened before the meeting on $dialect', (database) => {
  const apps: RetroTestApp[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  async function setUp() {
    const db = await database.open();
    const target = await startRetroApp(entra.fakes, db);
    apps.push(target);
    const as = async (id: string) =>
      personClient(() => target.app, await entra.fakes.idp.issueUserToken(id));
    return { db, f: await as(adele.id), a: await as(diego.id), b: await as(amara.id) };
  }

  const notifier = () =>
    createGraphReminderNotifier({
      authorityHost: new URL(entra.fakes.idp.url),
      clientId: devApp.clientId,
      clientSecret: devApp.clientSecret,
      graphBaseUrl: new URL(entra.fakes.graph.url),
    });

  const scheduler = (db: Db, clock: { now: number }) =>
    createReminderScheduler({
      db,
      notifier: notifier(),
      logger: silentLogger,
      now: () => new Date(clock.now),
    });

  const sentTo = (chatId: string) =>
    entra.fakes.graph.notifications.filter((n) => n.scope.kind === 'chat' && n.scope.id === chatId);

  const openEarly = (
    client: Awaited<ReturnType<typeof setUp>>['f'],
    chatId: string,
    early: Record<string, unknown>,
  ) =>
    client.post('/api/retros', {
      chatId,
      templateId: 'start-stop-continue',
      title: 'Sprint 9',
      early,
    });

  it('opens at Gather with every phase kept, and keeps cards hidden from everyone else', async () => {
    const { f, a, b } = await setUp();
    const chatId = addMeetingChat(entra.fakes, 'Early gather');
    const view = viewOf(await openEarly(f, chatId, { remind: 'none' }));
    expect(view.phase).toBe('gather');
    expect(view.phases.slice(0, 3)).toEqual(['checkin', 'review', 'gather']);
    expect(view.me.isFacilitator).toBe(true);

    const secret = 'Deploys on Friday scare me';
    viewOf(await a.command(view.id, { type: 'addCard', columnId: 'stop', text: secret }));
    viewOf(await b.command(view.id, { type: 'addCard', columnId: 'start', text: 'Pairing' }));
    const mine = viewOf(await a.get(`/api/retros/${view.id}`));
    expect(mine.cards.map((c) => c.text)).toEqual([secret]);
    const others = viewOf(await b.get(`/api/retros/current?chatId=${encodeURIComponent(chatId)}`));
    expect(others.cards.map((c) => c.text)).toEqual(['Pairing']);
    expect(others.hiddenCounts).toMatchObject({ stop: 1 });
    const facilitator = viewOf(await f.get(`/api/retros/${view.id}`));
    expect(facilitator.cards).toEqual([]);
    expect(facilitator.hiddenCounts).toMatchObject({ stop: 1, start: 1 });
    for (const raw of [...f.seen, ...b.seen]) expect(raw).not.toContain(secret);

    // In the meeting the facilitator may still step back to Review and Check-in.
    expect(viewOf(await f.command(view.id, { type: 'back' })).phase).toBe('review');
    // One active retro per meeting chat, as for a start in the side panel.
    expect((await openEarly(a, chatId, { remind: 'none' })).status).toBe(409);
  });

  it('refuses a meeting in the past, too far ahead, or a reminder time already gone', async () => {
    const { f } = await setUp();
    const chatId = addMeetingChat(entra.fakes, 'Early refusals');
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const cases: [Record<string, unknown>, string][] = [
      [{ remind: '1h', meetingStart: at(-hour) }, 'already started'],
      [{ remind: '1h', meetingStart: at(61 * 24 * hour) }, 'more than 60 days'],
      [{ remind: '1h', meetingStart: at(30 * 60_000) }, 'already passed'],
      [{ remind: '1h', meetingStart: 'tomorrow' }, ''],
    ];
    for (const [early, words] of cases) {
      const reply = await openEarly(f, chatId, early);
      expect(reply.status, reply.raw).toBe(400);
      expect(reply.raw).toContain(words);
    }
    // Nothing was written by the refusals; without a start time there is simply no reminder.
    const view = viewOf(await openEarly(f, chatId, { remind: '1h' }));
    expect((await f.get(`/api/retros/${view.id}/early`)).body).toEqual({ reminder: null });
  });

  it('reminds the meeting chat once with two schedulers ticking at once, with no card text or names', async () => {
    const { db, f, a } = await setUp();
    const chatId = addMeetingChat(entra.fakes, 'Early reminder');
    const start = Date.now() + 2 * hour;
    const view = viewOf(
      await openEarly(f, chatId, { remind: '1h', meetingStart: new Date(start).toISOString() }),
    );
    const secret = 'Nobody reads the runbook';
    viewOf(await a.command(view.id, { type: 'addCard', columnId: 'stop', text: secret }));
    const status = async () =>
      (
        (await f.get(`/api/retros/${view.id}/early`)).body as {
          reminder: { at: string; status: string } | null;
        }
      ).reminder;
    expect(await status()).toMatchObject({
      at: new Date(start - hour).toISOString(),
      status: 'pending',
    });

    // Before its time nothing goes.
    const clock = { now: start - hour - 60_000 };
    const second = database.dialect === 'postgres' ? await database.open() : db;
    const schedulers = [scheduler(db, clock), scheduler(second, clock)];
    await Promise.all(schedulers.map((s) => s.tick()));
    expect(sentTo(chatId)).toEqual([]);

    clock.now = start - hour + 1000;
    await Promise.all([...schedulers, ...schedulers].map((s) => s.tick()));
    await Promise.all(schedulers.map((s) => s.tick()));
    const sent = sentTo(chatId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      activityType: retroCardsOpenActivity,
      recipient: {
        '@odata.type': 'microsoft.graph.chatMembersNotificationRecipient',
        chatId,
      },
      templateParameters: [{ name: 'retroTitle', value: 'Sprint 9' }],
    });
    const body = JSON.stringify(sent[0]);
    for (const words of [secret, 'Adele', 'Diego', adele.id, diego.id]) {
      expect(body).not.toContain(words);
    }
    expect(await status()).toMatchObject({ status: 'sent' });
  });

  it('sends nothing once the retro moved on or ended, or the meeting began', async () => {
    const { db, f } = await setUp();
    const start = Date.now() + 3 * hour;
    const open = async (subject: string) => {
      const chatId = addMeetingChat(entra.fakes, subject);
      const view = viewOf(
        await openEarly(f, chatId, { remind: '15m', meetingStart: new Date(start).toISOString() }),
      );
      return { chatId, id: view.id };
    };
    const movedOn = await open('Early moved on');
    viewOf(await f.command(movedOn.id, { type: 'advance' }));
    const ended = await open('Early ended');
    viewOf(await f.command(ended.id, { type: 'end' }));
    const late = await open('Early late');

    // The instances were down until after the meeting began: too late for the third, too.
    await scheduler(db, { now: start + 60_000 }).tick();
    for (const { chatId, id } of [movedOn, ended, late]) {
      expect(sentTo(chatId)).toEqual([]);
      const row = await db.kysely
        .selectFrom('retro_reminders')
        .select('status')
        .where('retro_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('dropped');
    }
  });

  it('tries again later after a Graph failure, a bounded number of times', async () => {
    const { db, f } = await setUp();
    const start = Date.now() + 2 * hour;
    const chatId = addMeetingChat(entra.fakes, 'Early retry');
    const view = viewOf(
      await openEarly(f, chatId, { remind: '1h', meetingStart: new Date(start).toISOString() }),
    );
    const clock = { now: start - hour + 1000 };
    const run = createReminderScheduler({
      db,
      notifier: notifier(),
      logger: silentLogger,
      now: () => new Date(clock.now),
      maxAttempts: 2,
      retryAfterMs: 60_000,
    });
    entra.fakes.graph.failNext(1, 500);
    await run.tick();
    expect(sentTo(chatId)).toEqual([]);
    // Not again at once: it waits the retry time.
    await run.tick();
    clock.now += 61_000;
    await run.tick();
    expect(sentTo(chatId)).toHaveLength(1);

    // A second reminder that keeps failing is given up after the last attempt.
    const other = addMeetingChat(entra.fakes, 'Early give up');
    const failing = viewOf(
      await openEarly(f, other, { remind: '1h', meetingStart: new Date(start).toISOString() }),
    );
    for (let i = 0; i < 2; i += 1) {
      entra.fakes.graph.failNext(1, 500);
      await run.tick();
      clock.now += 5 * 60_000;
    }
    await run.tick();
    expect(sentTo(other)).toEqual([]);
    const row = await db.kysely
      .selectFrom('retro_reminders')
      .select(['status', 'attempts'])
      .where('retro_id', '=', failing.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'failed', attempts: 2 });
    expect(view.id).not.toBe(failing.id);
  });
});
