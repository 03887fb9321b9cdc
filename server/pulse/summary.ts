import type { Role } from '../../shared/api.js';
import { pulseStatusSchema, recurrenceSchema, type PulseSummary } from '../../shared/pulse/api.js';
import { minK } from '../../shared/pulse/items.js';
import type { AuthUser } from '../auth/types.js';
import { receiptFor } from './access.js';
import type { PulseWithSeries, Q } from './queries.js';

/** What the caller may know about a pulse beyond its settings. */
type Facts = {
  answered: boolean;
  /** Owners only: n, used for yes/no answers and never sent. */
  n: number | null;
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
    resultsAvailable: owner
      ? status === 'closed' && n !== null && reachesThreshold(n, pulse.k)
      : status === 'closed' && pulse.shared === 1,
  };
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
  return pulses.map((p) =>
    toSummary(p, role, {
      answered: answered.has(p.id),
      n: role === 'owner' ? (counts.get(p.id) ?? 0) : null,
    }),
  );
}
