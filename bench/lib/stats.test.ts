import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarise } from './stats.js';

describe('percentile', () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);

  it('uses the nearest rank', () => {
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7, 9], 50)).toBe(7);
  });

  it('clamps p0 to the smallest value and is NaN for no values', () => {
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarise', () => {
  it('sorts unsorted input before ranking', () => {
    const summary = summarise([30, 10, 20, 40]);
    expect(summary).toEqual({ count: 4, p50: 20, p95: 40, p99: 40, max: 40, mean: 25 });
  });
});

describe('ratio', () => {
  it('rounds to two places and refuses a zero baseline', () => {
    expect(ratio(142.7, 103.4)).toBe(1.38);
    expect(ratio(5, 0)).toBeNaN();
  });
});
