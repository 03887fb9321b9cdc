import { describe, expect, it } from 'vitest';
import { nextWindow, nthOpening, reminderAt } from './recurrence.js';

const d = (iso: string) => new Date(iso);
const day = 24 * 3_600_000;

describe('pulse recurrence', () => {
  it('adds 7 and 14 days', () => {
    const first = d('2031-01-06T09:00:00.000Z');
    expect(nthOpening(first, 'weekly', 1).toISOString()).toBe('2031-01-13T09:00:00.000Z');
    expect(nthOpening(first, 'biweekly', 2).toISOString()).toBe('2031-02-03T09:00:00.000Z');
  });

  it('adds calendar months from the first opening, clamping to the month end without drift', () => {
    const first = d('2031-01-31T09:00:00.000Z');
    expect(nthOpening(first, 'monthly', 1).toISOString()).toBe('2031-02-28T09:00:00.000Z');
    expect(nthOpening(first, 'monthly', 2).toISOString()).toBe('2031-03-31T09:00:00.000Z');
    expect(nthOpening(first, 'monthly', 13).toISOString()).toBe('2032-02-29T09:00:00.000Z');
  });

  it('keeps the duration and skips openings that would already be over', () => {
    const series = {
      recurrence: 'weekly' as const,
      firstOpensAt: d('2031-01-06T09:00:00.000Z'),
      firstClosesAt: d('2031-01-09T09:00:00.000Z'),
    };
    const next = nextWindow(series, series.firstOpensAt, d('2031-01-09T09:00:01.000Z'));
    expect(next).toEqual({
      opensAt: d('2031-01-13T09:00:00.000Z'),
      closesAt: d('2031-01-16T09:00:00.000Z'),
    });
    // Down for three weeks: Jan 27 would close Jan 30 09:00, already past, so Feb 3 is next.
    const late = nextWindow(series, series.firstOpensAt, d('2031-01-30T12:00:00.000Z'));
    expect(late.opensAt.toISOString()).toBe('2031-02-03T09:00:00.000Z');
  });

  it('reminds 24 h before closing, and not at all for a pulse of a day or less', () => {
    const opensAt = d('2031-01-06T09:00:00.000Z');
    const closesAt = new Date(opensAt.getTime() + 3 * day);
    expect(reminderAt({ opensAt, closesAt })?.toISOString()).toBe('2031-01-08T09:00:00.000Z');
    expect(reminderAt({ opensAt, closesAt: new Date(opensAt.getTime() + day) })).toBeNull();
  });
});
