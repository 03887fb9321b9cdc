import { describe, expect, it } from 'vitest';
import { resultsResponseSchema } from './api.js';
import { pulseChange } from './change.js';
import { scoreAnswers } from './scoring.js';
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
  // k = 4, so e2 and e5 (4 answers each) are released too; k = 5 is in 'per-statement threshold'.
  const results = released(computeResults(input([...counted, uncounted], { k: 4 })));

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
    expect(results.favourability?.favourable).toBeCloseTo(27 / 33, 12);
    expect(results.favourability?.neutral).toBeCloseTo(5 / 33, 12);
    expect(results.favourability?.unfavourable).toBeCloseTo(1 / 33, 12);
  });

  it('gives raw item means with the reversed flag, and favourability as scored', () => {
    const byId = Object.fromEntries(
      results.items.flatMap((item) => (item.status === 'released' ? [[item.itemId, item]] : [])),
    );
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
    expect(results.items[2]).toEqual({
      itemId: 'e3',
      text: expect.any(String),
      reversed: true,
      status: 'withheld',
      reason: 'few-answers',
    });
    expect(results.items[1]).toMatchObject({ status: 'released', mean: 4 });
  });

  it('never releases on fewer than 3 responses, whatever k says', () => {
    expect(computeResults(input(counted.slice(0, 2), { k: 2 })).status).toBe(
      'not-enough-responses',
    );
    expect(computeResults(input(counted.slice(0, 3), { k: 2 })).status).toBe('released');
  });
});

describe('per-statement threshold', () => {
  // k = 5: e2 and e5 have 4 answers each (P4 skipped both), the other statements 5.
  const results = released(computeResults(input([...counted, uncounted])));
  const byId = Object.fromEntries(results.items.map((item) => [item.itemId, item]));

  it('withholds a statement fewer than k counted people answered, with no number at all', () => {
    for (const id of ['e2', 'e5']) {
      expect(byId[id]).toEqual({
        itemId: id,
        text: expect.any(String),
        reversed: id === 'e5',
        status: 'withheld',
        reason: 'few-answers',
      });
      expect(Object.values(byId[id] ?? {}).filter((v) => typeof v === 'number')).toEqual([]);
    }
    expect(resultsResponseSchema.parse(results)).toEqual(results);
  });

  it('still shows the statements k people answered', () => {
    expect(byId.e1).toMatchObject({ status: 'released', mean: 3.2 });
    expect(byId.e4).toMatchObject({ status: 'released' });
    expect(results.items.filter((i) => i.status === 'released')).toHaveLength(5);
  });

  it('counts overall favourability over the released statements only, so nothing subtracts', () => {
    // e1, e3, e4, e6, e7 scored: P1 [1,4,4,4,4], P2–P5 all ≥ 5 → 20 favourable, 4 neutral, 1
    // unfavourable of 25. With e2 and e5 in, it would be 27/33, 5/33, 1/33 (see above).
    expect(results.favourability?.favourable).toBeCloseTo(20 / 25, 12);
    expect(results.favourability?.neutral).toBeCloseTo(4 / 25, 12);
    expect(results.favourability?.unfavourable).toBeCloseTo(1 / 25, 12);
  });

  it('leaves the team score alone: a mean of person means over every answered item', () => {
    expect(results.mean).toBeCloseTo(5.4, 12);
    expect(results.n).toBe(5);
  });

  it('withholds a second statement when everyone answered the same number of items', () => {
    // Six people each answer 6 of 7: e1 is skipped twice (4 answers < 5), e2–e5 once each.
    const skips = [0, 0, 1, 2, 3, 4];
    const rows: ResponseRow[] = skips.map((skip, p) => ({
      answers: [1, 2, 3, 4, 5, 6, 7].map((_, i) => (i === skip ? null : ((p + i) % 7) + 1)),
      comment: null,
    }));
    const uniform = released(computeResults(input(rows)));
    expect(uniform.items.map((i) => (i.status === 'withheld' ? i.reason : i.status))).toEqual([
      'few-answers',
      'protects-another',
      'released',
      'released',
      'released',
      'released',
      'released',
    ]);
    // Why: with 6 answers each, mean × 6 × n is the sum of every answer, so without the second
    // statement the withheld sum would be that minus the released statements' sums.
    const scoredTotal = rows
      .flatMap((r) => scoreAnswers(r.answers))
      .reduce<number>((sum, v) => sum + (v ?? 0), 0);
    expect(uniform.mean * 6 * rows.length).toBeCloseTo(scoredTotal, 9);
  });

  it('gives no overall favourability when no statement is released', () => {
    // Five people, each skipping 2 items so that every item has 3 or 4 answers (k = 5).
    const skipPairs = [
      [0, 1],
      [2, 3],
      [4, 5],
      [6, 0],
      [1, 2],
    ];
    const rows: ResponseRow[] = skipPairs.map((pair) => ({
      answers: [4, 4, 4, 4, 4, 4, 4].map((v, i) => (pair.includes(i) ? null : v)),
      comment: null,
    }));
    const none = released(computeResults(input(rows)));
    expect(none.items.every((i) => i.status === 'withheld')).toBe(true);
    expect(none.favourability).toBeNull();
    expect(none.mean).toBe(4);
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
