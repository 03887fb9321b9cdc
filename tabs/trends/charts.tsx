import { FluentProvider } from '@fluentui/react-components';
import {
  DataVizPalette,
  getColorFromToken,
  LineChart,
  VerticalBarChart,
  VerticalStackedBarChart,
  type LineChartPoints,
  type VerticalStackedChartProps,
} from '@fluentui/react-charts';
import type { ReactNode } from 'react';
import type { TrendPulse } from '../../shared/trends/api.js';
import { useHost } from '../../client/host-context.js';
import {
  favourabilityBars,
  percent,
  responseRateBars,
  scoreSeries,
  shortDate,
} from '../../client/trends/series.js';

// This module is the only one that imports the chart library; the view loads it with React.lazy,
// so the tab's first paint never pays for it.

const height = 260;
const withheldLegend = 'Not enough responses';

/** The data-viz palette as colours for the current theme (the bar charts don't resolve tokens). */
function usePalette() {
  const dark = useHost().info.theme !== 'default';
  const color = (token: string) => getColorFromToken(token, dark);
  return {
    score: color(DataVizPalette.color1),
    interval: color(DataVizPalette.color2),
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

/** Team score per pulse with its 95% interval (dashed bounds); withheld pulses are shaded gaps. */
export function ScoreChart({ pulses }: { pulses: readonly TrendPulse[] }) {
  const palette = usePalette();
  const { points, gaps, withheld } = scoreSeries(pulses);
  const line = (
    legend: string,
    pick: (p: (typeof points)[number]) => number,
    color: string,
    dashed: boolean,
  ): LineChartPoints => ({
    legend,
    color,
    gaps,
    lineOptions: dashed ? { strokeDasharray: '5 4', strokeWidth: 1.5 } : { strokeWidth: 3 },
    hideNonActiveDots: dashed,
    data: points.map((p) => ({
      x: p.x,
      y: pick(p),
      xAxisCalloutData: shortDate(p.x.toISOString()),
      yAxisCalloutData: pick(p).toFixed(2),
    })),
  });
  const dayMs = 24 * 60 * 60 * 1000;
  return (
    <ChartFrame>
      <LineChart
        data={{
          chartTitle: 'Team score per pulse, 1 to 7, with its 95% interval',
          lineChartData: [
            line('Team score', (p) => p.mean, palette.score, false),
            line('95% interval, upper', (p) => p.high, palette.interval, true),
            line('95% interval, lower', (p) => p.low, palette.interval, true),
          ],
        }}
        colorFillBars={
          withheld.length > 0
            ? [
                {
                  legend: withheldLegend,
                  color: palette.withheld,
                  applyPattern: true,
                  data: withheld.map((w) => ({
                    startX: new Date(w.x.getTime() - dayMs),
                    endX: new Date(w.x.getTime() + dayMs),
                  })),
                },
              ]
            : undefined
        }
        height={height}
        yMinValue={1}
        yMaxValue={7}
        yAxisTitle="Team score (1–7)"
        useUTC
      />
    </ChartFrame>
  );
}

/** Favourable, neutral and unfavourable shares per pulse, stacked; withheld pulses stay empty. */
export function FavourabilityChart({ pulses }: { pulses: readonly TrendPulse[] }) {
  const palette = usePalette();
  const data: VerticalStackedChartProps[] = favourabilityBars(pulses).map((bar) => ({
    xAxisPoint: bar.status === 'released' ? bar.label : `${bar.label}: ${withheldLegend}`,
    chartData:
      bar.status === 'released'
        ? [
            part('Favourable', bar.value.favourable, palette.favourable),
            part('Neutral', bar.value.neutral, palette.neutral),
            part('Unfavourable', bar.value.unfavourable, palette.unfavourable),
          ]
        : // A zero-height placeholder keeps the pulse's labelled slot on the axis.
          [{ legend: withheldLegend, data: 0, color: palette.withheld }],
  }));
  return (
    <ChartFrame>
      <VerticalStackedBarChart
        data={data}
        height={height}
        yMaxValue={100}
        yAxisTitle="Share of answers (%)"
        wrapXAxisLables
        chartTitle="Favourable, neutral and unfavourable answers per pulse"
      />
    </ChartFrame>
  );
}

function part(legend: string, share: number, color: string) {
  const value = Math.round(share * 1000) / 10;
  return { legend, data: value, color, yAxisCalloutData: percent(share) };
}

/** Response rate per pulse; a withheld pulse has no bar, since its count could identify people. */
export function ResponseRateChart({ pulses }: { pulses: readonly TrendPulse[] }) {
  const palette = usePalette();
  const data = responseRateBars(pulses).map((bar) =>
    bar.status === 'released'
      ? {
          x: bar.label,
          y: Math.round(bar.value.rate * 1000) / 10,
          legend: 'Response rate',
          color: palette.score,
          yAxisCalloutData: `${percent(bar.value.rate)} (${bar.value.n} of ${bar.value.invited})`,
        }
      : {
          x: `${bar.label}: ${withheldLegend}`,
          y: 0,
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
        yAxisTitle="Response rate (%)"
        hideLabels
        wrapXAxisLables
        chartTitle="Response rate per pulse"
      />
    </ChartFrame>
  );
}
