import { describe, expect, it } from 'vitest';
import { releasedFavourability, statementReleases } from './suppression.js';

const reasons = (answered: number[], sameAnsweredCount: boolean, k = 5) =>
  statementReleases({ k, answered, sameAnsweredCount }).map((r) =>
    r.status === 'withheld' ? r.reason : r.status,
  );

describe('statementReleases', () => {
  it('releases a statement from k answers and withholds it at k − 1', () => {
    expect(reasons([5, 4, 6, 6, 6, 6, 6], false)).toEqual([
      'released',
      'few-answers',
      'released',
      'released',
      'released',
      'released',
      'released',
    ]);
  });

  it('never takes k below 3', () => {
    expect(reasons([2, 3, 3, 3, 3, 3, 3], false, 1)[0]).toBe('few-answers');
    expect(reasons([2, 3, 3, 3, 3, 3, 3], false, 1)[1]).toBe('released');
  });

  it('withholds the released statement with the fewest answers when answer counts are all equal', () => {
    expect(reasons([6, 4, 5, 6, 5, 6, 6], true)).toEqual([
      'released',
      'few-answers',
      'protects-another',
      'released',
      'released',
      'released',
      'released',
    ]);
  });

  it('adds nothing when nothing is withheld, or when counts differ', () => {
    expect(reasons([6, 6, 6, 6, 6, 6, 6], true).every((r) => r === 'released')).toBe(true);
    expect(reasons([6, 4, 5, 6, 5, 6, 6], false).filter((r) => r !== 'released')).toEqual([
      'few-answers',
    ]);
  });
});

describe('releasedFavourability', () => {
  const bands = [
    { favourable: 3, neutral: 1, unfavourable: 1 },
    { favourable: 0, neutral: 0, unfavourable: 4 },
    { favourable: 5, neutral: 0, unfavourable: 0 },
  ];

  it('pools only the released statements', () => {
    const releases = statementReleases({ k: 5, answered: [5, 4, 5], sameAnsweredCount: false });
    // 8 favourable, 1 neutral, 1 unfavourable of 10; the withheld 4 unfavourable are not in it.
    expect(releasedFavourability(bands, releases)).toEqual({
      favourable: 0.8,
      neutral: 0.1,
      unfavourable: 0.1,
    });
  });

  it('is null when nothing is released', () => {
    const releases = statementReleases({ k: 5, answered: [4, 4, 4], sameAnsweredCount: false });
    expect(releasedFavourability(bands, releases)).toBeNull();
  });
});
