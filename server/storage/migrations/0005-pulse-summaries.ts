import type { CreateTableBuilder, Kysely } from 'kysely';

/**
 * Closed-pulse summaries. A closed pulse never changes (no answers after close; cancel applies only
 * to open or scheduled pulses), so the trends read its response sums once and keep them here
 * instead of reducing every response row on every request. Filled lazily by
 * server/trends/pulse-aggregates.ts. Also indexes retros by facilitator, for choosing a meeting
 * to link to a team.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // `double precision` is float8 on PostgreSQL; SQLite gives the name REAL affinity (8-byte IEEE),
  // so one declaration stores the same doubles on both and the sums round-trip exactly.
  const float = 'double precision';
  let table: CreateTableBuilder<'pulse_summaries', string> = db.schema
    .createTable('pulse_summaries')
    .addColumn('pulse_id', 'text', (c) => c.primaryKey().notNull().references('pulses.id'))
    // Counted responses (≥ 5 of 7 answered); 0 is stored too, so an empty pulse is not recomputed.
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('sum_x', float, (c) => c.notNull())
    .addColumn('sum_x2', float, (c) => c.notNull())
    .addColumn('fav', 'integer', (c) => c.notNull())
    .addColumn('neu', 'integer', (c) => c.notNull())
    .addColumn('unf', 'integer', (c) => c.notNull());
  // The raw mean of each of the seven items; null when nobody answered it.
  for (let i = 0; i < 7; i += 1) table = table.addColumn(`m${i}`, float);
  await table.addColumn('computed_at', 'text', (c) => c.notNull()).execute();

  // An owner linking a meeting to a team picks from the meeting chats where they ran retros.
  await db.schema
    .createIndex('retros_facilitator')
    .on('retros')
    .columns(['tenant_id', 'facilitator_id', 'created_at'])
    .execute();
}
