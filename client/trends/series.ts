import type { StatementWithheldReason } from '../../shared/pulse/api.js';
import type { TrendPulse } from '../../shared/trends/api.js';
import { formatters } from '../format.js';

type Released = Extract<TrendPulse, { status: 'released' }>;

/**
 * A pulse's day in the Teams locale ("12 Mar 2026" in en-GB, "Mar 12, 2026" in en-US), in UTC so
 * every viewer of a team's chart sees the same day.
 */
export function shortDate(iso: string, locale: string): string {
  return formatters(locale).utcDay(iso);
}

/** One label per pulse in the Teams locale, unique even when two pulses closed on the same day. */
export function pulseLabels(pulses: readonly TrendPulse[], locale: string): string[] {
  const day = formatters(locale).utcDay;
  const seen = new Map<string, number>();
  return pulses.map((pulse) => {
    const base = day(pulse.closedAt);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

export type ScorePoint = { pulseId: string; x: Date; mean: number; low: number; high: number };
export type WithheldPoint = { pulseId: string; title: string; x: Date; invited: number | null };

/**
 * The team-score line: released pulses only, with a gap wherever a withheld pulse sat between two
 * released ones, so the line never bridges (or dips to zero at) a pulse it may not show.
 */
export function scoreSeries(pulses: readonly TrendPulse[]): {
  points: ScorePoint[];
  gaps: { startIndex: number; endIndex: number }[];
  withheld: WithheldPoint[];
} {
  const points: ScorePoint[] = [];
  const gaps: { startIndex: number; endIndex: number }[] = [];
  const withheld: WithheldPoint[] = [];
  let gapPending = false;
  for (const pulse of pulses) {
    const x = new Date(pulse.closedAt);
    if (pulse.status === 'released') {
      if (gapPending && points.length > 0) {
        gaps.push({ startIndex: points.length - 1, endIndex: points.length });
      }
      gapPending = false;
      points.push({
        pulseId: pulse.pulseId,
        x,
        mean: pulse.mean,
        low: pulse.interval.low,
        high: pulse.interval.high,
      });
    } else {
      gapPending = true;
      withheld.push({ pulseId: pulse.pulseId, title: pulse.title, x, invited: pulse.invited });
    }
  }
  return { points, gaps, withheld };
}

/** A per-pulse value for bar charts and tables: a number, or a labelled gap. */
export type PulseBar<T> = { pulseId: string; label: string; title: string } & (
  { status: 'released'; value: T } | { status: 'not-enough-responses'; invited: number | null }
);

function perPulse<T>(
  pulses: readonly TrendPulse[],
  locale: string,
  pick: (p: Released) => T,
): PulseBar<T>[] {
  const labels = pulseLabels(pulses, locale);
  return pulses.map((pulse, i) => {
    const base = { pulseId: pulse.pulseId, label: labels[i] ?? '', title: pulse.title };
    return pulse.status === 'released'
      ? { ...base, status: 'released', value: pick(pulse) }
      : { ...base, status: 'not-enough-responses', invited: pulse.invited };
  });
}

/** Favourability per pulse; a released pulse's value is null when no statement had enough answers. */
export function favourabilityBars(pulses: readonly TrendPulse[], locale: string) {
  return perPulse(pulses, locale, (p) => p.favourability);
}

export function responseRateBars(pulses: readonly TrendPulse[], locale: string) {
  return perPulse(pulses, locale, (p) => ({ rate: p.responseRate, n: p.n, invited: p.invited }));
}

export type GridCell =
  | { status: 'released'; mean: number; band: ScoreBand }
  /** Too few answers to the statement, or held back so that one cannot be worked out. */
  | { status: 'withheld'; reason: StatementWithheldReason }
  /** The pulse did not ask this statement. */
  | { status: 'not-asked' }
  | { status: 'not-enough-responses' };
export type GridRow = { itemId: string; text: string; reversed: boolean; cells: GridCell[] };
export type ScoreBand = 'favourable' | 'neutral' | 'unfavourable';

/**
 * The band of an item's raw mean once reverse-scored items are turned round (8 − x), so the colour
 * always means the same thing: for an (R) item a low raw mean is the safe answer.
 */
export function scoreBand(rawMean: number, reversed: boolean): ScoreBand {
  const scored = reversed ? 8 - rawMean : rawMean;
  if (scored >= 5) return 'favourable';
  if (scored > 3) return 'neutral';
  return 'unfavourable';
}

/**
 * Items × pulses, in the item order of the pulses (first seen first); the cells follow the order
 * of `pulses`, so a caller that passes them newest first gets the newest column first.
 */
export function itemGrid(
  pulses: readonly TrendPulse[],
  itemText: (itemId: string) => string,
): GridRow[] {
  const rows = new Map<string, GridRow>();
  for (const pulse of pulses) {
    if (pulse.status !== 'released') continue;
    for (const item of pulse.items) {
      if (!rows.has(item.itemId)) {
        rows.set(item.itemId, {
          itemId: item.itemId,
          text: itemText(item.itemId),
          reversed: item.reversed,
          cells: [],
        });
      }
    }
  }
  for (const row of rows.values()) {
    row.cells = pulses.map((pulse): GridCell => {
      if (pulse.status !== 'released') return { status: 'not-enough-responses' };
      const item = pulse.items.find((i) => i.itemId === row.itemId);
      if (!item) return { status: 'not-asked' };
      if (item.status === 'withheld') return { status: 'withheld', reason: item.reason };
      return { status: 'released', mean: item.mean, band: scoreBand(item.mean, row.reversed) };
    });
  }
  return [...rows.values()];
}

/**
 * Shares (summing to 1) as percentages to one decimal that add up to exactly 100, by the largest
 * remainder method, so a stacked bar never pokes above the 100% line.
 */
export function percentParts(shares: readonly number[]): number[] {
  const total = shares.reduce((sum, s) => sum + s, 0);
  if (total <= 0) return shares.map(() => 0);
  const tenths = shares.map((s) => (s / total) * 1000);
  const floors = tenths.map(Math.floor);
  let missing = 1000 - floors.reduce((sum, f) => sum + f, 0);
  const byRemainder = tenths
    .map((t, i) => ({ i, remainder: t - Math.floor(t) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    missing -= 1;
  }
  return floors.map((f) => f / 10);
}

/** The pulses newest first (by closing time; ties keep their order), for tables read at 320 px. */
export function newestFirst<T extends { closedAt: string }>(pulses: readonly T[]): T[] {
  return pulses
    .map((pulse, i) => ({ pulse, i, at: Date.parse(pulse.closedAt) }))
    .sort((a, b) => b.at - a.at || b.i - a.i)
    .map(({ pulse }) => pulse);
}
