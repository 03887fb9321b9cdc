import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test-support/databases.js';
import {
  idempotencyRowKey,
  idempotencyTtlMs,
  withIdempotency,
  type IdempotencyRequest,
} from './idempotency.js';

const hmacKey = 'test-hmac-key-for-idempotency-rows-0123456789';
const request = (key: string, scope: string, body: unknown = { a: 1 }): IdempotencyRequest => ({
  key,
  scope,
  body,
  tenantId: 'tenant-1',
});

describe.each(testDatabases())('withIdempotency on $dialect', (database) => {
  type Run = Parameters<typeof withIdempotency>[3];
  /** A write that records each run as a room row, so the tests can count runs in the database too. */
  function counter(room: string) {
    let runs = 0;
    const run: Run = async (trx) => {
      runs++;
      const row = await trx
        .insertInto('rooms')
        .values({ room, last_seq: 1 })
        .onConflict((oc) =>
          oc.column('room').doUpdateSet((eb) => ({ last_seq: eb('rooms.last_seq', '+', 1) })),
        )
        .returning('last_seq')
        .executeTakeFirstOrThrow();
      return { status: 201, result: `created-${row.last_seq}` };
    };
    return {
      get runs() {
        return runs;
      },
      run,
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

  it('runs once and replays the stored outcome for the same key and body', async () => {
    const db = await database.open();
    const write = counter('team:idem-seq');
    const first = await withIdempotency(db, hmacKey, request('k1', 'user-a:POST /x'), write.run);
    const second = await withIdempotency(db, hmacKey, request('k1', 'user-a:POST /x'), write.run);
    expect(first).toEqual({ status: 201, result: 'created-1', replayed: false });
    expect(second).toEqual({ status: 201, result: 'created-1', replayed: true });
    expect(write.runs).toBe(1);
    expect(await storedRuns('team:idem-seq')).toBe(1);
  });

  it('refuses a key reused with a different body (422) and runs nothing', async () => {
    const db = await database.open();
    const write = counter('team:idem-body');
    await withIdempotency(db, hmacKey, request('k6', 'user-a', { text: 'one' }), write.run);
    await expect(
      withIdempotency(db, hmacKey, request('k6', 'user-a', { text: 'two' }), write.run),
    ).rejects.toMatchObject({ status: 422, code: 'idempotency_key_reused' });
    expect(write.runs).toBe(1);
  });

  it('stores neither the scope, the client key nor the body, only a keyed hash and a salted fingerprint', async () => {
    const db = await database.open();
    const write = counter('team:idem-row');
    const scope = 'retro-create:tenant-1:chat-1:user-adele-0001';
    await withIdempotency(
      db,
      hmacKey,
      request('client-key-7', scope, { text: 'my secret card' }),
      write.run,
    );
    const rows = await db.kysely.selectFrom('idempotency_keys').selectAll().execute();
    const row = rows.find(
      (r) => r.key === idempotencyRowKey(hmacKey, { key: 'client-key-7', scope }),
    );
    expect(row).toBeDefined();
    const stored = JSON.stringify(row);
    for (const secret of ['user-adele-0001', 'chat-1', 'client-key-7', 'my secret card']) {
      expect(stored).not.toContain(secret);
    }
    expect(row).toMatchObject({ tenant_id: 'tenant-1', status: 201, result: 'created-1' });
  });

  it('keeps keys apart by scope', async () => {
    const db = await database.open();
    const write = counter('team:idem-scope');
    await withIdempotency(db, hmacKey, request('k2', 'user-a'), write.run);
    const other = await withIdempotency(db, hmacKey, request('k2', 'user-b'), write.run);
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
        withIdempotency(dbs[i % dbs.length]!, hmacKey, request('k3', 'user-a'), write.run),
      ),
    );
    expect(write.runs).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.result))).toEqual(new Set(['created-1']));
    expect(await storedRuns('team:idem-race')).toBe(1);
  });

  it('stores nothing when the work fails, so a retry runs again', async () => {
    const db = await database.open();
    const write = counter('team:idem-fail');
    await expect(
      withIdempotency(db, hmacKey, request('k4', 'user-a'), async (trx) => {
        await write.run(trx);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await storedRuns('team:idem-fail')).toBeUndefined();
    const retry = await withIdempotency(db, hmacKey, request('k4', 'user-a'), write.run);
    expect(retry.replayed).toBe(false);
    expect(write.runs).toBe(2);
  });

  it('runs again once the stored key has expired', async () => {
    const db = await database.open();
    const write = counter('team:idem-expiry');
    await withIdempotency(db, hmacKey, request('k5', 'user-a'), write.run);
    const old = new Date(Date.now() - idempotencyTtlMs - 1000).toISOString();
    await db.kysely
      .updateTable('idempotency_keys')
      .set({ created_at: old })
      .where('key', '=', idempotencyRowKey(hmacKey, { key: 'k5', scope: 'user-a' }))
      .execute();
    const again = await withIdempotency(db, hmacKey, request('k5', 'user-a'), write.run);
    expect(again).toMatchObject({ replayed: false, result: 'created-2' });
  });
});
