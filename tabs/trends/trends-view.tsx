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

const ranges: { value: TrendRange; label: string }[] = [
  { value: '3m', label: '3 months' },
  { value: '6m', label: '6 months' },
  { value: '12m', label: '12 months' },
  { value: 'all', label: 'All' },
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
  const [range, setRange] = useState<TrendRange>('6m');
  const trends = useTrends(teamId, range);
  const csv = useCsvExport(teamId);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  let body;
  if (trends.isPending) {
    body = <Loading label="Loading trends…" />;
  } else if (trends.isError) {
    body = (
      <ErrorPanel
        title="Trends could not be loaded"
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
            <Body1>
              Download these figures as a spreadsheet (CSV). Pulses and statements with too few
              answers are left out, as they are here.
            </Body1>
            <Button disabled={csv.isPending} onClick={() => csv.mutate(range)}>
              {csv.isPending ? 'Exporting…' : 'Export CSV'}
            </Button>
          </div>
        )}
        {csv.isError && <ErrorPanel title="The CSV was not exported" error={csv.error} />}
        {pulses.length === 0 ? (
          <Body1>
            {isOwner
              ? 'No pulse closed in this range yet. Trends appear once pulses have closed.'
              : 'No pulse results have been shared with the team in this range yet.'}
          </Body1>
        ) : (
          <>
            <ChangeCard trends={data} />
            <ChartSection
              title="Team score"
              description="The average of everyone's score, from 1 to 7, with the range the true score most likely lies in (95% interval). Hatched gaps are pulses with too few responses to show."
              chart={<ScoreChart pulses={pulses} />}
              table={<ScoreTable pulses={pulses} />}
            />
            <ChartSection
              title="Favourable, neutral and unfavourable"
              description="Share of all answers that were favourable (5–7), neutral (4) or unfavourable (1–3). Pale grey columns are pulses with too few responses to show."
              chart={<FavourabilityChart pulses={pulses} />}
              table={<FavourabilityTable pulses={pulses} />}
            />
            <ChartSection
              title="Each statement over time"
              description="The average answer to each statement, from 1 (strongly disagree) to 7 (strongly agree), newest pulse first. (R) marks a statement worded the other way round, where disagreeing is the safe answer; the colour already takes that into account."
              table={<ItemGrid pulses={pulses} />}
            />
            <ChartSection
              title="Response rate"
              description="Share of the team who answered. Pale grey columns are pulses with too few responses to show."
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
          ← Back to pulses
        </Button>
        <h2 ref={heading} tabIndex={-1} className={styles.heading}>
          Trends
        </h2>
      </div>
      <TabList
        className={styles.tabs}
        aria-label="Time range"
        selectedValue={range}
        onTabSelect={(_, tab) => {
          const next = ranges.find((r) => r.value === tab.value);
          if (next) setRange(next.value);
        }}
      >
        {ranges.map((r) => (
          <Tab key={r.value} value={r.value}>
            {r.label}
          </Tab>
        ))}
      </TabList>
      <div className={styles.body} aria-busy={trends.isFetching}>
        {body}
      </div>
    </div>
  );
}
