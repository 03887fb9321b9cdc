import { describe, expect, it } from 'vitest';
import { resultsResponseSchema } from './api.js';
import { pulseChange } from './change.js';
import {
  computeResults,
  summaryForChange,
  type ResponseRow,
  type ResultsInput,
} from './results.js';

// Items 1, 3 and 5 are reverse-scored (8 − x).
// P1 raw [7,7,4,4,4,4,4] → scored [1,7,4,4,4,4,4] = 28/7 = 4
// P2 raw [3,5,3,5,3,5,5] → scored all 5 = 5
// P3 raw [2,6,2,6,2,6,6] → scored all 6 = 6
// P4 raw [3,–,3,5,–,5,5] → scored [5,5,5,5,5] = 5 (5 of 7 answered: counts)
// P5 raw [1,7,1,7,1,7,7] → scored all 7 = 7
// Person scores [4,5,6,5,7]: team mean 27/5 = 5.4, s² = 1.3 (see stats.test.ts).
const counted: ResponseRow[] = [
  { answers: [7, 7, 4, 4, 4, 4, 4], comment: null },
  { answers: [3, 5, 3, 5, 3, 5, 5], comment: null },
  { answers: [2, 6, 2, 6, 2, 6, 6], comment: null },
  { answers: [3, null, 3, 5, null, 5, 5], comment: null },
  { answers: [1, 7, 1, 7, 1, 7, 7], comment: null },
];
// Only 4 answered: it must not move any number.
const uncounted: ResponseRow = { answers: [1, 1, 1, 1, null, null, null], comment: 'Not counted' };

function input(responses: ResponseRow[], over: Partial<ResultsInput> = {}): ResultsInput {
  return {
    pulseId: 'pulse-a',
    title: 'Team pulse',
    closedAt: '2025-03-01T09:00:00.000Z',
    shared: false,
    responses,
    k: 5,
    invited: 10,
    includeComments: true,
    ...over,
  };
}

function released(results: ReturnType<typeof computeResults>) {
  if (results.status !== 'released') throw new Error(`expected released, got ${results.status}`);
  return results;
}

describe('computeResults when released', () => {
  const results = released(computeResults(input([...counted, uncounted])));

  it('matches the contract', () => {
    expect(resultsResponseSchema.parse(results)).toEqual(results);
  });

  it('counts only countable responses and gives the response rate n/N', () => {
    expect(results.n).toBe(5);
    expect(results.invited).toBe(10);
    expect(results.responseRate).toBe(0.5);
  });

  it('gives the team mean of person scores, on 1–7 and 0–100', () => {
    expect(results.mean).toBeCloseTo(5.4, 12);
    // (5.4 − 1) / 6 × 100 = 73.333…
    expect(results.score100).toBeCloseTo(73.333333, 5);
  });

  it('gives the 95% interval with the finite-population correction for N = 10', () => {
    // 5.4 ± 2.776445 × √(1.3/5) × √(5/9) = 5.4 ± 1.055211
    expect(results.interval.low).toBeCloseTo(4.344789, 6);
    expect(results.interval.high).toBeCloseTo(6.455211, 6);
  });

  it('splits favourability over all scored item answers', () => {
    // 33 scored answers: P1 has one 1 (unfavourable), one 7 and five 4s (neutral);
    // P2–P5 give 7 + 7 + 5 + 7 = 26 favourable. So 27/33, 5/33, 1/33.
    expect(results.favourability.favourable).toBeCloseTo(27 / 33, 12);
    expect(results.favourability.neutral).toBeCloseTo(5 / 33, 12);
    expect(results.favourability.unfavourable).toBeCloseTo(1 / 33, 12);
  });

  it('gives raw item means with the reversed flag, and favourability as scored', () => {
    const byId = Object.fromEntries(results.items.map((item) => [item.itemId, item]));
    // e1 (R): raw [7,3,2,3,1] = 16/5 = 3.2; scored [1,5,6,5,7] → 1/5 unfavourable, 4/5 favourable
    expect(byId.e1).toMatchObject({ reversed: true, mean: 3.2 });
    expect(byId.e1?.favourability).toEqual({ favourable: 0.8, neutral: 0, unfavourable: 0.2 });
    // e2: raw [7,5,6,–,7] = 25/4 = 6.25, all favourable
    expect(byId.e2).toMatchObject({ reversed: false, mean: 6.25 });
    expect(byId.e2?.favourability).toEqual({ favourable: 1, neutral: 0, unfavourable: 0 });
    // e5 (R): raw [4,3,2,–,1] = 10/4 = 2.5; scored [4,5,6,7] → 1/4 neutral, 3/4 favourable
    expect(byId.e5).toMatchObject({ reversed: true, mean: 2.5 });
    expect(byId.e5?.favourability).toEqual({ favourable: 0.75, neutral: 0.25, unfavourable: 0 });
    // e4: raw [4,5,6,5,7] = 27/5 = 5.4
    expect(byId.e4?.mean).toBeCloseTo(5.4, 12);
    expect(results.items.map((item) => item.itemId)).toEqual([
      'e1',
      'e2',
      'e3',
      'e4',
      'e5',
      'e6',
      'e7',
    ]);
  });

  it('has no comments below 10 responses', () => {
    expect(results.comments).toBeNull();
  });
});

