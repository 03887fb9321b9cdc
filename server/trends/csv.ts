import { stringify } from 'csv-stringify/sync';
import type { StatementWithheldReason } from '../../shared/pulse/api.js';
import type { MessageId } from '../../shared/i18n/en/index.js';
import type { RetroHealth, Trends } from '../../shared/trends/api.js';
import { english, type Translate } from '../i18n.js';

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

const pulseColumns: readonly MessageId[] = [
  'server.csv.pulse',
  'server.csv.closed',
  'server.csv.status',
  'server.csv.responses',
  'server.csv.invited',
  'server.csv.responseRate',
  'server.csv.mean',
  'server.csv.intervalLow',
  'server.csv.intervalHigh',
  'server.csv.score',
  'server.csv.favourable',
  'server.csv.neutral',
  'server.csv.unfavourable',
];

const pulseHeader = (t: Translate): string[] => [
  ...pulseColumns.map((id) => t(id)),
  ...itemIds.map((item) => t('server.csv.itemMean', { item })),
];

const withheldText: Record<StatementWithheldReason, MessageId> = {
  'few-answers': 'server.csv.withheldFewAnswers',
  'protects-another': 'server.csv.withheldProtectsAnother',
};

function pulseRows(trends: Trends, t: Translate): Cell[][] {
  // Shown in the favourability cells when no statement has enough answers to count.
  const noStatementReleased = t('server.csv.noStatementReleased');
  return trends.pulses.map((p): Cell[] => {
    const closed = p.closedAt.slice(0, 10);
    // Below threshold: no number at all, not even the invited count.
    if (p.status === 'not-enough-responses') {
      return [p.title, closed, t('server.csv.notEnoughResponses')];
    }
    const f = p.favourability;
    return [
      p.title,
      closed,
      t('server.csv.released'),
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
        item.status === 'released' ? item.mean : t(withheldText[item.reason]),
      ),
    ];
  });
}

function healthRows(health: RetroHealth, t: Translate): Cell[][] {
  const rows: Cell[][] = [
    [t('server.csv.retrosHeld'), health.retrosHeld],
    [t('server.csv.actionsCreated'), health.actions.created],
    [t('server.csv.actionsDone'), health.actions.done],
    [t('server.csv.actionsOpen'), health.actions.open],
    [t('server.csv.actionsDropped'), health.actions.dropped],
    [t('server.csv.actionsOverdue'), health.actions.overdue],
    [t('server.csv.completionRate'), health.completionRate],
    [t('server.csv.rotiAnswers'), health.roti.answered],
    [t('server.csv.rotiMean'), health.roti.mean],
    ...[1, 2, 3, 4, 5].map((score, i): Cell[] => [
      t('server.csv.rotiAnswersOf', { score }),
      health.roti.distribution?.[i] ?? null,
    ]),
    [t('server.csv.averageParticipants'), health.averageParticipants],
  ];
  const safety = health.safety.map((s): Cell[] => [
    t('server.csv.safetyMedian', { date: s.date }),
    s.median,
  ]);
  return [[t('server.csv.retroHealth'), t('server.csv.value')], ...rows, ...safety];
}

/**
 * The trends as CSV: one row per pulse, a blank line, then the retro health (owners). Headers and
 * words in cells are in the reader's language; pulse titles stay as written.
 */
export function trendsCsv(trends: Trends, t: Translate = english): string {
  const pulses = csvRows([pulseHeader(t), ...pulseRows(trends, t)]);
  if (!trends.retroHealth) return pulses;
  return `${pulses}\r\n${csvRows(healthRows(trends.retroHealth, t))}`;
}
