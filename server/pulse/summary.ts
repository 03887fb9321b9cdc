import type { Role } from '../../shared/api.js';
import {
  pulseStatusSchema,
  recurrenceSchema,
  type PulseOutcome,
  type PulseSummary,
} from '../../shared/pulse/api.js';
import { minK } from '../../shared/pulse/items.js';
import { computeResults, type ResponseRow } from '../../shared/pulse/results.js';
import { to100 } from '../../shared/pulse/stats.js';
import type { AuthUser } from '../auth/types.js';
import { receiptFor } from './access.js';
import { answerColumns, type PulseWithSeries, type Q } from './queries.js';

/** What the caller may know about a pulse beyond its settings. */
type Facts = {
  answered: boolean;
  /** Owners only: n, used for yes/no answers and never sent. */
  n: number | null;
  /** Closed pulses whose results the caller may read: the score, or that it is withheld. */
  outcome: PulseOutcome | null;
};

/** Members see open pulses (to answer) and closed ones whose results were shared. */
export function memberMaySee(pulse: PulseWithSeries): boolean {
  return pulse.status === 'open' || (pulse.status === 'closed' && pulse.shared === 1);
}

/** n ≥ k, with k never below the minimum however it was stored. */
export const reachesThreshold = (n: number, k: number): boolean => n >= Math.max(k, minK);

export function toSummary(pulse: PulseWithSeries, role: Role, facts: Facts): PulseSummary {
  const owner = role === 'owner';
  const n = owner ? facts.n : null;
  const status = pulseStatusSchema.parse(pulse.status);
  return {
    id: pulse.id,
    seriesId: pulse.series_id,
    title: pulse.title,
    opensAt: pulse.opens_at,
    closesAt: pulse.closes_at,
    recurrence: recurrenceSchema.parse(pulse.recurrence),
    status,
    k: pulse.k,
    openQuestion: pulse.open_question,
    shared: pulse.shared === 1,
    answered: facts.answered,
    thresholdReached:
      owner && status === 'open' && n !== null ? reachesThreshold(n, pulse.k) : null,
    // The same rule as the results route (counted responses ≥ k), so "View results" never leads to a withheld page.
    resultsAvailable: facts.outcome?.status === 'released',
    outcome: facts.outcome,
  };
}

/** Closed pulses whose results the caller may read: all for owners, shared ones for members. */
const mayReadResults = (pulse: PulseWithSeries, role: Role): boolean =>
  pulse.status === 'closed' && (role === 'owner' || pulse.shared === 1);

/** The team score of a closed pulse as its results compute it, or only that it is withheld. */
export function outcomeOf(pulse: PulseWithSeries, responses: readonly ResponseRow[]): PulseOutcome {
  const results = computeResults({
    pulseId: pulse.id,
    title: pulse.title,
    closedAt: pulse.closed_at ?? pulse.closes_at,
    shared: pulse.shared === 1,
    responses,
    k: pulse.k,
    invited: pulse.invited ?? 0,
    includeComments: false,
  });
  if (results.status !== 'released') return { status: 'not-enough-responses' };
  return {
    status: 'released',
    score100: results.score100,
    interval100: { low: to100(results.interval.low), high: to100(results.interval.high) },
  };
}

/** The anonymous answers of several pulses in one read, by pulse; comments are never read here. */
async function answersByPulse(q: Q, pulseIds: string[]): Promise<Map<string, ResponseRow[]>> {
  const byPulse = new Map<string, ResponseRow[]>();
  if (pulseIds.length === 0) return byPulse;
  const rows = await q
    .selectFrom('pulse_responses')
    .select(['pulse_id', ...answerColumns])
    .where('pulse_id', 'in', pulseIds)
    .execute();
  for (const row of rows) {
    const list = byPulse.get(row.pulse_id) ?? [];
    list.push({ answers: answerColumns.map((c) => row[c]), comment: null });
    byPulse.set(row.pulse_id, list);
  }
  return byPulse;
}

/** Summaries for the caller: their own receipts say what they answered; owners get n for yes/no facts. */
export async function summarise(
  q: Q,
  hmacKey: string,
  user: AuthUser,
  role: Role,
  pulses: PulseWithSeries[],
): Promise<PulseSummary[]> {
  if (pulses.length === 0) return [];
  const receipts = new Map(
    pulses.map((p) => [receiptFor(hmacKey, p.tenant_id, p.id, user.userId), p.id]),
  );
  const mine = await q
    .selectFrom('pulse_receipts')
    .select('pulse_id')
    .where('receipt', 'in', [...receipts.keys()])
    .execute();
  const answered = new Set(mine.map((r) => r.pulse_id));

  const counts = new Map<string, number>();
  if (role === 'owner') {
    const rows = await q
      .selectFrom('pulse_responses')
      .select(['pulse_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where(
        'pulse_id',
        'in',
        pulses.map((p) => p.id),
      )
      .groupBy('pulse_id')
      .execute();
    for (const row of rows) counts.set(row.pulse_id, Number(row.n));
  }
  const readable = pulses.filter((p) => mayReadResults(p, role));
  const answers = await answersByPulse(
    q,
    readable.map((p) => p.id),
  );
  return pulses.map((p) =>
    toSummary(p, role, {
      answered: answered.has(p.id),
      n: role === 'owner' ? (counts.get(p.id) ?? 0) : null,
      outcome: mayReadResults(p, role) ? outcomeOf(p, answers.get(p.id) ?? []) : null,
    }),
  );
}
