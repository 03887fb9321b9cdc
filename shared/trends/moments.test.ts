import { describe, expect, it } from 'vitest';
import { sampleVariance, tInterval95 } from '../pulse/stats.js';
import { intervalFromMoments } from './moments.js';

const moments = (values: number[]) => ({
  n: values.length,
  sum: values.reduce((s, v) => s + v, 0),
  sumSq: values.reduce((s, v) => s + v * v, 0),
});

describe('intervalFromMoments', () => {
  const cases: [string, number[], number | null][] = [
    ['small team with correction', [4.2, 5.6, 3.8, 6.0, 5.4], 8],
    ['no team size', [1, 7, 4, 5.5, 2.25, 6.8], null],
    ['everyone answered', [5, 6, 4], 3],
    ['larger sample', Array.from({ length: 700 }, (_, i) => 1 + ((i * 37) % 61) / 10), 1000],
  ];

  it.each(cases)('equals tInterval95 on the values (%s)', (_name, values, N) => {
    const { n, sum, sumSq } = moments(values);
    const expected = tInterval95(values, N);
    const actual = intervalFromMoments(n, sum, sumSq, N);
    expect(expected).not.toBeNull();
    expect(actual?.mean).toBeCloseTo(expected?.mean ?? NaN, 10);
    expect(actual?.low).toBeCloseTo(expected?.low ?? NaN, 9);
    expect(actual?.high).toBeCloseTo(expected?.high ?? NaN, 9);
    expect(actual?.variance).toBeCloseTo(sampleVariance(values), 9);
  });

  it('has no interval below two values', () => {
    expect(intervalFromMoments(1, 5, 25, 10)).toBeNull();
    expect(intervalFromMoments(0, 0, 0, 10)).toBeNull();
  });

  it('never reports a negative variance when every value is the same', () => {
    const values = Array.from({ length: 9 }, () => 4.333333333333333);
    const { n, sum, sumSq } = moments(values);
    const result = intervalFromMoments(n, sum, sumSq, 20);
    expect(result?.variance).toBeGreaterThanOrEqual(0);
    expect(result?.high).toBeCloseTo(4.333333333333333, 6);
  });
});
