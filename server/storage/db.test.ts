import { migrations } from './migrate.js';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test-support/databases.js';

describe.each(testDatabases())('storage on $dialect', (database) => {
  it('applies the migrations and reports its dialect', async () => {
    const db = await database.open();
    await db.ping();
    expect(db.dialect).toBe(database.dialect);
    if (db.dialect === 'postgres') {
      // The test schema, not public: each test file is isolated. Only this schema is read: other
      // files create and drop theirs meanwhile, so listing every schema's tables races with them.
      const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(db.kysely);
      expect(rows[0]?.s).toMatch(/^t_[0-9a-f]{12}$/);
      const ours = await sql<{ name: string }>`
        select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_name in ('rooms', 'events', 'idempotency_keys')`.execute(
        db.kysely,
      );
      expect(ours.rows).toHaveLength(3);
    } else {
      const tables = await db.kysely.introspection.getTables();
      const ours = tables.filter((t) => ['rooms', 'events', 'idempotency_keys'].includes(t.name));
      expect(ours).toHaveLength(3);
    }
  });

  it('reopens idempotently and keeps the data', async () => {
    const first = await database.open();
    await first.kysely.insertInto('rooms').values({ room: 'team:reopen', last_seq: 7 }).execute();
    await first.close();
    const second = await database.open();
    const row = await second.kysely
      .selectFrom('rooms')
      .select('last_seq')
      .where('room', '=', 'team:reopen')
      .executeTakeFirstOrThrow();
    expect(row.last_seq).toBe(7);
    const { rows } = await sql<{
      n: number | string;
    }>`select count(*) as n from kysely_migration`.execute(second.kysely);
    // Each migration ran once, on the first open only.
    expect(Number(rows[0]?.n)).toBe(Object.keys(migrations).length);
  });

  it('enforces foreign keys', async () => {
    const db = await database.open();
    await expect(
      db.kysely
        .insertInto('events')
        .values({
          room: 'team:no-such-room',
          seq: 1,
          type: 't',
          data: '{}',
          at: new Date().toISOString(),
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('migrates concurrently from two instances without error', async () => {
    const [a, b] = await Promise.all([database.open(), database.open()]);
    await Promise.all([a.ping(), b.ping()]);
  });
});
