import { describe, expect, it } from 'vitest';
import { edmondsonItems } from './items.js';
import {
  answeredCount,
  favourabilityOf,
  favourabilityShares,
  isCountable,
  personScore,
  scoreAnswers,
  scoreItem,
} from './scoring.js';

const [e1, e2] = edmondsonItems;

describe('scoreItem', () => {
  it('reverses R items as 8 − x and keeps the others', () => {
    if (!e1 || !e2) throw new Error('The Edmondson items are missing.');
    expect(e1.reversed).toBe(true);
    expect(scoreItem(2, e1)).toBe(6);
    expect(scoreItem(7, e1)).toBe(1);
    expect(scoreItem(4, e1)).toBe(4);
    expect(e2.reversed).toBe(false);
    expect(scoreItem(2, e2)).toBe(2);
  });

  it('refuses answers off the 1–7 scale', () => {
    if (!e2) throw new Error('The Edmondson items are missing.');
    expect(() => scoreItem(0, e2)).toThrow(/1–7/);
    expect(() => scoreItem(8, e2)).toThrow(/1–7/);
    expect(() => scoreItem(4.5, e2)).toThrow(/1–7/);
  });
});

describe('scoreAnswers', () => {
  it('reverses items 1, 3 and 5 and keeps skips', () => {
    expect(scoreAnswers([1, 1, 2, 2, 3, null, 7])).toEqual([7, 1, 6, 2, 5, null, 7]);
  });

  it('needs one answer per item', () => {
    expect(() => scoreAnswers([4, 4, 4])).toThrow(/Expected 7 answers/);
  });
});

describe('personScore and the 5-of-7 rule', () => {
  it('is the mean of all seven scored answers', () => {
    // raw [2, 6, 1, 5, 3, 6, 7] → scored [6, 6, 7, 5, 5, 6, 7]; 42 / 7 = 6
    expect(personScore([2, 6, 1, 5, 3, 6, 7])).toBe(6);
  });

  it('counts with 5 answered items', () => {
    // raw [2, –, 1, –, 3, 6, 7] → scored [6, 7, 5, 6, 7]; 31 / 5 = 6.2
    const answers = [2, null, 1, null, 3, 6, 7];
    expect(answeredCount(answers)).toBe(5);
    expect(isCountable(answers)).toBe(true);
    expect(personScore(answers)).toBeCloseTo(6.2, 12);
  });

  it('is null with only 4 answered items', () => {
    const answers = [2, null, 1, null, null, 6, 7];
    expect(answeredCount(answers)).toBe(4);
    expect(isCountable(answers)).toBe(false);
    expect(personScore(answers)).toBeNull();
  });

  it('gives a low score to someone who strongly agrees with every item', () => {
    // Agreeing with the R items is unsafe: scored [1, 7, 1, 7, 1, 7, 7]; 31 / 7 = 4.428571…
    expect(personScore([7, 7, 7, 7, 7, 7, 7])).toBeCloseTo(31 / 7, 12);
  });
});

describe('favourability', () => {
  it('bands scored values: 5–7 favourable, 4 neutral, 1–3 unfavourable', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(favourabilityOf)).toEqual([
      'unfavourable',
      'unfavourable',
      'unfavourable',
      'neutral',
      'favourable',
      'favourable',
      'favourable',
    ]);
  });

  it('splits values into shares', () => {
    // [1, 3, 4, 5, 5, 6, 7, 7]: unfavourable 2/8, neutral 1/8, favourable 5/8
    expect(favourabilityShares([1, 3, 4, 5, 5, 6, 7, 7])).toEqual({
      favourable: 0.625,
      neutral: 0.125,
      unfavourable: 0.25,
    });
  });

  it('is all zeros with no values', () => {
    expect(favourabilityShares([])).toEqual({ favourable: 0, neutral: 0, unfavourable: 0 });
  });
});
