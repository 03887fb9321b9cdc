import type { TrendPulse } from '../../shared/trends/api.js';
import { useFormat, type Formatters } from '../../client/format.js';
import {
  favourabilityBars,
  newestFirst,
  pulseLabels,
  responseRateBars,
} from '../../client/trends/series.js';
import { DataTable } from './data-table.js';

// The tables list pulses newest first, as the statement grid does: at 320 px the latest is the
// one people look for. A pulse is named by its day (pulses in a series share a title), so the
// figures sit next to it and the title comes last. The charts keep time running left to right.

const withheld = 'Not enough responses';
/** Favourability counts only statements with enough answers (docs/small-cells.md). */
const noStatementShown = 'Not enough answers to any statement';

function invitedNote(invited: number | null): string {
  return invited === null ? withheld : `${withheld} (${invited} invited)`;
}

export function ScoreTable({ pulses }: { pulses: readonly TrendPulse[] }) {
  const fmt = useFormat();
  const labels = pulseLabels(pulses, fmt.locale);
  const rows = newestFirst(pulses.map((pulse, i) => ({ ...pulse, label: labels[i] ?? '' })));
  return (
    <DataTable
      caption="Team score per pulse, newest first"
      head={['Closed', 'Score (1–7)', '95% interval', 'Score (0–100)', 'Pulse']}
    >
      {rows.map((pulse) => (
        <tr key={pulse.pulseId}>
          <th scope="row" className="date">
            {pulse.label}
          </th>
          {pulse.status === 'released' ? (
            <>
              <td className="num">{fmt.number(pulse.mean, 2)}</td>
              <td className="num">
                {fmt.number(pulse.interval.low, 2)} to {fmt.number(pulse.interval.high, 2)}
              </td>
              <td className="num">{fmt.number(pulse.score100)}</td>
            </>
          ) : (
            <td colSpan={3}>{invitedNote(pulse.invited)}</td>
          )}
          <td className="title">{pulse.title}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function favourabilityCells(bar: ReturnType<typeof favourabilityBars>[number], fmt: Formatters) {
  if (bar.status !== 'released') return <td colSpan={3}>{invitedNote(bar.invited)}</td>;
  if (bar.value === null) return <td colSpan={3}>{noStatementShown}</td>;
  return (
    <>
      <td className="num">{fmt.percent(bar.value.favourable)}</td>
      <td className="num">{fmt.percent(bar.value.neutral)}</td>
      <td className="num">{fmt.percent(bar.value.unfavourable)}</td>
    </>
  );
}

/** Over the statements shown in each pulse: a withheld statement's answers are left out. */
export function FavourabilityTable({ pulses }: { pulses: readonly TrendPulse[] }) {
  const fmt = useFormat();
  const bars = favourabilityBars(pulses, fmt.locale);
  return (
    <DataTable
      caption="Favourable, neutral and unfavourable answers per pulse, newest first (statements shown only)"
      head={['Closed', 'Favourable', 'Neutral', 'Unfavourable', 'Pulse']}
    >
      {newestFirst(bars.map((bar, i) => ({ ...bar, closedAt: pulses[i]?.closedAt ?? '' }))).map(
        (bar) => (
          <tr key={bar.pulseId}>
            <th scope="row" className="date">
              {bar.label}
            </th>
            {favourabilityCells(bar, fmt)}
            <td className="title">{bar.title}</td>
          </tr>
        ),
      )}
    </DataTable>
  );
}

export function ResponseRateTable({ pulses }: { pulses: readonly TrendPulse[] }) {
  const fmt = useFormat();
  const bars = responseRateBars(pulses, fmt.locale);
  return (
    <DataTable
      caption="Response rate per pulse, newest first"
      head={['Closed', 'Responses', 'Invited', 'Rate', 'Pulse']}
    >
      {newestFirst(bars.map((bar, i) => ({ ...bar, closedAt: pulses[i]?.closedAt ?? '' }))).map(
        (bar) => (
          <tr key={bar.pulseId}>
            <th scope="row" className="date">
              {bar.label}
            </th>
            {bar.status === 'released' ? (
              <>
                <td className="num">{fmt.number(bar.value.n)}</td>
                <td className="num">{fmt.number(bar.value.invited)}</td>
                <td className="num">{fmt.percent(bar.value.rate)}</td>
              </>
            ) : (
              <td colSpan={3}>{invitedNote(bar.invited)}</td>
            )}
            <td className="title">{bar.title}</td>
          </tr>
        ),
      )}
    </DataTable>
  );
}
