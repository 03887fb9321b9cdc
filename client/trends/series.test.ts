import { describe, expect, it } from 'vitest';
import type { TrendPulse } from '../../shared/trends/api.js';
import {
  favourabilityBars,
  itemGrid,
  newestFirst,
  percentParts,
  pulseLabels,
  scoreBand,
  scoreSeries,
  shortDate,
} from './series.js';

function released(id: string, closedAt: string, mean: number): TrendPulse {
  return {
    status: 'released',
    pulseId: id,
    title: `Pulse ${id}`,
    closedAt,
    itemSetId: 'edmondson-1999-7',
    shared: false,
    n: 8,
    invited: 10,
    responseRate: 0.8,
    mean,
    interval: { low: mean - 0.5, high: mean + 0.5 },
    score100: ((mean - 1) / 6) * 100,
    favourability: { favourable: 0.5, neutral: 0.25, unfavourable: 0.25 },
    items: [
      { itemId: 'e1', reversed: true, status: 'released', mean: 2 },
      { itemId: 'e2', reversed: false, status: 'withheld', reason: 'few-answers' },
    ],
  };
}

function withheld(id: string, closedAt: string): TrendPulse {
  return {
    status: 'not-enough-responses',
    pulseId: id,
    title: `Pulse ${id}`,
    closedAt,
    itemSetId: 'edmondson-1999-7',
    shared: false,
    invited: 9,
  };
}

describe('scoreSeries', () => {
  it('leaves a gap where a withheld pulse sits between released ones, never a zero', () => {
    const series = scoreSeries([
      released('a', '2026-01-05T10:00:00Z', 5),
      withheld('b', '2026-01-12T10:00:00Z'),
      withheld('c', '2026-01-19T10:00:00Z'),
      released('d', '2026-01-26T10:00:00Z', 5.5),
      released('e', '2026-02-02T10:00:00Z', 6),
    ]);
    expect(series.points.map((p) => p.pulseId)).toEqual(['a', 'd', 'e']);
    expect(series.points.every((p) => p.mean > 0)).toBe(true);
    expect(series.gaps).toEqual([{ startIndex: 0, endIndex: 1 }]);
    expect(series.withheld.map((w) => [w.pulseId, w.invited])).toEqual([
      ['b', 9],
      ['c', 9],
    ]);
  });

  it('needs no gap for withheld pulses at the ends of the range', () => {
    const series = scoreSeries([
      withheld('a', '2026-01-05T10:00:00Z'),
      released('b', '2026-01-12T10:00:00Z', 4),
      withheld('c', '2026-01-19T10:00:00Z'),
    ]);
    expect(series.gaps).toEqual([]);
    expect(series.points).toHaveLength(1);
    expect(series.points[0]).toMatchObject({ low: 3.5, high: 4.5 });
  });
});

describe('per-pulse bars and the grid', () => {
  it('labels a withheld pulse and carries no numbers for it', () => {
    const bars = favourabilityBars(
      [released('a', '2026-01-05T10:00:00Z', 5), withheld('b', '2026-01-05T18:00:00Z')],
      'en-GB',
    );
    expect(bars[0]).toMatchObject({ status: 'released', label: '5 Jan 2026' });
    expect(bars[1]).toEqual({
      pulseId: 'b',
      label: '5 Jan 2026 (2)',
      title: 'Pulse b',
      status: 'not-enough-responses',
      invited: 9,
    });
  });

  it('makes same-day labels unique, in the Teams locale', () => {
    const pulses = [
      withheld('a', '2026-03-01T01:00:00Z'),
      withheld('b', '2026-03-01T02:00:00Z'),
      withheld('c', '2026-03-02T02:00:00Z'),
    ];
    expect(pulseLabels(pulses, 'en-GB')).toEqual(['1 Mar 2026', '1 Mar 2026 (2)', '2 Mar 2026']);
    expect(pulseLabels(pulses, 'en-US')).toEqual(['Mar 1, 2026', 'Mar 1, 2026 (2)', 'Mar 2, 2026']);
    expect(new Set(pulseLabels(pulses, 'ja-JP')).size).toBe(3);
  });

  it('labels a pulse by its UTC day, so every viewer sees the same date', () => {
    expect(shortDate('2026-03-01T23:30:00Z', 'en-GB')).toBe('1 Mar 2026');
  });

  it('orders pulses newest first, keeping same-time pulses in a stable order', () => {
    const pulses = [
      withheld('a', '2026-03-01T01:00:00Z'),
      withheld('b', '2026-03-03T02:00:00Z'),
      withheld('c', '2026-03-02T02:00:00Z'),
      withheld('d', '2026-03-03T02:00:00Z'),
    ];
    expect(newestFirst(pulses).map((p) => p.pulseId)).toEqual(['d', 'b', 'c', 'a']);
    // The input is left as it was.
    expect(pulses.map((p) => p.pulseId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('colours items in the scored direction, so a low raw mean on an (R) item is favourable', () => {
    expect(scoreBand(2, true)).toBe('favourable');
    expect(scoreBand(2, false)).toBe('unfavourable');
    expect(scoreBand(4, false)).toBe('neutral');
    expect(scoreBand(5, false)).toBe('favourable');
  });

  it('builds items × pulses with gaps for withheld pulses and no number for withheld items', () => {
    const grid = itemGrid(
      [released('a', '2026-01-05T10:00:00Z', 5), withheld('b', '2026-01-12T10:00:00Z')],
      (id) => `Item ${id}`,
    );
    expect(grid.map((r) => [r.itemId, r.text, r.reversed])).toEqual([
      ['e1', 'Item e1', true],
      ['e2', 'Item e2', false],
    ]);
    expect(grid[0]?.cells).toEqual([
      { status: 'released', mean: 2, band: 'favourable' },
      { status: 'not-enough-responses' },
    ]);
    expect(grid[1]?.cells).toEqual([
      { status: 'withheld', reason: 'few-answers' },
      { status: 'not-enough-responses' },
    ]);
  });
});

describe('percentParts', () => {
  it('adds up to exactly 100 where plain rounding would give 100.1', () => {
    const thirds = [1 / 3, 1 / 3, 1 / 3];
    expect(thirds.map((s) => Math.round(s * 1000) / 10)).toEqual([33.3, 33.3, 33.3]);
    const shares = [0.3335, 0.3335, 0.333];
    expect(shares.reduce((a, s) => a + Math.round(s * 1000) / 10, 0)).toBeCloseTo(100.1, 5);
    const parts = percentParts(shares);
    expect(parts).toEqual([33.4, 33.3, 33.3]);
    expect(Math.round(parts.reduce((a, b) => a + b, 0) * 10)).toBe(1000);
  });

  it('keeps exact shares and gives nothing to an empty bar', () => {
    expect(percentParts([0.5, 0.25, 0.25])).toEqual([50, 25, 25]);
    expect(percentParts([0, 0, 0])).toEqual([0, 0, 0]);
  });
});
