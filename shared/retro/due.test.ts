import { describe, expect, it } from 'vitest';
import { isPastDue, localToday, votesLabel } from './due.js';

describe('due dates and vote counts', () => {
  it('reads today in the local calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('calls a date before today past due, and today or later not', () => {
    expect(isPastDue('2026-12-03', '2026-12-04')).toBe(true);
    expect(isPastDue('2026-12-04', '2026-12-04')).toBe(false);
    expect(isPastDue('2027-01-01', '2026-12-04')).toBe(false);
    expect(isPastDue('not a date', '2026-12-04')).toBe(false);
  });

  it('says "1 vote" and "2 votes"', () => {
    expect(votesLabel(1)).toBe('1 vote');
    expect(votesLabel(0)).toBe('0 votes');
    expect(votesLabel(2)).toBe('2 votes');
  });
});
