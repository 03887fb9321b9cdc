import { describe, expect, it } from 'vitest';
import { isPastDue, localToday } from './due.js';

describe('due dates', () => {
  it('reads today in the local calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('calls a date before today past due, and today or later not', () => {
    expect(isPastDue('2026-12-03', '2026-12-04')).toBe(true);
    expect(isPastDue('2026-12-04', '2026-12-04')).toBe(false);
    expect(isPastDue('2027-01-01', '2026-12-04')).toBe(false);
    expect(isPastDue('not a date', '2026-12-04')).toBe(false);
  });
});
