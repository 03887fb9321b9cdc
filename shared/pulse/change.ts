import { fpc, tCritical95, type Interval } from './stats.js';

/**
 * What a change between two pulses needs from each one. A pulse below its threshold carries no
 * numbers at all, so a summary can never leak what the results page withholds.
 */
export type ChangeSummary =
  | {
      released: true;
      itemSetId: string;
      /** Counted responses. */
      n: number;
      /** Team mean of person scores, 1–7. */
      mean: number;
      /** Sample variance (n − 1) of person scores. */
      variance: number;
      /** Team size from Graph at close; null when unknown (no correction). */
      N: number | null;
    }
  | { released: false; itemSetId: string };

export type ChangeDirection = 'up' | 'down' | 'no-clear-change';

export type PulseChange =
  | { kind: 'suppressed'; reason: 'below-threshold' | 'items-differ' }
  | {
      kind: 'change';
      /** Later minus earlier, in 1–7 points. */
      difference: number;
      /** 95% interval of the difference, 1–7 points. */
      interval: Interval;
      direction: ChangeDirection;
    };

// Means are averages of whole answers, so a smaller gap is floating-point noise, not a change.
const noise = 1e-9;

/**
 * The change from pulse `a` to the later pulse `b`: b − a with a 95% Welch interval, where each
 * variance term s²/n carries its own finite-population correction (N − n)/(N − 1) and the degrees
 * of freedom follow Welch–Satterthwaite. "up" or "down" only when the interval excludes 0.
 * Suppressed when either pulse is below threshold or the item sets differ.
 */
export function pulseChange(a: ChangeSummary, b: ChangeSummary): PulseChange {
  if (!a.released || !b.released || a.n < 2 || b.n < 2) {
    return { kind: 'suppressed', reason: 'below-threshold' };
  }
  if (a.itemSetId !== b.itemSetId) return { kind: 'suppressed', reason: 'items-differ' };

  const termA = (a.variance / a.n) * fpc(a.N, a.n) ** 2;
  const termB = (b.variance / b.n) * fpc(b.N, b.n) ** 2;
  const difference = b.mean - a.mean;
  const standardError = Math.sqrt(termA + termB);
  // With no sampling error left (both teams answered in full, or no spread) the difference is exact.
  const halfWidth =
    standardError === 0
      ? 0
      : tCritical95((termA + termB) ** 2 / (termA ** 2 / (a.n - 1) + termB ** 2 / (b.n - 1))) *
        standardError;
  const interval = { low: difference - halfWidth, high: difference + halfWidth };
  const direction: ChangeDirection =
    interval.low > noise ? 'up' : interval.high < -noise ? 'down' : 'no-clear-change';
  return { kind: 'change', difference, interval, direction };
}
