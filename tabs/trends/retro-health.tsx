import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { RetroHealth } from '../../shared/trends/api.js';
import { useFormat } from '../../client/format.js';
import { newestFirst } from '../../client/trends/series.js';
import { ChartSection } from './chart-section.js';
import { DataTable } from './data-table.js';

const useStyles = makeStyles({
  stats: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  stat: {
    display: 'flex',
    flexDirection: 'column-reverse',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

function orDash(value: number | null, format: (v: number) => string): string {
  return value === null ? '—' : format(value);
}

/** Retro health for owners: are retros held, and do their action items get done? */
export function RetroHealthSection({ health }: { health: RetroHealth }) {
  const styles = useStyles();
  const fmt = useFormat();
  const oneDecimal = (v: number) => fmt.number(v, 1);
  const { actions, roti } = health;
  const stats: [string, string][] = [
    ['Retros held', fmt.number(health.retrosHeld)],
    ['Action items created', fmt.number(actions.created)],
    ['Done', fmt.number(actions.done)],
    ['Open', fmt.number(actions.open)],
    ['Overdue', fmt.number(actions.overdue)],
    ['Done by their due date', orDash(health.completionRate, fmt.percent)],
    ['Average participants', orDash(health.averageParticipants, oneDecimal)],
    ['Return on time invested, average (1–5)', orDash(roti.mean, oneDecimal)],
  ];
  const safety = health.safety.filter((s) => s.median !== null);
  return (
    <>
      <ChartSection
        title="Retro health"
        description="Retros held in this team's channel meetings, and in the other meetings listed under Meetings in these trends."
        table={
          <dl className={styles.stats}>
            {stats.map(([label, value]) => (
              <div key={label} className={styles.stat}>
                <dt className={styles.label}>{label}</dt>
                <dd className={styles.value}>{value}</dd>
              </div>
            ))}
          </dl>
        }
      />
      <ChartSection
        title="Return on time invested"
        description={
          roti.distribution === null
            ? `How the answers split shows once at least 3 people have answered (${fmt.number(roti.answered)} so far).`
            : `${fmt.number(roti.answered)} answers, from 1 (waste of time) to 5 (excellent value, well worth the time).`
        }
        table={
          roti.distribution && (
            <DataTable caption="Return on time invested answers" head={['Answer', 'People']}>
              {roti.distribution.map((count, i) => (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  <td className="num">{fmt.number(count)}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      />
      <ChartSection
        title="Safety check per retro"
        description="The median of the anonymous 1–5 check-in, shown only where at least 3 people answered."
        table={
          safety.length === 0 ? (
            <Body1>No retro in this range had 3 or more safety-check answers.</Body1>
          ) : (
            <DataTable
              caption="Median safety check per retro, newest first"
              head={['Retro', 'Median (1–5)']}
            >
              {newestFirst(health.safety.map((s) => ({ ...s, closedAt: s.date }))).map((s) => (
                <tr key={s.retroId}>
                  <th scope="row">{fmt.day(s.date)}</th>
                  <td className="num">
                    {s.median === null ? 'Fewer than 3 answers' : oneDecimal(s.median)}
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      />
    </>
  );
}
