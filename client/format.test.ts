import { describe, expect, it } from 'vitest';
import { formatters } from './format.js';

describe('formatters', () => {
  it('writes one day format per locale, and keeps calendar dates on their day', () => {
    const gb = formatters('en-GB');
    expect(gb.day('2026-03-12')).toBe('12 Mar 2026');
    expect(formatters('en-US').day('2026-03-12')).toBe('Mar 12, 2026');
    expect(formatters('de-DE').day('2026-03-12')).toBe('12.03.2026');
    expect(gb.utcDay('2026-03-12T23:30:00Z')).toBe('12 Mar 2026');
    expect(gb.month('2026-03-12T00:00:00Z')).toBe('Mar 2026');
  });

  it('falls back to English for a locale it does not know, and passes through bad dates', () => {
    expect(formatters('xx-nope-nope-nope').locale).toBe('en-US');
    expect(formatters('en-GB').day('not a date')).toBe('not a date');
  });

  it('formats numbers and percentages in the locale', () => {
    expect(formatters('de-DE').number(5.0625, 1)).toBe('5,1');
    expect(formatters('en-GB').percent(0.684)).toBe('68%');
  });
});
