import { describe, expect, it } from 'vitest';
import { fpc, mean, sampleVariance, tCritical95, tInterval95, to100 } from './stats.js';

// Person scores used throughout: [4, 5, 6, 5, 7].
// mean = 27 / 5 = 5.4
// deviations −1.4, −0.4, 0.6, −0.4, 1.6 → squares 1.96 + 0.16 + 0.36 + 0.16 + 2.56 = 5.2
// s² = 5.2 / 4 = 1.3, s = 1.140175…, s / √5 = 0.509902…
// t(0.975, 4) = 2.776445… (from any t table)
const scores = [4, 5, 6, 5, 7];

describe('mean and sampleVariance', () => {
  it('computes the mean and the n − 1 variance by hand', () => {
    expect(mean(scores)).toBeCloseTo(5.4, 12);
    expect(sampleVariance(scores)).toBeCloseTo(1.3, 12);
    expect(sampleVariance([2, 2, 2])).toBe(0);
  });

  it('refuses too few values instead of returning NaN', () => {
    expect(() => mean([])).toThrow(/at least one value/);
    expect(() => sampleVariance([3])).toThrow(/at least two values/);
  });
});

describe('fpc', () => {
  it('is √((N − n) / (N − 1))', () => {
    // N = 10, n = 5: √(5 / 9) = 0.745356…
    expect(fpc(10, 5)).toBeCloseTo(0.745356, 6);
    // N = 20, n = 5: √(15 / 19) = 0.888523…
    expect(fpc(20, 5)).toBeCloseTo(0.888523, 6);
  });

  it('is 1 when N is unknown or too small, and 0 when everyone answered', () => {
    expect(fpc(null, 5)).toBe(1);
    expect(fpc(undefined, 5)).toBe(1);
    expect(fpc(Number.POSITIVE_INFINITY, 5)).toBe(1);
    expect(fpc(1, 1)).toBe(1);
    expect(fpc(7, 7)).toBe(0);
  });

  it('makes no correction when more answered than the team now has', () => {
    expect(fpc(5, 6)).toBe(1);
  });
});

describe('tCritical95', () => {
  it('matches the t table', () => {
    expect(tCritical95(4)).toBeCloseTo(2.776445, 6);
    expect(tCritical95(8)).toBeCloseTo(2.306004, 6);
    expect(tCritical95(29)).toBeCloseTo(2.04523, 5);
  });
});

describe('tInterval95', () => {
  it('without the finite-population correction (N unknown)', () => {
    // half-width = 2.776445 × 0.509902 = 1.415715 → [3.984285, 6.815715]
    const interval = tInterval95(scores, null);
    expect(interval?.mean).toBeCloseTo(5.4, 12);
    expect(interval?.low).toBeCloseTo(3.984285, 6);
    expect(interval?.high).toBeCloseTo(6.815715, 6);
    expect(tInterval95(scores)).toEqual(interval);
  });

  it('with the finite-population correction (N = 10)', () => {
    // half-width = 1.415715 × √(5 / 9) = 1.415715 × 0.745356 = 1.055211 → [4.344789, 6.455211]
    const interval = tInterval95(scores, 10);
    expect(interval?.low).toBeCloseTo(4.344789, 6);
    expect(interval?.high).toBeCloseTo(6.455211, 6);
  });

  it('has zero width when the whole team answered (n = N)', () => {
    expect(tInterval95(scores, 5)).toEqual({ mean: 5.4, low: 5.4, high: 5.4 });
  });

  it('is null below two values', () => {
    expect(tInterval95([5], 10)).toBeNull();
    expect(tInterval95([], 10)).toBeNull();
  });
});

describe('to100', () => {
  it('maps 1–7 onto 0–100', () => {
    expect(to100(1)).toBe(0);
    // (4 − 1) / 6 × 100 = 50
    expect(to100(4)).toBe(50);
    expect(to100(7)).toBe(100);
    // (5.4 − 1) / 6 × 100 = 73.333…
    expect(to100(5.4)).toBeCloseTo(73.333333, 5);
  });
});
