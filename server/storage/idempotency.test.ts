import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test-support/databases.js';
import { idempotencyTtlMs, withIdempotency } from './idempotency.js';

describe.each(testDatabases())('withIdempotency on $dialect', (database) => {
  /** A write that records each run as a room row, so the tests can count runs in the database too. */
  function counter(room: string) {
    let runs = 0;
    return {
      get runs() {
        return runs;
      },
      run: async (trx: Parameters<Parameters<typeof withIdempotency>[2]>[0]) => {
        runs++;
        const row = await trx
          .insertInto('rooms')
          .values({ room, last_seq: 1 })
          .onConflict((oc) =>
            oc.column('room').doUpdateSet((eb) => ({ last_seq: eb('rooms.last_seq', '+', 1) })),
          )
          .returning('last_seq')
          .executeTakeFirstOrThrow();
        return { status: 201, body: { created: row.last_seq, note: 'first' } };
      },
    };
  }

  async function storedRuns(room: string): Promise<number | undefined> {
    const db = await database.open();
    const row = await db.kysely
      .selectFrom('rooms')
      .select('last_seq')
      .where('room', '=', room)
      .executeTakeFirst();
    return row?.last_seq;
  }

  it('runs once and replays the stored response for the same key', async () => {
    const db = await database.open();
    const write = counter('team:idem-seq');
    const first = await withIdempotency(db, { key: 'k1', scope: 'user-a:POST /x' }, write.run);
    const second = await withIdempotency(db, { key: 'k1', scope: 'user-a:POST /x' }, write.run);
    expect(first).toEqual({ status: 201, body: { created: 1, note: 'first' }, replayed: false });
    expect(second).toEqual({ status: 201, body: { created: 1, note: 'first' }, replayed: true });
    expect(write.runs).toBe(1);
    expect(await storedRuns('team:idem-seq')).toBe(1);
  });

  it('keeps keys apart by scope', async () => {
    const db = await database.open();
    const write = counter('team:idem-scope');
    await withIdempotency(db, { key: 'k2', scope: 'user-a' }, write.run);
    const other = await withIdempotency(db, { key: 'k2', scope: 'user-b' }, write.run);
    expect(other.replayed).toBe(false);
    expect(write.runs).toBe(2);
  });

  it('runs concurrent duplicates exactly once', async () => {
    // On PostgreSQL, separate pools, like separate server instances receiving the same retry.
    // SQLite runs one instance per file: its synchronous driver would block the event loop
    // waiting for a lock that another connection in the same process can then never release.
    const instances = database.dialect === 'postgres' ? 3 : 1;
    const dbs = await Promise.all(Array.from({ length: instances }, () => database.open()));
    const write = counter('team:idem-race');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        withIdempotency(dbs[i % dbs.length]!, { key: 'k3', scope: 'user-a' }, write.run),
      ),
    );
    expect(write.runs).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => JSON.stringify(r.body)))).toEqual(
      new Set([JSON.stringify({ created: 1, note: 'first' })]),
    );
    expect(await storedRuns('team:idem-race')).toBe(1);
  });

  it('stores nothing when the work fails, so a retry runs again', async () => {
    const db = await database.open();
    const write = counter('team:idem-fail');
    await expect(
      withIdempotency(db, { key: 'k4', scope: 'user-a' }, async (trx) => {
        await write.run(trx);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await storedRuns('team:idem-fail')).toBeUndefined();
    const retry = await withIdempotency(db, { key: 'k4', scope: 'user-a' }, write.run);
    expect(retry.replayed).toBe(false);
    expect(write.runs).toBe(2);
  });

  it('runs again once the stored key has expired', async () => {
    const db = await database.open();
    const write = counter('team:idem-expiry');
    await withIdempotency(db, { key: 'k5', scope: 'user-a' }, write.run);
    const old = new Date(Date.now() - idempotencyTtlMs - 1000).toISOString();
    await db.kysely
      .updateTable('idempotency_keys')
      .set({ created_at: old })
      .where('key', '=', 'k5')
      .execute();
    const again = await withIdempotency(db, { key: 'k5', scope: 'user-a' }, write.run);
    expect(again).toMatchObject({ replayed: false, body: { created: 2 } });
  });
});
