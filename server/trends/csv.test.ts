import { describe, expect, it } from 'vitest';
import type { TrendPulse, Trends } from '../../shared/trends/api.js';
import { translator } from '../i18n.js';
import { csvText, neutraliseFormula, trendsCsv } from './csv.js';

/** RFC 4180 as a spreadsheet in a locale with this separator reads it (quotes respected). */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === separator) {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += ch;
    }
  }
  return rows;
}

/** A reader that ignores quotes and splits at every separator: the worst case. */
const naiveCells = (text: string) =>
  text
    .split(/\r\n|[,;\t]/)
    .map((piece) => piece.replace(/^"/, ''))
    .filter(Boolean);

const formula = /^[=+\-@\t\r]/;

const hostile = [`safe;=cmd|' /C calc'!A0`, '=1+1', '@SUM(A1)', '-2+3', '\t=x', 'a,+b', '+1'];

function releasedPulse(title: string): TrendPulse {
  return {
    status: 'released',
    pulseId: `p-${title}`,
    title,
    closedAt: '2026-01-05T09:00:00.000Z',
    itemSetId: 'edmondson-1999-7',
    shared: false,
    n: 6,
    invited: 12,
    responseRate: 0.5,
    mean: 5.25,
    interval: { low: 4.5, high: 6 },
    score100: 70.8333,
    favourability: { favourable: 0.6, neutral: 0.2, unfavourable: 0.2 },
    items: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'].map((itemId, i) =>
      i === 3
        ? { itemId, reversed: false, status: 'withheld', reason: 'few-answers' }
        : { itemId, reversed: false, status: 'released', mean: 4 + i / 4 },
    ),
  };
}

const trendsOf = (pulses: TrendPulse[]): Trends => ({
  range: 'all',
  role: 'owner',
  generatedAt: '2026-03-01T00:00:00.000Z',
  changes: [],
  retroHealth: null,
  pulses,
});

describe('neutraliseFormula', () => {
  it('puts a quote before a formula at the start and after a separator', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('\t=x')).toBe("'\t'=x");
    expect(neutraliseFormula(`safe;=cmd|' /C calc'!A0`)).toBe(`safe;'=cmd|' /C calc'!A0`);
    expect(neutraliseFormula('a,+b')).toBe("a,'+b");
  });
  it('leaves ordinary text and our numbers alone', () => {
    expect(neutraliseFormula('Week 3, all good')).toBe('Week 3, all good');
    expect(csvText(-0.5)).toBe('-0.5');
    expect(csvText(0.123456)).toBe('0.1235');
    expect(csvText(null)).toBe('');
  });
});

describe('trendsCsv', () => {
  it('quotes every cell and ends lines with CRLF', () => {
    const csv = trendsCsv(trendsOf([releasedPulse('say "hi", team')]));
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
    expect(parseCsv(csv, ',')[1]?.[0]).toBe('say "hi", team');
  });

  it('lets no hostile title start a formula, in , or ; locales or split at any separator', () => {
    const csv = trendsCsv(trendsOf(hostile.map(releasedPulse)));
    for (const separator of [',', ';', '\t']) {
      for (const cell of parseCsv(csv, separator).flat()) expect(cell).not.toMatch(formula);
    }
    for (const cell of naiveCells(csv)) expect(cell).not.toMatch(formula);
    const titles = parseCsv(csv, ',')
      .slice(1)
      .map((row) => row[0]);
    expect(titles).toEqual([
      `safe;'=cmd|' /C calc'!A0`,
      "'=1+1",
      "'@SUM(A1)",
      "'-2+3",
      "'\t'=x",
      "a,'+b",
      "'+1",
    ]);
  });

  it('writes a withheld statement as words, and the others as numbers', () => {
    const [header, row] = parseCsv(trendsCsv(trendsOf([releasedPulse('Week 1')])), ',');
    const at = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(at('item e4 mean')).toBe('Not enough answers to this statement');
    expect(at('item e3 mean')).toBe('4.5');
    expect(at('favourable')).toBe('0.6');
  });

  it('writes headers and words in the reader’s language, and titles as written', () => {
    const trends = trendsOf([releasedPulse('Woche 1')]);
    const [deHeader, deRow] = parseCsv(trendsCsv(trends, translator('de')), ',');
    expect(deHeader?.slice(0, 3)).toEqual(['Pulsbefragung', 'beendet', 'Status']);
    expect(deHeader).toContain('Aussage e4 Mittelwert');
    expect(deRow?.[0]).toBe('Woche 1');
    expect(deRow?.[2]).toBe('freigegeben');
    expect(deRow).toContain('Nicht genug Antworten zu dieser Aussage');
    const [jaHeader] = parseCsv(trendsCsv(trends, translator('ja')), ',');
    expect(jaHeader?.slice(0, 3)).toEqual(['パルス調査', '終了日', '状態']);
    expect(trendsCsv(trends, translator('en'))).toBe(trendsCsv(trends));
  });

  it('carries no number on a below-threshold row', () => {
    const rows = trendsCsv(
      trendsOf([
        {
          status: 'not-enough-responses',
          pulseId: 'p1',
          title: '=cmd, small week',
          closedAt: '2026-01-05T09:00:00.000Z',
          itemSetId: 'edmondson-1999-7',
          shared: false,
          invited: 12,
        },
      ]),
    ).split('\r\n');
    expect(rows[1]).toBe(`"'=cmd, small week","2026-01-05","not enough responses"`);
    expect(rows[1]).not.toContain('12');
  });
});
