import { describe, expect, it } from 'vitest';
import type { ItemCounts, PulseAggregate } from './pulse-aggregates.js';
import { trendChanges, trendPoint } from './pulse-trend.js';

const item = (answered: number, favourable: number, unfavourable: number): ItemCounts => ({
  answered,
  bands: { favourable, neutral: answered - favourable - unfavourable, unfavourable },
});

/** Six people, k = 5; e1 has 4 answers, e2 5, the rest 6. */
function aggregate(answeredRange: { min: number; max: number }): PulseAggregate {
  return {
    pulseId: 'p1',
    title: 'Pulse',
    closedAt: '2026-01-05T09:00:00.000Z',
    k: 5,
    invited: 10,
    shared: false,
    n: 6,
    sum: 30,
    sumSq: 156,
    bands: { favourable: 20, neutral: 10, unfavourable: 7 },
    itemMeans: [1.5, 4, 5, 5, 5, 5, 5],
    itemCounts: [item(4, 0, 4), item(5, 3, 1), ...Array.from({ length: 5 }, () => item(6, 4, 1))],
    answeredRange,
  };
}

const statuses = (agg: PulseAggregate) => {
  const { pulse } = trendPoint(agg);
  if (pulse.status !== 'released') throw new Error('expected released');
  return pulse;
};

describe('trendPoint per statement', () => {
  it('withholds a statement under k with no number, and pools favourability over the rest', () => {
    const pulse = statuses(aggregate({ min: 6, max: 7 }));
    expect(pulse.items[0]).toEqual({
      itemId: 'e1',
      reversed: true,
      status: 'withheld',
      reason: 'few-answers',
    });
    expect(pulse.items.slice(1).every((i) => i.status === 'released')).toBe(true);
    // e2–e7: 3 + 5 × 4 = 23 favourable, 1 + 5 × 1 = 6 unfavourable of 35; e1's 4 are left out.
    expect(pulse.favourability?.favourable).toBeCloseTo(23 / 35, 12);
    expect(pulse.favourability?.unfavourable).toBeCloseTo(6 / 35, 12);
  });

  it('holds back the statement with the fewest answers too when everyone answered as many', () => {
    const pulse = statuses(aggregate({ min: 6, max: 6 }));
    expect(
      pulse.items.slice(0, 3).map((i) => (i.status === 'withheld' ? i.reason : i.status)),
    ).toEqual(['few-answers', 'protects-another', 'released']);
    // e3–e7 only: 20 favourable and 5 unfavourable of 30.
    expect(pulse.favourability?.favourable).toBeCloseTo(20 / 30, 12);
  });
});

describe('trendChanges', () => {
  const at = (pulseId: string, n: number, sum: number): PulseAggregate => ({
    ...aggregate({ min: 6, max: 7 }),
    pulseId,
    n,
    sum,
    sumSq: (sum * sum) / n + (n - 1) * 0.5,
  });

  it('compares consecutive released pulses, skipping one with too few responses', () => {
    const points = [at('a', 6, 30), at('b', 3, 15), at('c', 6, 33)].map(trendPoint);
    expect(points.map((p) => p.pulse.status)).toEqual([
      'released',
      'not-enough-responses',
      'released',
    ]);
    const changes = trendChanges(points);
    expect(changes.map((c) => [c.fromPulseId, c.toPulseId])).toEqual([['a', 'c']]);
    const change = changes[0]?.change;
    if (change?.kind !== 'change') throw new Error('expected a change');
    // Means 5 and 5.5: the difference is the released pulses' own, never one through the gap.
    expect(change.difference).toBeCloseTo(0.5, 12);
  });

  it('has no change while fewer than two pulses are released', () => {
    expect(trendChanges([at('a', 6, 30), at('b', 3, 15)].map(trendPoint))).toEqual([]);
  });
});
