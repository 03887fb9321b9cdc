import { describe, expect, it } from 'vitest';
import type { Trends } from '../../shared/trends/api.js';
import { csvCell, trendsCsv } from './csv.js';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });
  it('defuses formulas in text, but not numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(null)).toBe('');
  });
});

describe('trendsCsv', () => {
  const trends: Trends = {
    range: 'all',
    role: 'owner',
    generatedAt: '2026-03-01T00:00:00.000Z',
    changes: [],
    retroHealth: null,
    pulses: [
      {
        status: 'not-enough-responses',
        pulseId: 'p1',
        title: '=cmd, small week',
        closedAt: '2026-01-05T09:00:00.000Z',
        itemSetId: 'edmondson-1999-7',
        shared: false,
        invited: 12,
      },
    ],
  };
  it('carries no number on a below-threshold row', () => {
    const rows = trendsCsv(trends).split('\r\n');
    expect(rows[1]).toBe(`"'=cmd, small week",2026-01-05,not enough responses`);
    expect(rows[1]).not.toContain('12');
  });
});
