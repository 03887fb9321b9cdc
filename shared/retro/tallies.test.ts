import { describe, expect, it } from 'vitest';
import { needsSafetyPrompt, tally } from './tallies.js';

describe('tally', () => {
  it('shows only the count below three answers', () => {
    expect(tally([])).toEqual({ answered: 0, distribution: null, median: null, mean: null });
    expect(tally([1, 1])).toEqual({ answered: 2, distribution: null, median: null, mean: null });
  });

  it('shows the distribution, median and mean from three answers', () => {
    expect(tally([5, 1, 3])).toEqual({
      answered: 3,
      distribution: [1, 0, 1, 0, 1],
      median: 3,
      mean: 3,
    });
  });

  it('takes the mean of the two middle values for an even count', () => {
    const t = tally([4, 1, 2, 5]);
    expect(t.median).toBe(3);
    expect(t.mean).toBe(3);
    expect(tally([2, 2, 3, 5]).median).toBe(2.5);
    expect(tally([1, 2, 2, 5, 5]).median).toBe(2);
  });

  it('ignores values outside 1 to 5', () => {
    expect(tally([0, 6, 2.5, 3, 3])).toEqual({
      answered: 2,
      distribution: null,
      median: null,
      mean: null,
    });
  });
});

describe('needsSafetyPrompt', () => {
  it('prompts when the shown median is 2 or lower', () => {
    expect(needsSafetyPrompt(tally([1, 2, 2]))).toBe(true);
    expect(needsSafetyPrompt(tally([1, 2, 2, 3]))).toBe(true);
    // Median 2.5 is above 2.
    expect(needsSafetyPrompt(tally([1, 2, 3, 3]))).toBe(false);
    expect(needsSafetyPrompt(tally([2, 3, 3]))).toBe(false);
    expect(needsSafetyPrompt(tally([2, 3, 2, 3]))).toBe(false);
  });

  it('never prompts below the threshold, so two answers cannot be inferred', () => {
    expect(needsSafetyPrompt(tally([1, 1]))).toBe(false);
  });
});
