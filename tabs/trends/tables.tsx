import type { TrendPulse } from '../../shared/trends/api.js';
import {
  favourabilityBars,
  percent,
  pulseLabels,
  responseRateBars,
} from '../../client/trends/series.js';
import { DataTable } from './data-table.js';

const withheld = 'Not enough responses';
/** Favourability counts only statements with enough answers (docs/small-cells.md). */
const noStatementShown = 'Not enough answers to any statement';

function invitedNote(invited: number | null): string {
  return invited === null ? withheld : `${withheld} (${invited} invited)`;
}

export function ScoreTable({ pulses }: { pulses: readonly TrendPulse[] }) {
  const labels = pulseLabels(pulses);
  return (
    <DataTable
      caption="Team score per pulse"
      head={['Pulse', 'Closed', 'Score (1–7)', '95% interval', 'Score (0–100)']}
    >
      {pulses.map((pulse, i) => (
        <tr key={pulse.pulseId}>
          <th scope="row">{pulse.title}</th>
          <td>{labels[i]}</td>
          {pulse.status === 'released' ? (
            <>
              <td className="num">{pulse.mean.toFixed(2)}</td>
              <td className="num">
                {pulse.interval.low.toFixed(2)} to {pulse.interval.high.toFixed(2)}
              </td>
              <td className="num">{Math.round(pulse.score100)}</td>
            </>
          ) : (
            <td colSpan={3}>{invitedNote(pulse.invited)}</td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}

function favourabilityCells(bar: ReturnType<typeof favourabilityBars>[number]) {
  if (bar.status !== 'released') return <td colSpan={3}>{invitedNote(bar.invited)}</td>;
  if (bar.value === null) return <td colSpan={3}>{noStatementShown}</td>;
  return (
    <>
      <td className="num">{percent(bar.value.favourable)}</td>
      <td className="num">{percent(bar.value.neutral)}</td>
      <td className="num">{percent(bar.value.unfavourable)}</td>
    </>
  );
}

/** Over the statements shown in each pulse: a withheld statement's answers are left out. */
export function FavourabilityTable({ pulses }: { pulses: readonly TrendPulse[] }) {
  return (
    <DataTable
      caption="Favourable, neutral and unfavourable answers per pulse (statements shown only)"
      head={['Pulse', 'Closed', 'Favourable', 'Neutral', 'Unfavourable']}
    >
      {favourabilityBars(pulses).map((bar) => (
        <tr key={bar.pulseId}>
          <th scope="row">{bar.title}</th>
          <td>{bar.label}</td>
          {favourabilityCells(bar)}
        </tr>
      ))}
    </DataTable>
  );
}

export function ResponseRateTable({ pulses }: { pulses: readonly TrendPulse[] }) {
  return (
    <DataTable
      caption="Response rate per pulse"
      head={['Pulse', 'Closed', 'Responses', 'Invited', 'Rate']}
    >
      {responseRateBars(pulses).map((bar) => (
        <tr key={bar.pulseId}>
          <th scope="row">{bar.title}</th>
          <td>{bar.label}</td>
          {bar.status === 'released' ? (
            <>
              <td className="num">{bar.value.n}</td>
              <td className="num">{bar.value.invited}</td>
              <td className="num">{percent(bar.value.rate)}</td>
            </>
          ) : (
            <td colSpan={3}>{invitedNote(bar.invited)}</td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
