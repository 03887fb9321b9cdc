import { stringify } from 'csv-stringify/sync';
import { withheldStatementText } from '../../shared/pulse/suppression.js';
import type { RetroHealth, Trends } from '../../shared/trends/api.js';

type Cell = string | number | null;

/** What a spreadsheet may read as the start of a formula (OWASP CSV injection; ASVS 1.2.10). */
const formulaStart = /^[=+\-@\t\r\0]/;
/** A separator of a `,`, `;` or tab locale right before a formula character. */
const formulaAfterSeparator = /([,;\t])(?=[=+\-@\t\r\0])/g;

/**
 * Text a spreadsheet shows as text. A cell starting with = + - @ (or a tab, CR or NUL) gets a
 * leading ' as OWASP advises. Every cell is also quoted, but a reader in a `;` locale, or one that
 * ignores quotes, may still split a cell at a separator, and the piece after it would start a
 * formula (`safe;=cmd|' /C calc'!A0`); so a ' goes after such a separator too.
 */
export function neutraliseFormula(text: string): string {
  const inner = text.replace(formulaAfterSeparator, "$1'");
  return formulaStart.test(inner) ? `'${inner}` : inner;
}

const formatNumber = (value: number): string =>
  Number.isInteger(value) ? String(value) : String(Math.round(value * 10_000) / 10_000);

/** One cell as text: our numbers as they are, every string neutralised, null as empty. */
export function csvText(value: Cell): string {
  if (value === null) return '';
  return typeof value === 'number' ? formatNumber(value) : neutraliseFormula(value);
}

/** Rows as RFC 4180 CSV with CRLF line ends, every cell (empty ones too) in quotes. */
function csvRows(rows: readonly (readonly Cell[])[]): string {
  return stringify(
    rows.map((row) => row.map(csvText)),
    { quoted: true, quoted_empty: true, record_delimiter: 'windows', eof: true },
  );
}

const itemIds = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'];

const pulseHeader = [
  'pulse',
  'closed',
  'status',
  'responses',
  'invited',
  'response rate',
  'mean (1-7)',
  'interval low',
  'interval high',
  'score (0-100)',
  'favourable',
  'neutral',
  'unfavourable',
  ...itemIds.map((id) => `item ${id} mean`),
];

/** Shown in the favourability cells when no statement has enough answers to count. */
const noStatementReleased = 'no statement has enough answers';

function pulseRows(trends: Trends): Cell[][] {
  return trends.pulses.map((p): Cell[] => {
    const closed = p.closedAt.slice(0, 10);
    // Below threshold: no number at all, not even the invited count.
    if (p.status === 'not-enough-responses') return [p.title, closed, 'not enough responses'];
    const f = p.favourability;
    return [
      p.title,
      closed,
      'released',
      p.n,
      p.invited,
      p.responseRate,
      p.mean,
      p.interval.low,
      p.interval.high,
      p.score100,
      f?.favourable ?? noStatementReleased,
      f?.neutral ?? noStatementReleased,
      f?.unfavourable ?? noStatementReleased,
      // A withheld statement says why, never a number (docs/small-cells.md).
      ...p.items.map((item) =>
        item.status === 'released' ? item.mean : withheldStatementText[item.reason],
      ),
    ];
  });
}

function healthRows(health: RetroHealth): Cell[][] {
  const rows: Cell[][] = [
    ['retros held', health.retrosHeld],
    ['action items created', health.actions.created],
    ['action items done', health.actions.done],
    ['action items open', health.actions.open],
    ['action items dropped', health.actions.dropped],
    ['action items overdue', health.actions.overdue],
    ['completion rate within due date', health.completionRate],
    ['ROTI answers', health.roti.answered],
    ['ROTI mean (1-5)', health.roti.mean],
    ...[1, 2, 3, 4, 5].map((score, i): Cell[] => [
      `ROTI answers of ${score}`,
      health.roti.distribution?.[i] ?? null,
    ]),
    ['average participants', health.averageParticipants],
  ];
  const safety = health.safety.map((s): Cell[] => [`safety median ${s.date}`, s.median]);
  return [['retro health', 'value'], ...rows, ...safety];
}

/** The trends as CSV: one row per pulse, a blank line, then the retro health (owners). */
export function trendsCsv(trends: Trends): string {
  const pulses = csvRows([pulseHeader, ...pulseRows(trends)]);
  if (!trends.retroHealth) return pulses;
  return `${pulses}\r\n${csvRows(healthRows(trends.retroHealth))}`;
}