describe('computeResults edge cases', () => {
  it('keeps the interval within 1–7', () => {
    // Scores [7,7,7,7,3]: mean 6.2, s² = (4 × 0.64 + 10.24) / 4 = 3.2, s/√5 = 0.8
    // N = 100: half-width = 2.221156 × 0.979590 = 2.175822 → [4.024178, 8.375822 → 7]
    const safe: ResponseRow = { answers: [1, 7, 1, 7, 1, 7, 7], comment: null };
    const unsure: ResponseRow = { answers: [5, 3, 5, 3, 5, 3, 3], comment: null };
    const results = released(
      computeResults(input([safe, safe, safe, safe, unsure], { invited: 100 })),
    );
    expect(results.mean).toBeCloseTo(6.2, 12);
    expect(results.interval.low).toBeCloseTo(4.024178, 6);
    expect(results.interval.high).toBe(7);
  });

  it('gives a zero-width interval when the whole team answered', () => {
    const results = released(computeResults(input(counted, { invited: 5 })));
    expect(results.interval).toEqual({ low: 5.4, high: 5.4 });
    expect(results.responseRate).toBe(1);
  });

  it('keeps an item that every counted person skipped, with no mean or shares', () => {
    const skipsThird: ResponseRow = { answers: [4, 4, null, 4, 4, 4, 4], comment: null };
    const results = released(computeResults(input([skipsThird, skipsThird, skipsThird], { k: 3 })));
    expect(results.items.map((item) => item.itemId)).toEqual([
      'e1',
      'e2',
      'e3',
      'e4',
      'e5',
      'e6',
      'e7',
    ]);
    expect(results.items[2]).toMatchObject({ itemId: 'e3', mean: null, favourability: null });
    expect(results.items[1]?.mean).toBe(4);
  });

  it('never releases on fewer than 3 responses, whatever k says', () => {
    expect(computeResults(input(counted.slice(0, 2), { k: 2 })).status).toBe(
      'not-enough-responses',
    );
    expect(computeResults(input(counted.slice(0, 3), { k: 2 })).status).toBe('released');
  });
});

describe('computeResults below k', () => {
  // 4 countable and 2 uncountable: n = 4 < k = 5, even though 6 people answered.
  const results = computeResults(
    input([...counted.slice(0, 4), uncounted, uncounted], { invited: 12 }),
  );

  it('withholds everything but the reason and the invited count', () => {
    expect(results).toEqual({
      status: 'not-enough-responses',
      pulseId: 'pulse-a',
      invited: 12,
      message: expect.stringMatching(/^Not enough responses to protect anonymity/),
    });
    expect(resultsResponseSchema.parse(results)).toEqual(results);
  });

  it('holds no number besides the invited count', () => {
    const json = JSON.stringify(results);
    expect(json).toContain('12');
    expect(json.replace('"invited":12', '')).not.toMatch(/\d/);
  });
});

describe('comments', () => {
  // Countable responses, each with a comment, in an order that is not alphabetical.
  const texts = ['more one-to-ones', 'Clearer priorities', 'ask before deciding', '  ', null];
  const withComments = (count: number): ResponseRow[] =>
    Array.from({ length: count }, (_, i) => ({
      answers: [4, 4, 4, 4, 4, 4, 4],
      comment: texts[i % texts.length] ?? null,
    }));

  it('are hidden at 9 responses', () => {
    expect(released(computeResults(input(withComments(9)))).comments).toBeNull();
  });

  it('show at 10 responses, sorted, without blanks or uncounted responses', () => {
    const results = released(computeResults(input([...withComments(10), uncounted])));
    expect(results.comments).toEqual([
      'ask before deciding',
      'ask before deciding',
      'Clearer priorities',
      'Clearer priorities',
      'more one-to-ones',
      'more one-to-ones',
    ]);
  });

  it('never show when the view does not include them', () => {
    const results = released(computeResults(input(withComments(12), { includeComments: false })));
    expect(results.comments).toBeNull();
  });
});

describe('summaryForChange', () => {
  it('summarises a released pulse for pulseChange', () => {
    const summary = summaryForChange({ responses: [...counted, uncounted], k: 5, invited: 10 });
    expect(summary).toMatchObject({ released: true, itemSetId: 'edmondson-1999-7', n: 5, N: 10 });
    if (!summary.released) throw new Error('expected released');
    expect(summary.mean).toBeCloseTo(5.4, 12);
    expect(summary.variance).toBeCloseTo(1.3, 12);
  });

  it('carries no numbers below k', () => {
    expect(summaryForChange({ responses: counted.slice(0, 4), k: 5, invited: 10 })).toEqual({
      released: false,
      itemSetId: 'edmondson-1999-7',
    });
  });

  it('feeds pulseChange', () => {
    const everyoneSafe: ResponseRow = { answers: [1, 7, 1, 7, 1, 7, 7], comment: null };
    const before = summaryForChange({ responses: counted, k: 5, invited: 10 });
    const after = summaryForChange({ responses: Array(5).fill(everyoneSafe), k: 5, invited: 10 });
    // 7 − 5.4 = 1.6; only the first pulse has spread: term 1.3/5 × 5/9 = 0.144444, SE 0.380058,
    // df = 4, half-width = 2.776445 × 0.380058 = 1.055211 → [0.544789, 2.655211] → up
    const change = pulseChange(before, after);
    expect(change).toMatchObject({ kind: 'change', direction: 'up' });
    if (change.kind !== 'change') throw new Error('expected a change');
    expect(change.difference).toBeCloseTo(1.6, 12);
    expect(change.interval.low).toBeCloseTo(0.544789, 6);
  });
});
