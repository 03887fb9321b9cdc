import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { RetroHealth } from '../../shared/trends/api.js';
import { useFormat } from '../../client/format.js';
import { newestFirst } from '../../client/trends/series.js';
import { ChartSection } from './chart-section.js';
import { DataTable } from './data-table.js';
import { useT } from '../../client/i18n.js';

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
  const t = useT();
  const oneDecimal = (v: number) => fmt.number(v, 1);
  const { actions, roti } = health;
  const stats: [string, string][] = [
    [t('trends.health.held'), fmt.number(health.retrosHeld)],
    [t('trends.health.created'), fmt.number(actions.created)],
    [t('trends.health.done'), fmt.number(actions.done)],
    [t('trends.health.open'), fmt.number(actions.open)],
    [t('trends.health.overdue'), fmt.number(actions.overdue)],
    [t('trends.health.onTime'), orDash(health.completionRate, fmt.percent)],
    [t('trends.health.participants'), orDash(health.averageParticipants, oneDecimal)],
    [t('trends.health.roti'), orDash(roti.mean, oneDecimal)],
  ];
  const safety = health.safety.filter((s) => s.median !== null);
  return (
    <>
      <ChartSection
        title={t('trends.health.title')}
        description={t('trends.health.description')}
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
        title={t('trends.roti.title')}
        description={
          roti.distribution === null
            ? t('trends.roti.pending', { count: roti.answered })
            : t('trends.roti.answers', { count: roti.answered })
        }
        table={
          roti.distribution && (
            <DataTable
              caption={t('trends.roti.caption')}
              head={[t('trends.roti.answer'), t('trends.roti.people')]}
            >
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
        title={t('trends.safety.title')}
        description={t('trends.safety.description')}
        table={
          safety.length === 0 ? (
            <Body1>{t('trends.safety.none')}</Body1>
          ) : (
            <DataTable
              caption={t('trends.safety.caption')}
              head={[t('trends.safety.retro'), t('trends.safety.median')]}
            >
              {newestFirst(health.safety.map((s) => ({ ...s, closedAt: s.date }))).map((s) => (
                <tr key={s.retroId}>
                  <th scope="row">{fmt.day(s.date)}</th>
                  <td className="num">
                    {s.median === null ? t('trends.safety.fewer') : oneDecimal(s.median)}
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
