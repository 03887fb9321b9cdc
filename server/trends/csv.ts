import type { RetroHealth, Trends } from '../../shared/trends/api.js';

type Cell = string | number | null;

/**
 * One CSV cell: quoted when it holds a quote, comma or line break, and a text starting with
 * = + - @ (or a tab or carriage return) gets a leading ' so a spreadsheet never runs it as a formula.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? formatNumber(value) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const formatNumber = (value: number): string =>
  Number.isInteger(value) ? String(value) : String(Math.round(value * 10_000) / 10_000);

const line = (cells: readonly Cell[]) => cells.map(csvCell).join(',');

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
  ...['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'].map((id) => `item ${id} mean`),
];

function pulseRows(trends: Trends): string[] {
  return trends.pulses.map((p) => {
    const closed = p.closedAt.slice(0, 10);
    // Below threshold: no number at all, not even the invited count.
    if (p.status === 'not-enough-responses') {
      return line([p.title, closed, 'not enough responses']);
    }
    return line([
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
      p.favourability.favourable,
      p.favourability.neutral,
      p.favourability.unfavourable,
      ...p.items.map((item) => item.mean),
    ]);
  });
}

function healthRows(health: RetroHealth): string[] {
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
  return [line(['retro health', 'value']), ...[...rows, ...safety].map(line)];
}

/** The trends as CSV: one row per pulse, then the retro health. CRLF line ends, as RFC 4180 asks. */
export function trendsCsv(trends: Trends): string {
  const sections = [line(pulseHeader), ...pulseRows(trends)];
  if (trends.retroHealth) sections.push('', ...healthRows(trends.retroHealth));
  return `${sections.join('\r\n')}\r\n`;
}
