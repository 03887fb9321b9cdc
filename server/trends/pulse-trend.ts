import type { ChangeSummary } from '../../shared/pulse/change.js';
import { pulseChange } from '../../shared/pulse/change.js';
import { edmondsonItems, edmondsonItemSetId, minK } from '../../shared/pulse/items.js';
import { to100 } from '../../shared/pulse/stats.js';
import { releasedFavourability, statementReleases } from '../../shared/pulse/suppression.js';
import type { TrendChange, TrendPulse } from '../../shared/trends/api.js';
import { intervalFromMoments } from '../../shared/trends/moments.js';
import type { PulseAggregate } from './pulse-aggregates.js';

export type PulseTrendPoint = { pulse: TrendPulse; summary: ChangeSummary };

type TrendItem = Extract<TrendPulse, { status: 'released' }>['items'][number];

/**
 * One pulse on the trend under the anonymity rules: below its threshold only the invited count,
 * otherwise the released figures, computed as `computeResults` computes them, with the same
 * per-statement threshold (shared/pulse/suppression.ts).
 */
export function trendPoint(agg: PulseAggregate): PulseTrendPoint {
  const base = {
    pulseId: agg.pulseId,
    title: agg.title,
    closedAt: agg.closedAt,
    itemSetId: edmondsonItemSetId,
    shared: agg.shared,
  };
  const moments = intervalFromMoments(agg.n, agg.sum, agg.sumSq, agg.invited);
  // A stored k is never taken below minK; n ≥ minK ≥ 2 always has moments.
  if (agg.n < Math.max(agg.k, minK) || moments === null || agg.invited === null) {
    return {
      pulse: { ...base, status: 'not-enough-responses', invited: agg.invited },
      summary: { released: false, itemSetId: edmondsonItemSetId },
    };
  }
  const releases = statementReleases({
    k: agg.k,
    answered: agg.itemCounts.map((item) => item.answered),
    sameAnsweredCount:
      agg.answeredRange !== null && agg.answeredRange.min === agg.answeredRange.max,
  });
  return {
    pulse: {
      ...base,
      status: 'released',
      n: agg.n,
      invited: agg.invited,
      // Capped at 1: people who answered and then left the team still count in n.
      responseRate: agg.invited > 0 ? Math.min(1, agg.n / agg.invited) : 1,
      mean: moments.mean,
      // Kept within 1–7, where the true mean must lie.
      interval: { low: Math.max(1, moments.low), high: Math.min(7, moments.high) },
      score100: to100(moments.mean),
      // Over released statements only, so no withheld split falls out by subtraction.
      favourability: releasedFavourability(
        agg.itemCounts.map((item) => item.bands),
        releases,
      ),
      items: edmondsonItems.map((item, i): TrendItem => {
        const base = { itemId: item.id, reversed: item.reversed };
        const release = releases[i];
        const mean = agg.itemMeans[i];
        // Withheld (or, unreachably, released without a mean): no number at all.
        if (release?.status !== 'released' || mean === null || mean === undefined) {
          const reason = release?.status === 'withheld' ? release.reason : 'few-answers';
          return { ...base, status: 'withheld', reason };
        }
        return { ...base, status: 'released', mean };
      }),
    },
    summary: {
      released: true,
      itemSetId: edmondsonItemSetId,
      n: agg.n,
      mean: moments.mean,
      variance: moments.variance,
      N: agg.invited,
    },
  };
}

/**
 * The change between each consecutive pair of *released* pulses on the trend. A pulse with too few
 * responses is skipped, not compared: its numbers are never shown, and a change "to" it would say
 * nothing. The reader is told by date which two pulses a change compares, and that a newer pulse
 * was withheld (client/trends/change-wording.ts); owners and members read the same rule.
 */
export function trendChanges(points: readonly PulseTrendPoint[]): TrendChange[] {
  const released = points.filter((p) => p.summary.released);
  return released.slice(1).flatMap((to, i) => {
    const from = released[i];
    if (!from) return [];
    return [
      {
        fromPulseId: from.pulse.pulseId,
        toPulseId: to.pulse.pulseId,
        change: pulseChange(from.summary, to.summary),
      },
    ];
  });
}
