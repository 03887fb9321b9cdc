import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../shared/events.js';
import type { Db } from '../storage/db.js';
import { testDatabases } from '../test-support/databases.js';
import { createLiveHub, type LiveHub } from './hub.js';

const hubs: LiveHub[] = [];
afterAll(async () => {
  await Promise.all(hubs.map((hub) => hub.close()));
});

async function hubOn(db: Db, listenerName?: string): Promise<LiveHub> {
  const hub = await createLiveHub(db, { listenerName, onError: () => {} });
  hubs.push(hub);
  return hub;
}

/** Collects what a subscriber receives and resolves when it has `count` events. */
function collector() {
  const frames: string[] = [];
  const events: LiveEvent[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  return {
    frames,
    events,
    deliver: (frame: string, event: LiveEvent) => {
      frames.push(frame);
      events.push(event);
      for (const w of waiters.filter((w) => events.length >= w.count)) w.resolve();
    },
    until(count: number, timeoutMs = 5000): Promise<void> {
      if (events.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`expected ${count} events, got ${events.length}`)),
          timeoutMs,
        );
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
  };
}

const seqs = (events: LiveEvent[]) => events.map((e) => e.seq);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe.each(testDatabases())('live hub on $dialect', (database) => {
  it('numbers events from 1 with no gaps under 50 concurrent publishes', async () => {
    const db = await database.open();
    const hub = await hubOn(db);
    const published = await Promise.all(
      range(1, 50).map((i) => hub.publish('team:gapless', 'ping', { i })),
    );
    expect(published.map((e) => e.seq).sort((a, b) => a - b)).toEqual(range(1, 50));
    const stored = await hub.since('team:gapless', 0);
    expect(seqs(stored)).toEqual(range(1, 50));
    expect(await hub.since('team:gapless', 45)).toHaveLength(5);
  });

  it('keeps no event when the caller rolls back, and fans out only committed ones', async () => {
    const db = await database.open();
    const hub = await hubOn(db);
    const got = collector();
    hub.subscribe('team:rollback', 0, got.deliver);
    await expect(
      db.kysely.transaction().execute(async (trx) => {
        await hub.publish('team:rollback', 'ping', { n: 'lost' }, trx);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await db.kysely.transaction().execute(async (trx) => {
      await hub.publish('team:rollback', 'ping', { n: 'kept' }, trx);
    });
    await got.until(1);
    await settle();
    expect(got.events).toMatchObject([{ seq: 1, data: { n: 'kept' } }]);
    expect(seqs(await hub.since('team:rollback', 0))).toEqual([1]);
  });

  it('catches a subscriber up from its cursor, then delivers live events exactly once, in order', async () => {
    const db = await database.open();
    const hub = await hubOn(db);
    for (const i of range(1, 5)) await hub.publish('chat:19:abc@thread.v2', 'ping', { i });
    const late = collector();
    hub.subscribe('chat:19:abc@thread.v2', 2, late.deliver);
    // Publishes racing the catch-up query must still arrive once each.
    await Promise.all(range(6, 20).map((i) => hub.publish('chat:19:abc@thread.v2', 'ping', { i })));
    await late.until(18);
    await settle();
    expect(seqs(late.events)).toEqual(range(3, 20));
    expect(late.frames[0]).toBe(`id: 3\nevent: ping\ndata: ${JSON.stringify(late.events[0])}\n\n`);
  });

  it('serialises each event once and shares the frame between subscribers', async () => {
    const db = await database.open();
    const hub = await hubOn(db);
    const a = collector();
    const b = collector();
    hub.subscribe('team:shared', 0, a.deliver);
    hub.subscribe('team:shared', 0, b.deliver);
    await settle();
    await hub.publish('team:shared', 'ping', { x: 1 });
    await Promise.all([a.until(1), b.until(1)]);
    expect(a.frames[0]).toBe(b.frames[0]);
    expect(a.events[0]).toBe(b.events[0]); // Same object: one read, one serialisation.
  });

  it('stops delivering after unsubscribe and keeps others going when one subscriber throws', async () => {
    const db = await database.open();
    const hub = await hubOn(db);
    const kept = collector();
    const gone = collector();
    hub.subscribe('team:unsub', 0, () => {
      throw new Error('broken connection');
    });
    hub.subscribe('team:unsub', 0, kept.deliver);
    const stop = hub.subscribe('team:unsub', 0, gone.deliver);
    await hub.publish('team:unsub', 'ping', {});
    await Promise.all([kept.until(1), gone.until(1)]);
    stop();
    await hub.publish('team:unsub', 'ping', {});
    await kept.until(2);
    await settle();
    expect(seqs(gone.events)).toEqual([1]);
  });

  it('refuses an event type that would break the SSE frame', async () => {
    const hub = await hubOn(await database.open());
    await expect(hub.publish('team:bad', 'x\ndata: evil', {})).rejects.toThrow(/invalid/);
  });

  if (database.dialect === 'postgres') {
    it('fans out across instances: hub B delivers what hub A publishes, once, in order', async () => {
      const hubA = await hubOn(await database.open());
      const hubB = await hubOn(await database.open());
      const got = collector();
      hubB.subscribe('team:cross', 0, got.deliver);
      await settle();
      await Promise.all(range(1, 30).map((i) => hubA.publish('team:cross', 'ping', { i })));
      // An event published inside a caller's transaction reaches B only after commit.
      const dbA = await database.open();
      await dbA.kysely.transaction().execute(async (trx) => {
        await hubA.publish('team:cross', 'ping', { i: 31 }, trx);
        await settle();
        expect(got.events.some((e) => e.seq === 31)).toBe(false);
      });
      await got.until(31);
      await settle();
      expect(seqs(got.events)).toEqual(range(1, 31));
    });

    it('reconnects a dropped LISTEN connection and catches up what it missed', async () => {
      const name = `candor-live-test-${randomBytes(4).toString('hex')}`;
      const dbB = await database.open();
      const hubA = await hubOn(await database.open());
      const hubB = await hubOn(dbB, name);
      const got = collector();
      hubB.subscribe('team:relisten', 0, got.deliver);
      await hubA.publish('team:relisten', 'ping', {});
      await got.until(1);
      // Kill B's LISTEN backend, then publish while it is away.
      const admin = new pg.Client(dbB.pool?.options);
      await admin.connect();
      try {
        const { rowCount } = await admin.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
          [name],
        );
        expect(rowCount).toBe(1);
      } finally {
        await admin.end();
      }
      await Promise.all(range(2, 6).map(() => hubA.publish('team:relisten', 'ping', {})));
      await got.until(6, 15_000);
      await hubA.publish('team:relisten', 'ping', {});
      await got.until(7);
      await settle();
      expect(seqs(got.events)).toEqual(range(1, 7));
      const { rows } = await sql<{
        n: string;
      }>`select count(*) as n from pg_stat_activity where application_name = ${name}`.execute(
        dbB.kysely,
      );
      expect(Number(rows[0]?.n)).toBe(1);
    });
  }
});
