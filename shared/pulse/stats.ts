import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** A confidence interval on the same scale as the values it describes. */
export type Interval = { low: number; high: number };

/** The arithmetic mean. Throws for no values: check there is at least one value first. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) {
    throw new RangeError('mean() needs at least one value. Check the count before calling it.');
  }
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The sample variance (divides by n − 1). Throws below two values: check n ≥ 2 first. */
export function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) {
    throw new RangeError(
      'sampleVariance() needs at least two values. Check the count before calling it.',
    );
  }
  const m = mean(values);
  const squares = values.reduce((sum, value) => sum + (value - m) ** 2, 0);
  return squares / (values.length - 1);
}

/**
 * The finite-population correction √((N − n) / (N − 1)) for a sample of n from a team of N.
 * It is 1 (no correction) when N is unknown, not finite or ≤ 1, and 0 when everyone answered.
 * When n > N (people left the team after answering) N is not a valid population size, so it
 * makes no correction rather than claim certainty it does not have.
 */
export function fpc(N: number | null | undefined, n: number): number {
  if (N === null || N === undefined || !Number.isFinite(N) || N <= 1) return 1;
  if (n === N) return 0;
  if (n > N) return 1;
  return Math.sqrt((N - n) / (N - 1));
}

/** The two-sided 95% critical value of Student's t with `df` degrees of freedom (df may be fractional). */
export function tCritical95(df: number): number {
  return tQuantile(0.975, df);
}

/**
 * The 95% t-interval for the mean of `values`: mean ± t(0.975, n − 1) × s / √n × fpc(N, n).
 * Null below two values, where no interval can be estimated.
 */
export function tInterval95(
  values: readonly number[],
  N?: number | null,
): (Interval & { mean: number }) | null {
  const n = values.length;
  if (n < 2) return null;
  const m = mean(values);
  const standardError = Math.sqrt(sampleVariance(values) / n) * fpc(N, n);
  const halfWidth = tCritical95(n - 1) * standardError;
  return { mean: m, low: m - halfWidth, high: m + halfWidth };
}

/** A 1–7 score on the 0–100 scale: (m − 1) / 6 × 100. */
export function to100(m: number): number {
  return ((m - 1) / 6) * 100;
}

/** A statement's raw mean (1–7) on 0–100 as scored: reverse-scored statements count 8 − x. */
export function scoredItem100(mean: number, reversed: boolean): number {
  return to100(reversed ? 8 - mean : mean);
}
