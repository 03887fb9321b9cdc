import type { TrendPulse } from '../../shared/trends/api.js';
import { useFormat, type Formatters } from '../../client/format.js';
import {
  favourabilityBars,
  newestFirst,
  pulseLabels,
  responseRateBars,
} from '../../client/trends/series.js';
import { DataTable } from './data-table.js';
import { useT, type Translate } from '../../client/i18n.js';

// The tables list pulses newest first, as the statement grid does: at 320 px the latest is the
// one people look for. A pulse is named by its day (pulses in a series share a title), so the
// figures sit next to it and the title comes last. The charts keep time running left to right.

function invitedNote(invited: number | null, t: Translate): string {
  return invited === null ? t('trends.withheld') : t('trends.withheldInvited', { invited });
}

export function ScoreTable({ pulses }: { pulses: readonly TrendPulse[] }) {
  const fmt = useFormat();
  const t = useT();
  const labels = pulseLabels(pulses, fmt.locale);
  const rows = newestFirst(pulses.map((pulse, i) => ({ ...pulse, label: labels[i] ?? '' })));
  return (
    <DataTable
      caption={t('trends.score.caption')}
      head={[
        t('trends.table.closed'),
        t('trends.score.score'),
        t('trends.score.interval'),
        t('trends.score.score100'),
        t('trends.table.pulse'),
      ]}
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
                {t('trends.table.range', {
                  low: fmt.number(pulse.interval.low, 2),
                  high: fmt.number(pulse.interval.high, 2),
                })}
              </td>
              <td className="num">{fmt.number(pulse.score100)}</td>
            </>
          ) : (
            <td colSpan={3}>{invitedNote(pulse.invited, t)}</td>
          )}
          <td className="title">{pulse.title}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function favourabilityCells(
  bar: ReturnType<typeof favourabilityBars>[number],
  fmt: Formatters,
  t: Translate,
) {
  if (bar.status !== 'released') return <td colSpan={3}>{invitedNote(bar.invited, t)}</td>;
  // Favourability counts only statements with enough answers (docs/small-cells.md).
  if (bar.value === null) return <td colSpan={3}>{t('trends.noStatementShown')}</td>;
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
  const t = useT();
  const bars = favourabilityBars(pulses, fmt.locale);
  return (
    <DataTable
      caption={t('trends.favourability.caption')}
      head={[
        t('trends.table.closed'),
        t('trends.favourability.favourable'),
        t('trends.favourability.neutral'),
        t('trends.favourability.unfavourable'),
        t('trends.table.pulse'),
      ]}
    >
      {newestFirst(bars.map((bar, i) => ({ ...bar, closedAt: pulses[i]?.closedAt ?? '' }))).map(
        (bar) => (
          <tr key={bar.pulseId}>
            <th scope="row" className="date">
              {bar.label}
            </th>
            {favourabilityCells(bar, fmt, t)}
            <td className="title">{bar.title}</td>
          </tr>
        ),
      )}
    </DataTable>
  );
}

export function ResponseRateTable({ pulses }: { pulses: readonly TrendPulse[] }) {
  const fmt = useFormat();
  const t = useT();
  const bars = responseRateBars(pulses, fmt.locale);
  return (
    <DataTable
      caption={t('trends.rate.caption')}
      head={[
        t('trends.table.closed'),
        t('trends.rate.responses'),
        t('trends.rate.invited'),
        t('trends.rate.rate'),
        t('trends.table.pulse'),
      ]}
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
              <td colSpan={3}>{invitedNote(bar.invited, t)}</td>
            )}
            <td className="title">{bar.title}</td>
          </tr>
        ),
      )}
    </DataTable>
  );
}
