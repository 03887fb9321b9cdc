import { sql, type Kysely } from 'kysely';

/** Per-item columns added to `pulse_summaries`: answers, favourable and unfavourable counts. */
export const itemCountColumns = [0, 1, 2, 3, 4, 5, 6].flatMap((i) => [`c${i}`, `f${i}`, `u${i}`]);

/**
 * Per-statement small cells (docs/small-cells.md). A statement's mean may show only when k counted
 * people answered it, and a summary stored before this migration has item means but no counts. So:
 *
 * - per item i: `c{i}` counted people who answered it, `f{i}` and `u{i}` its favourable and
 *   unfavourable answers (neutral is the rest), so overall favourability can be pooled over the
 *   released statements only;
 * - `answered_min` and `answered_max`: the fewest and most items a counted person answered. When
 *   they are equal, the team mean is a plain mean of all answers and one more statement is held back.
 *
 * Existing summaries are deleted, not guessed at: they are a cache of the responses, which a closed
 * pulse keeps, so the next read recomputes them with the counts. The new columns are nullable, and
 * a row with a null count is recomputed too: an instance still running the old code during a
 * rolling upgrade may insert one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`delete from pulse_summaries`.execute(db);
  for (const name of [...itemCountColumns, 'answered_min', 'answered_max']) {
    await db.schema.alterTable('pulse_summaries').addColumn(name, 'integer').execute();
  }
}
