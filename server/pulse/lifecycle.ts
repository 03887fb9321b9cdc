import { randomInt, randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { recurrenceSchema } from '../../shared/pulse/api.js';
import type { LiveHub } from '../live/hub.js';
import type { Db } from '../storage/db.js';
import { forgetDeletedRows, type ForgetLogger } from '../storage/forget.js';
import type { Database } from '../storage/schema.js';
import { publishPulseChanged } from './access.js';
import { answerColumns, type PulseRow } from './queries.js';
import { nextWindow, reminderAt, type Window } from './recurrence.js';

type Trx = Transaction<Database>;

/** Rows per multi-row insert: well under PostgreSQL's 65,535 bind parameters. */
const insertChunk = 500;

/**
 * Closes an open (or never-opened) pulse in the caller's transaction, which must hold the pulse
 * row (FOR UPDATE on PostgreSQL): records N, rewrites the responses and receipts in random
 * order, schedules the series' next instance, and tells the team's tabs.
 */
export async function closePulse(
  trx: Trx,
  hub: LiveHub,
  pulse: PulseRow,
  invited: number,
  now: Date,
): Promise<void> {
  await shuffleRows(trx, pulse.id);
  await trx
    .updateTable('pulses')
    .set({
      status: 'closed',
      invited,
      closed_at: now.toISOString(),
      notify_lease_until: null,
    })
    .where('id', '=', pulse.id)
    .execute();
  await scheduleNextInstance(trx, hub, pulse, now);
  await publishPulseChanged(hub, trx, pulse);
}

/** The tables whose old row copies could pair a receipt (a person) with a response. */
const answerTables = ['pulse_responses', 'pulse_receipts'] as const;

/**
 * Run after a close or a cancel of `pulseIds` COMMITS (and once when the scheduler starts):
 * makes SQLite's WAL and freed space, or PostgreSQL's dead tuples, forget the rows as they
 * arrived. Never throws; what it cannot finish now the scheduler retries (storage/forget.ts).
 */
export async function forgetAnswerArrivals(
  db: Db,
  logger: ForgetLogger,
  pulseIds: readonly string[] = [],
): Promise<boolean> {
  let deletedBy: string[] = [];
  if (db.dialect === 'postgres' && pulseIds.length > 0) {
    // The close (or cancel) updated the pulse row, so its xmin is the deleting transaction's
    // id, or a later one's: waiting for that is never too short.
    const { rows } = await sql<{ xid: string }>`
      select xmin::text as xid from pulses where id in (${sql.join([...pulseIds])})`
      .execute(db.kysely)
      .catch(() => ({ rows: [] }));
    deletedBy = rows.map((r) => r.xid);
  }
  return forgetDeletedRows(db, answerTables, logger, { deletedBy });
}

/** Cancels a pulse and ends its series: no further instances open. Its responses are deleted. */
export async function cancelPulse(trx: Trx, hub: LiveHub, pulse: PulseRow): Promise<void> {
  // A cancelled pulse never shows results, so keeping its answers would serve no one.
  await trx.deleteFrom('pulse_responses').where('pulse_id', '=', pulse.id).execute();
  await trx
    .updateTable('pulses')
    .set({ status: 'cancelled', notify_lease_until: null })
    .where('id', '=', pulse.id)
    .execute();
  await trx
    .updateTable('pulse_series')
    .set({ status: 'ended' })
    .where('id', '=', pulse.series_id)
    .execute();
  await publishPulseChanged(hub, trx, pulse);
}

/**
 * Rewrites the pulse's responses (with fresh random ids) and receipts in a random order, so
 * neither storage order nor PostgreSQL's per-transaction system columns (ctid, xmin), which a
 * submission gives its receipt and response alike, can pair a receipt with a response.
 *
 * The rewrite alone leaves the old copies, in arrival order, outside the tables: SQLite's WAL
 * frames (one transaction per answer) and freed cells, PostgreSQL's dead tuples (each with its
 * answer's xmin). `forgetAnswerArrivals`, after the commit, removes those (secure_delete plus a
 * TRUNCATE checkpoint; VACUUM FULL). server/pulse/at-rest.test.ts reads the files to prove it.
 *
 * Residual risk, by design accepted: while a pulse is open, an answer's receipt and response are
 * written together, so anyone who watches or copies the database then (live queries, the SQLite
 * file and WAL, PostgreSQL's heap, its dead tuples, replication) can pair them. So can
 * PostgreSQL's own write-ahead log (pg_wal until its segments are reused; WAL archives and
 * point-in-time backups for as long as they are kept), which no application can rewrite.
 * Protecting against the database's own operator needs more than a schema can give.
 */
export async function shuffleRows(trx: Trx, pulseId: string): Promise<void> {
  const responses = await trx
    .selectFrom('pulse_responses')
    .select([...answerColumns, 'comment'])
    .where('pulse_id', '=', pulseId)
    .execute();
  const receipts = await trx
    .selectFrom('pulse_receipts')
    .select('receipt')
    .where('pulse_id', '=', pulseId)
    .execute();
  await trx.deleteFrom('pulse_responses').where('pulse_id', '=', pulseId).execute();
  await trx.deleteFrom('pulse_receipts').where('pulse_id', '=', pulseId).execute();
  for (const chunk of chunks(shuffle(responses))) {
    await trx
      .insertInto('pulse_responses')
      .values(chunk.map((row) => ({ ...row, pulse_id: pulseId, id: randomUUID() })))
      .execute();
  }
  for (const chunk of chunks(shuffle(receipts))) {
    await trx
      .insertInto('pulse_receipts')
      .values(chunk.map((row) => ({ receipt: row.receipt, pulse_id: pulseId })))
      .execute();
  }
}

/** Inserts the series' next instance, once: the unique (series, opens_at) refuses a second. */
async function scheduleNextInstance(
  trx: Trx,
  hub: LiveHub,
  pulse: PulseRow,
  now: Date,
): Promise<void> {
  const series = await trx
    .selectFrom('pulse_series')
    .selectAll()
    .where('id', '=', pulse.series_id)
    .executeTakeFirstOrThrow();
  const recurrence = recurrenceSchema.parse(series.recurrence);
  if (recurrence === 'none' || series.status !== 'active') return;
  const next = nextWindow(
    {
      recurrence,
      firstOpensAt: new Date(series.first_opens_at),
      firstClosesAt: new Date(series.first_closes_at),
    },
    new Date(pulse.opens_at),
    now,
  );
  const inserted = await insertInstance(trx, { ...series, series_id: series.id }, next, now);
  if (inserted) await publishPulseChanged(hub, trx, inserted);
}

export type InstanceFields = {
  series_id: string;
  tenant_id: string;
  team_id: string;
  title: string;
  k: number;
  open_question: string | null;
};

/** Adds one instance of a series; null when that opening already exists. */
export async function insertInstance(
  trx: Trx,
  fields: InstanceFields,
  window: Window,
  now: Date,
): Promise<PulseRow | null> {
  const row: PulseRow = {
    id: randomUUID(),
    series_id: fields.series_id,
    tenant_id: fields.tenant_id,
    team_id: fields.team_id,
    title: fields.title,
    opens_at: window.opensAt.toISOString(),
    closes_at: window.closesAt.toISOString(),
    remind_at: reminderAt(window)?.toISOString() ?? null,
    // Already due: open now. The scheduler sends the "opened" notification on its next tick.
    status: window.opensAt <= now ? 'open' : 'scheduled',
    k: fields.k,
    open_question: fields.open_question,
    invited: null,
    shared: 0,
    notified_open: 0,
    notified_closing: 0,
    notify_lease_until: null,
    closed_at: null,
    created_at: now.toISOString(),
  };
  const inserted = await trx
    .insertInto('pulses')
    .values(row)
    .onConflict((oc) => oc.columns(['series_id', 'opens_at']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? row : null;
}

/** Fisher–Yates with a cryptographic source, so the order carries no information. */
function shuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += insertChunk) yield items.slice(i, i + insertChunk);
}
