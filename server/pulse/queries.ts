import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Answers } from '../../shared/pulse/scoring.js';
import type { Db } from '../storage/db.js';
import type { Database, PulseResponsesTable, PulsesTable } from '../storage/schema.js';

export type Q = Kysely<Database> | Transaction<Database>;
export type PulseRow = Selectable<PulsesTable>;
export type PulseWithSeries = PulseRow & { recurrence: string };

/** The answer columns, in item order. */
export const answerColumns = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'] as const;

/** How a statement locks the pulse row on PostgreSQL; SQLite transactions are serial already. */
export type RowLock = 'none' | 'share' | 'update';

/**
 * Reads a pulse with its series' recurrence. `share` is taken by a submission, `update` by
 * close/cancel/share, so a close never rewrites the responses while one is being added.
 */
export async function findPulse(
  q: Q,
  db: Db,
  id: string,
  lock: RowLock = 'none',
): Promise<PulseWithSeries | undefined> {
  let query = q
    .selectFrom('pulses')
    .innerJoin('pulse_series', 'pulse_series.id', 'pulses.series_id')
    .selectAll('pulses')
    .select('pulse_series.recurrence')
    .where('pulses.id', '=', id);
  if (db.dialect === 'postgres' && lock === 'share') query = query.forShare('pulses');
  if (db.dialect === 'postgres' && lock === 'update') query = query.forUpdate('pulses');
  return query.executeTakeFirst();
}

/** The anonymous responses of a pulse, as the statistics read them. */
export async function loadResponses(
  q: Q,
  pulseId: string,
): Promise<{ answers: Answers; comment: string | null }[]> {
  const rows = await q
    .selectFrom('pulse_responses')
    .select([...answerColumns, 'comment'])
    .where('pulse_id', '=', pulseId)
    .execute();
  return rows.map((row) => ({ answers: answerColumns.map((c) => row[c]), comment: row.comment }));
}

export type ResponseValues = Omit<Selectable<PulseResponsesTable>, 'id' | 'pulse_id'>;

/** Stored answers → columns. */
export function responseValues(answers: Answers, comment: string | null): ResponseValues {
  const [a1, a2, a3, a4, a5, a6, a7] = answerColumns.map((_, i) => answers[i] ?? null);
  return {
    a1: a1 ?? null,
    a2: a2 ?? null,
    a3: a3 ?? null,
    a4: a4 ?? null,
    a5: a5 ?? null,
    a6: a6 ?? null,
    a7: a7 ?? null,
    comment,
  };
}
