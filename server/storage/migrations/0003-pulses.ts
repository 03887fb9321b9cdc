import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * Pulses. Anonymity lives in the shape of the tables: a response row holds answers and nothing
 * else (no user id, no time), and a receipt row holds a keyed hash and the pulse id, so nothing
 * joins the two. Booleans are 0/1 integers; times are ISO text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // SQLite: WITHOUT ROWID stores rows in primary-key order (a random uuid or hash), so no rowid
  // records the order in which people answered. PostgreSQL has no equivalent; see close.ts.
  const randomOrder =
    db.getExecutor().adapter instanceof SqliteAdapter ? sql`without rowid` : sql``;

  await db.schema
    .createTable('pulse_series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('recurrence', 'text', (c) => c.notNull())
    // Instances are placed from the first one, so monthly dates do not drift (31st → 28th → 28th).
    .addColumn('first_opens_at', 'text', (c) => c.notNull())
    .addColumn('first_closes_at', 'text', (c) => c.notNull())
    .addColumn('k', 'integer', (c) => c.notNull())
    .addColumn('open_question', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('pulses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('series_id', 'text', (c) => c.notNull().references('pulse_series.id'))
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('remind_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('k', 'integer', (c) => c.notNull())
    .addColumn('open_question', 'text')
    .addColumn('invited', 'integer')
    .addColumn('shared', 'integer', (c) => c.notNull())
    .addColumn('notified_open', 'integer', (c) => c.notNull())
    .addColumn('notified_closing', 'integer', (c) => c.notNull())
    .addColumn('notify_lease_until', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    // One instance per series and opening time: a second "next instance" can never be inserted.
    .addUniqueConstraint('pulses_series_opens', ['series_id', 'opens_at'])
    .execute();
  await db.schema
    .createIndex('pulses_team')
    .on('pulses')
    .columns(['tenant_id', 'team_id', 'opens_at'])
    .execute();
  await db.schema.createIndex('pulses_status').on('pulses').columns(['status']).execute();

  await db.schema
    .createTable('pulse_responses')
    .addColumn('pulse_id', 'text', (c) => c.notNull().references('pulses.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('a1', 'integer')
    .addColumn('a2', 'integer')
    .addColumn('a3', 'integer')
    .addColumn('a4', 'integer')
    .addColumn('a5', 'integer')
    .addColumn('a6', 'integer')
    .addColumn('a7', 'integer')
    .addColumn('comment', 'text')
    .addPrimaryKeyConstraint('pulse_responses_pk', ['pulse_id', 'id'])
    .modifyEnd(randomOrder)
    .execute();

  await db.schema
    .createTable('pulse_receipts')
    .addColumn('receipt', 'text', (c) => c.primaryKey())
    .addColumn('pulse_id', 'text', (c) => c.notNull().references('pulses.id'))
    .modifyEnd(randomOrder)
    .execute();
}
