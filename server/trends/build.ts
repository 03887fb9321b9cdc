import type { TrendRange, Trends } from '../../shared/trends/api.js';
import type { Db } from '../storage/db.js';
import { pulseAggregates } from './pulse-aggregates.js';
import { trendChanges, trendPoint } from './pulse-trend.js';
import { retroHealth } from './retro-health.js';

export type TrendsRequest = {
  tenantId: string;
  teamId: string;
  /** The caller's role, proven by Graph; never taken from the client. */
  role: Trends['role'];
  range: TrendRange;
  now: Date;
};

const monthsBack: Record<Exclude<TrendRange, 'all'>, number> = { '3m': 3, '6m': 6, '12m': 12 };

/** The start of a range as ISO text; null for all time. */
export function rangeStart(range: TrendRange, now: Date): string | null {
  if (range === 'all') return null;
  const start = new Date(now);
  start.setUTCMonth(start.getUTCMonth() - monthsBack[range]);
  return start.toISOString();
}

/** Trends for the team: owners see every closed pulse and the retro health, others shared pulses only. */
export async function buildTrends(db: Db, request: TrendsRequest): Promise<Trends> {
  const { tenantId, teamId, role, range, now } = request;
  const owner = role === 'owner';
  const since = rangeStart(range, now);
  const aggregates = await pulseAggregates(db, { tenantId, teamId, since, sharedOnly: !owner });
  const points = aggregates.map(trendPoint);
  return {
    range,
    role,
    pulses: points.map((p) => p.pulse),
    changes: trendChanges(points),
    retroHealth: owner
      ? await retroHealth(db.kysely, { tenantId, teamId, since }, now.toISOString().slice(0, 10))
      : null,
    generatedAt: now.toISOString(),
  };
}
