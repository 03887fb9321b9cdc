import {
  Body1,
  Button,
  makeStyles,
  Tab,
  TabList,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { lazy, useEffect, useRef, useState } from 'react';
import type { TrendRange } from '../../shared/trends/api.js';
import { useCsvExport } from '../../client/trends/use-csv-export.js';
import { useTrends } from '../../client/trends/use-trends.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { useT } from '../../client/i18n.js';
import type { MessageId } from '../../shared/i18n/en/index.js';
import { Loading } from '../../client/ui/loading.js';
import { ChangeCard } from './change-card.js';
import { ChartSection } from './chart-section.js';
import { ItemGrid } from './item-grid.js';
import { LinkedMeetings } from './linked-meetings.js';
import { RetroHealthSection } from './retro-health.js';
import { FavourabilityTable, ResponseRateTable, ScoreTable } from './tables.js';

// The chart library (~the size of React itself) loads only when a chart is on screen.
const ScoreChart = lazy(() => import('./charts.js').then((m) => ({ default: m.ScoreChart })));
const FavourabilityChart = lazy(() =>
  import('./charts.js').then((m) => ({ default: m.FavourabilityChart })),
);
const ResponseRateChart = lazy(() =>
  import('./charts.js').then((m) => ({ default: m.ResponseRateChart })),
);

const ranges: { value: TrendRange; label: MessageId }[] = [
  { value: '3m', label: 'trends.range.3m' },
  { value: '6m', label: 'trends.range.6m' },
  { value: '12m', label: 'trends.range.12m' },
  { value: 'all', label: 'trends.range.all' },
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
  },
  heading: { ...typographyStyles.subtitle1, margin: 0, ':focus-visible': { outline: 'none' } },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  tabs: { flexWrap: 'wrap' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

type Props = { teamId: string; onBack: () => void };

/** The team's trends: safety over time, change since the last pulse, and retro health for owners. */
export function TrendsView({ teamId, onBack }: Props) {
  const styles = useStyles();
  const t = useT();
  const [range, setRange] = useState<TrendRange>('6m');
  const trends = useTrends(teamId, range);
  const csv = useCsvExport(teamId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  let body;
  if (trends.isPending) {
    body = <Loading label={t('trends.view.loading')} />;
  } else if (trends.isError) {
    body = (
      <ErrorPanel
        title={t('trends.view.loadFailed')}
        error={trends.error}
        onRetry={() => void trends.refetch()}
      />
    );
  } else {
    const data = trends.data;
    const { pulses } = data;
    const isOwner = data.role === 'owner';
    body = (
      <>
        {isOwner && (
          <div className={styles.bar}>
            <Body1>{t('trends.csv.intro')}</Body1>
            <Button disabled={csv.isPending} onClick={() => csv.mutate(range)}>
              {csv.isPending ? t('trends.csv.exporting') : t('trends.csv.export')}
            </Button>
          </div>
        )}
        {csv.isError && <ErrorPanel title={t('trends.csv.failed')} error={csv.error} />}
        {pulses.length === 0 ? (
          <Body1>{isOwner ? t('trends.view.emptyOwner') : t('trends.view.emptyMember')}</Body1>
        ) : (
          <>
            <ChangeCard trends={data} />
            <ChartSection
              title={t('trends.score.title')}
              description={t('trends.score.description')}
              chart={<ScoreChart pulses={pulses} />}
              table={<ScoreTable pulses={pulses} />}
            />
            <ChartSection
              title={t('trends.favourability.title')}
              description={t('trends.favourability.description')}
              chart={<FavourabilityChart pulses={pulses} />}
              table={<FavourabilityTable pulses={pulses} />}
            />
            <ChartSection
              title={t('trends.items.title')}
              description={t('trends.items.description')}
              table={<ItemGrid pulses={pulses} />}
            />
            <ChartSection
              title={t('trends.rate.title')}
              description={t('trends.rate.description')}
              chart={<ResponseRateChart pulses={pulses} />}
              table={<ResponseRateTable pulses={pulses} />}
            />
          </>
        )}
        {data.retroHealth && <RetroHealthSection health={data.retroHealth} />}
        {isOwner && <LinkedMeetings teamId={teamId} />}
      </>
    );
  }

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Button appearance="transparent" onClick={onBack}>
          {t('trends.view.back')}
        </Button>
        <h2 ref={heading} tabIndex={-1} className={styles.heading}>
          {t('trends.view.title')}
        </h2>
      </div>
      <TabList
        className={styles.tabs}
        aria-label={t('trends.view.range')}
        selectedValue={range}
        onTabSelect={(_, tab) => {
          const next = ranges.find((r) => r.value === tab.value);
          if (next) setRange(next.value);
        }}
      >
        {ranges.map((r) => (
          <Tab key={r.value} value={r.value}>
            {t(r.label)}
          </Tab>
        ))}
      </TabList>
      <div className={styles.body} aria-busy={trends.isFetching}>
        {body}
      </div>
    </div>
  );
}
