import { afterAll, describe, expect, it } from 'vitest';
import { eventNames, type LiveEvent, type RoomId } from '../../shared/events.js';
import type { Db } from '../storage/db.js';
import { testDatabases } from '../test-support/databases.js';
import { createLiveHub, type LiveHub } from './hub.js';
import { pruneEvents } from './retention.js';
import { RoomFeed } from './room-feed.js';

const hubs: LiveHub[] = [];
afterAll(async () => {
  await Promise.all(hubs.map((hub) => hub.close()));
});

async function hubOn(db: Db, retention?: { keepMs?: number; pruneEveryMs?: number }) {
  // A day-long pause by default, so only the prunes a test asks for run.
  const hub = await createLiveHub(db, {
    onError: () => {},
    retention: retention ?? { pruneEveryMs: 24 * 60 * 60 * 1000 },
  });
  hubs.push(hub);
  return hub;
}

const dayMs = 24 * 60 * 60 * 1000;
const seqs = (events: LiveEvent[]) => events.map((e) => e.seq);
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** Publishes `count` events and back-dates them by `ageMs`, as if written that long ago. */
async function oldEvents(db: Db, hub: LiveHub, room: RoomId, count: number, ageMs: number) {
  for (let i = 0; i < count; i++) await hub.publish(room, 'ping', { i });
  await db.kysely
    .updateTable('events')
    .set({ at: new Date(Date.now() - ageMs).toISOString() })
    .where('room', '=', room)
    .execute();
}

function collect(hub: LiveHub, room: RoomId, after: number) {
  const got: { frame: string; event: LiveEvent }[] = [];
  hub.subscribe(room, after, (frame, event) => got.push({ frame, event }));
  return got;
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.each(testDatabases())('live-event retention on $dialect', (database) => {
  it("prunes events older than the cutoff but each room's latest, and numbering goes on", async () => {
    const db = await database.open();
    const hub = await hubOn(db);
    await oldEvents(db, hub, 'team:prune-old', 5, 2 * dayMs);
    await oldEvents(db, hub, 'team:prune-quiet', 3, 2 * dayMs);
    await oldEvents(db, hub, 'team:prune-new', 4, 0);

    const deleted = await pruneEvents(db, new Date(Date.now() - dayMs));

    expect(deleted).toBe(4 + 2);
    expect(seqs(await hub.since('team:prune-old', 0))).toEqual([5]);
    expect(seqs(await hub.since('team:prune-quiet', 0))).toEqual([3]);
    expect(seqs(await hub.since('team:prune-new', 0))).toEqual([1, 2, 3, 4]);
    expect((await hub.publish('team:prune-old', 'ping', {})).seq).toBe(6);
    // 5 is no longer the latest, so it goes too; nothing else is old.
    expect(await pruneEvents(db, new Date(Date.now() - dayMs))).toBe(1);
    expect(seqs(await hub.since('team:prune-old', 0))).toEqual([6]);
    expect(await pruneEvents(db, new Date(Date.now() - dayMs))).toBe(0);
  });

  // Several instances share only PostgreSQL; SQLite is one process with one connection.
  it.runIf(database.dialect === 'postgres')(
    'is harmless when several instances prune at once',
    async () => {
      const first = await database.open();
      const second = await database.open();
      const hub = await hubOn(first);
      await oldEvents(first, hub, 'team:prune-race', 40, 2 * dayMs);
      const cutoff = new Date(Date.now() - dayMs);
      const counts = await Promise.all([
        pruneEvents(first, cutoff),
        pruneEvents(second, cutoff),
        pruneEvents(first, cutoff),
      ]);
      // Whoever ran, the 39 old events went once, and the latest stays.
      expect(counts.reduce((a, b) => a + b, 0) + (await pruneEvents(second, cutoff))).toBe(39);
      expect(seqs(await hub.since('team:prune-race', 0))).toEqual([40]);
    },
  );

  it('a client resuming from before the kept events gets a reset, then live events', async () => {
    const db = await database.open();
    const hub = await hubOn(db);
    const room = 'retro:prune-resume';
    await oldEvents(db, hub, room, 6, 2 * dayMs);
    for (let i = 0; i < 2; i++) await hub.publish(room, 'ping', { fresh: i }); // 7 and 8
    await pruneEvents(db, new Date(Date.now() - dayMs));
    expect(seqs(await hub.since(room, 0))).toEqual([7, 8]);

    const stale = collect(hub, room, 2);
    const fresh = collect(hub, room, 6);
    await until(() => stale.length >= 1 && fresh.length >= 2, 'catch-up');
    await hub.publish(room, 'ping', { live: true });
    await until(() => stale.length >= 2 && fresh.length >= 3, 'the live event');
    await settle();

    // Events 3 to 6 are gone: one reset at the room's position, not a silent jump.
    expect(stale.map((g) => [g.event.type, g.event.seq])).toEqual([
      [eventNames.reset, 8],
      ['ping', 9],
    ]);
    expect(stale[0]!.event.data).toEqual({ missedAfter: 2 });
    expect(stale[0]!.frame).toMatch(/^id: 8\nevent: live\.reset\n/);
    // A client that saw everything up to what is kept resumes normally.
    expect(fresh.map((g) => [g.event.type, g.event.seq])).toEqual([
      ['ping', 7],
      ['ping', 8],
      ['ping', 9],
    ]);
  });

  it('a new client of a pruned room gets a reset instead of a history that starts mid-way', async () => {
    const db = await database.open();
    const hub = await hubOn(db);
    await oldEvents(db, hub, 'team:prune-fresh-client', 3, 2 * dayMs);
    await pruneEvents(db, new Date(Date.now() - dayMs));
    const got = collect(hub, 'team:prune-fresh-client', 0);
    await until(() => got.length >= 1, 'the reset');
    await settle();
    expect(got.map((g) => [g.event.type, g.event.seq])).toEqual([[eventNames.reset, 3]]);
  });

  it('publishing prunes now and then, with no scheduler', async () => {
    const db = await database.open();
    const writer = await hubOn(db);
    await oldEvents(db, writer, 'team:prune-auto', 4, 2 * dayMs);
    const hub = await hubOn(db, { pruneEveryMs: 0 });
    await hub.publish('team:prune-auto', 'ping', {});
    await until(
      async () => seqs(await hub.since('team:prune-auto', 0)).join() === '5',
      'the background prune',
    );
  });
});

describe('room feed', () => {
  it('resets a live subscriber when an event it was due was pruned before it was read', async () => {
    let stored: LiveEvent[] = [];
    const at = new Date().toISOString();
    const ev = (seq: number): LiveEvent => ({ room: 'team:t', seq, type: 'ping', data: {}, at });
    const feed = new RoomFeed('team:t', {
      read: async (_room, after, limit, upTo) =>
        stored
          .filter((e) => e.seq > after && (upTo === undefined || e.seq <= upTo))
          .slice(0, limit),
      lastSeq: async () => stored.at(-1)?.seq ?? 0,
      onError: (error) => {
        throw error;
      },
    });
    stored = [ev(1), ev(2)];
    const got: LiveEvent[] = [];
    feed.add(2, (_frame, event) => got.push(event));
    await settle();
    stored = [ev(2), ev(5)]; // 3 and 4 were written and pruned while this instance was slow.
    feed.requestPump();
    await settle();
    expect(got.map((e) => [e.type, e.seq])).toEqual([
      [eventNames.reset, 4],
      ['ping', 5],
    ]);
    feed.stop();
  });
});
