import { FluentProvider, makeStyles } from '@fluentui/react-components';
import {
  DataVizPalette,
  getColorFromToken,
  VerticalBarChart,
  VerticalStackedBarChart,
  type VerticalStackedChartProps,
} from '@fluentui/react-charts';
import type { ReactNode } from 'react';
import type { TrendPulse } from '../../shared/trends/api.js';
import { useHost } from '../../client/host-context.js';
import { useFormat } from '../../client/format.js';
import { useT } from '../../client/i18n.js';
import { favourabilityBars, percentParts, responseRateBars } from '../../client/trends/series.js';
import { ScoreBandChart } from './score-band-chart.js';

// This module is the only one that imports the chart library; the view loads it with React.lazy,
// so the tab's first paint never pays for it.

const height = 260;
// Legend entries read as written ("Not enough responses", not title case), side by side as
// long as they fit.
const useLegendStyles = makeStyles({
  legend: { textTransform: 'none' },
  legendContainer: { width: 'auto' },
});

/**
 * The legend wraps onto more lines instead of folding series into "+3 more", so every series is
 * named at 320 px. Its entries stay buttons that highlight their series.
 */
function useLegendProps() {
  const styles = useLegendStyles();
  return { enabledWrapLines: true, styles };
}

/**
 * High contrast: the system colours Teams' contrast theme is built from (cyan, white, yellow on
 * black), told apart by more than hue, instead of the data-viz palette's greens and reds.
 */
const contrastPalette = {
  score: '#1AEBFF',
  withheld: '#6E6E6E',
  favourable: '#1AEBFF',
  neutral: '#FFFFFF',
  unfavourable: '#FFFF00',
};

/** The data-viz palette as colours for the current theme (the bar charts don't resolve tokens). */
function usePalette() {
  const theme = useHost().info.theme;
  if (theme === 'contrast') return contrastPalette;
  const dark = theme !== 'default';
  const color = (token: string) => getColorFromToken(token, dark);
  return {
    score: color(DataVizPalette.color1),
    withheld: color(DataVizPalette.disabled),
    favourable: color(DataVizPalette.success),
    neutral: color(DataVizPalette.warning),
    unfavourable: color(DataVizPalette.error),
  };
}

/**
 * The charts' tooltips mount a portal, and portals copy the app root's class (full height, opaque
 * background), which then covers the page. A plain nested provider gives them a class of their own.
 */
function ChartFrame({ children }: { children: ReactNode }) {
  return <FluentProvider>{children}</FluentProvider>;
}

/** Team score per pulse inside its 95% interval band; withheld pulses are hatched gaps. */
export function ScoreChart({ pulses }: { pulses: readonly TrendPulse[] }) {
  return <ScoreBandChart pulses={pulses} />;
}

/**
 * A withheld pulse's slot: a pale full-height column, like the score chart's hatched gap, so the
 * slot keeps its date on the axis and reads as "nothing to show", never as a zero. (The library
 * draws no bar and no axis label for a zero.)
 */
const gapHeight = 100;

/** Favourable, neutral and unfavourable shares per pulse, stacked; withheld pulses are pale gaps. */
export function FavourabilityChart({ pulses }: { pulses: readonly TrendPulse[] }) {
  const palette = usePalette();
  const fmt = useFormat();
  const t = useT();
  const withheldLegend = t('trends.withheld');
  const legendProps = useLegendProps();
  const part = (legend: string, value: number, share: number, color: string) => ({
    legend,
    data: value,
    color,
    yAxisCalloutData: fmt.percent(share),
  });
  const data: VerticalStackedChartProps[] = favourabilityBars(pulses, fmt.locale).map((bar) => {
    if (bar.status !== 'released' || bar.value === null) {
      // A zero-height placeholder keeps the pulse's labelled slot on the axis.
      return {
        xAxisPoint: bar.label,
        chartData: [
          {
            legend: withheldLegend,
            data: gapHeight,
            color: palette.withheld,
            // A released pulse lands here only when no statement had enough answers to count.
            yAxisCalloutData:
              bar.status === 'released' ? t('trends.noStatementShown') : withheldLegend,
          },
        ],
      };
    }
    const { favourable, neutral, unfavourable } = bar.value;
    const [fav = 0, neu = 0, unf = 0] = percentParts([favourable, neutral, unfavourable]);
    return {
      xAxisPoint: bar.label,
      chartData: [
        part(t('trends.favourability.favourable'), fav, favourable, palette.favourable),
        part(t('trends.favourability.neutral'), neu, neutral, palette.neutral),
        part(t('trends.favourability.unfavourable'), unf, unfavourable, palette.unfavourable),
      ],
    };
  });
  return (
    <ChartFrame>
      <VerticalStackedBarChart
        data={data}
        height={height}
        yMaxValue={100}
        yAxisTitle={t('trends.favourability.axis')}
        wrapXAxisLables
        legendProps={legendProps}
        chartTitle={t('trends.favourability.chartTitle')}
      />
    </ChartFrame>
  );
}

/** Response rate per pulse; a withheld pulse shows a pale gap, since its count could identify people. */
export function ResponseRateChart({ pulses }: { pulses: readonly TrendPulse[] }) {
  const palette = usePalette();
  const fmt = useFormat();
  const t = useT();
  const withheldLegend = t('trends.withheld');
  const legendProps = useLegendProps();
  const data = responseRateBars(pulses, fmt.locale).map((bar) =>
    bar.status === 'released'
      ? {
          x: bar.label,
          y: Math.round(bar.value.rate * 1000) / 10,
          legend: t('trends.rate.title'),
          color: palette.score,
          yAxisCalloutData: t('trends.rate.callout', {
            rate: fmt.percent(bar.value.rate),
            n: fmt.number(bar.value.n),
            invited: fmt.number(bar.value.invited),
          }),
        }
      : {
          x: bar.label,
          y: gapHeight,
          legend: withheldLegend,
          color: palette.withheld,
          yAxisCalloutData: withheldLegend,
        },
  );
  return (
    <ChartFrame>
      <VerticalBarChart
        data={data}
        height={height}
        yMaxValue={100}
        yAxisTitle={t('trends.rate.axis')}
        hideLabels
        wrapXAxisLables
        legendProps={legendProps}
        chartTitle={t('trends.rate.chartTitle')}
      />
    </ChartFrame>
  );
}
