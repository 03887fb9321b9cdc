import { fpc, tCritical95, type Interval } from '../pulse/stats.js';

/** A team mean and its spread, rebuilt from SQL aggregates instead of the values themselves. */
export type Moments = Interval & { mean: number; variance: number };

/**
 * The 95% t-interval with the finite-population correction from n, Σx and Σx² — the same
 * interval `tInterval95` gives on the values, without loading them. Null below two values.
 */
export function intervalFromMoments(
  n: number,
  sum: number,
  sumSq: number,
  N?: number | null,
): Moments | null {
  if (n < 2) return null;
  const mean = sum / n;
  // Σx² − (Σx)²/n can dip just below 0 in floating point when every value is the same.
  const variance = Math.max(0, (sumSq - (sum * sum) / n) / (n - 1));
  const halfWidth = tCritical95(n - 1) * Math.sqrt(variance / n) * fpc(N, n);
  return { mean, variance, low: mean - halfWidth, high: mean + halfWidth };
}
