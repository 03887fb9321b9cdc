import { makeStyles, tokens } from '@fluentui/react-components';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, line } from 'd3-shape';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { TrendPulse } from '../../shared/trends/api.js';
import { useFormat, type Formatters } from '../../client/format.js';
import { useT, type Translate } from '../../client/i18n.js';
import { scoreSeries, type ScorePoint } from '../../client/trends/series.js';

// The chart library draws lines and stacked areas, but not an interval band around a line, nor a
// band that breaks at a withheld pulse. This chart draws exactly that, with d3's scales and shapes
// (already in the lazy chart chunk through the library), in Fluent's tokens.

const height = 240;
const margin = { top: 12, right: 14, bottom: 28, left: 34 };
const dayMs = 86_400_000;
const scoreTicks = [1, 2, 3, 4, 5, 6, 7];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  svg: { display: 'block', width: '100%', height: `${height}px`, overflow: 'visible' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  axisText: { fill: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase100 },
  // Dashed edges tell the band from the line even where the theme gives both one colour (high contrast).
  band: {
    fill: tokens.colorBrandBackground2,
    stroke: tokens.colorBrandStroke2,
    strokeWidth: 1,
    strokeDasharray: '3 2',
  },
  line: { fill: 'none', stroke: tokens.colorBrandForeground1, strokeWidth: 2.5 },
  dot: {
    fill: tokens.colorBrandForeground1,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: 1.5,
  },
  gap: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { width: '20px', height: '12px', flexShrink: 0 },
});

/** Released points split where a withheld pulse sat, so neither line nor band bridges it. */
function segments(points: readonly ScorePoint[], gaps: { endIndex: number }[]): ScorePoint[][] {
  const breaks = new Set(gaps.map((g) => g.endIndex));
  const out: ScorePoint[][] = [];
  points.forEach((point, i) => {
    if (i === 0 || breaks.has(i)) out.push([]);
    out.at(-1)?.push(point);
  });
  return out;
}

/** The width the chart is given, followed as the side panel or window resizes. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

function describe(
  pulses: readonly TrendPulse[],
  points: readonly ScorePoint[],
  withheld: number,
  fmt: Formatters,
  t: Translate,
) {
  const last = points.at(-1);
  const n2 = (v: number) => fmt.number(v, 2);
  const parts = [t('trends.score.describe', { count: pulses.length })];
  if (last) {
    parts.push(
      t('trends.score.describeLatest', {
        mean: n2(last.mean),
        low: n2(last.low),
        high: n2(last.high),
        date: fmt.utcDay(last.x),
      }),
    );
  }
  if (withheld > 0) parts.push(t('trends.score.describeWithheld', { count: withheld }));
  parts.push(t('trends.score.describeTable'));
  return parts.join(' ');
}

/** Team score per pulse as a line inside its 95% interval band; withheld pulses are hatched gaps. */
export function ScoreBandChart({ pulses }: { pulses: readonly TrendPulse[] }) {
  const styles = useStyles();
  const fmt = useFormat();
  const t = useT();
  const n2 = (v: number) => fmt.number(v, 2);
  const patternId = `${useId().replace(/:/g, '')}-withheld`;
  const { ref, width } = useWidth();
  const { points, gaps, withheld } = scoreSeries(pulses);

  const times = pulses.map((p) => new Date(p.closedAt).getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  // One pulse, or several on a day, still get a readable span around them.
  const pad = Math.max((last - first) * 0.03, 3 * dayMs);
  const x = scaleUtc()
    .domain([new Date(first - pad), new Date(last + pad)])
    .range([margin.left, Math.max(margin.left + 1, width - margin.right)]);
  const y = scaleLinear()
    .domain([1, 7])
    .range([height - margin.bottom, margin.top]);

  const band = area<ScorePoint>()
    .x((p) => x(p.x))
    .y0((p) => y(p.low))
    .y1((p) => y(p.high));
  const trace = line<ScorePoint>()
    .x((p) => x(p.x))
    .y((p) => y(p.mean));
  const parts = segments(points, gaps);
  const [left = 0, right = 0] = x.range();
  const step = pulses.length > 1 ? (right - left) / pulses.length : 24;
  const gapWidth = Math.min(Math.max(step * 0.8, 6), 40);
  const xTicks = x.ticks(width < 480 ? 3 : 6);

  return (
    <div className={styles.root} ref={ref}>
      {width > 0 && (
        <svg
          className={styles.svg}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={describe(pulses, points, withheld.length, fmt, t)}
        >
          <defs>
            <pattern
              id={patternId}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <line className={styles.gap} x1="0" y1="0" x2="0" y2="6" />
            </pattern>
          </defs>
          {scoreTicks.map((tick) => (
            <g key={tick}>
              <line
                className={styles.grid}
                x1={margin.left}
                x2={width - margin.right}
                y1={y(tick)}
                y2={y(tick)}
              />
              <text
                className={styles.axisText}
                x={margin.left - 8}
                y={y(tick)}
                textAnchor="end"
                dominantBaseline="middle"
              >
                {tick}
              </text>
            </g>
          ))}
          {xTicks.map((tick) => (
            <text
              key={tick.getTime()}
              className={styles.axisText}
              x={x(tick)}
              y={height - margin.bottom + 16}
              textAnchor="middle"
            >
              {fmt.month(tick)}
            </text>
          ))}
          {withheld.map((w) => (
            <rect
              key={w.pulseId}
              x={x(w.x) - gapWidth / 2}
              y={margin.top}
              width={gapWidth}
              height={height - margin.top - margin.bottom}
              fill={`url(#${patternId})`}
            >
              <title>{t('trends.score.gap', { date: fmt.utcDay(w.x) })}</title>
            </rect>
          ))}
          {parts.map((part) => (
            <g key={part[0]?.pulseId}>
              <path className={styles.band} d={band(part) ?? undefined} fillOpacity={0.85} />
              <path className={styles.line} d={trace(part) ?? undefined} />
            </g>
          ))}
          {points.map((p) => (
            <circle key={p.pulseId} className={styles.dot} cx={x(p.x)} cy={y(p.mean)} r={3.5}>
              <title>
                {t('trends.score.point', {
                  date: fmt.utcDay(p.x),
                  mean: n2(p.mean),
                  low: n2(p.low),
                  high: n2(p.high),
                })}
              </title>
            </circle>
          ))}
        </svg>
      )}
      <ul className={styles.legend} aria-hidden="true">
        <li className={styles.legendItem}>
          <svg className={styles.swatch} viewBox="0 0 20 12">
            <line className={styles.line} x1="0" x2="20" y1="6" y2="6" />
          </svg>
          {t('trends.score.title')}
        </li>
        <li className={styles.legendItem}>
          <svg className={styles.swatch} viewBox="0 0 20 12">
            <rect className={styles.band} x="0.5" y="0.5" width="19" height="11" />
          </svg>
          {t('trends.score.interval')}
        </li>
        {withheld.length > 0 && (
          <li className={styles.legendItem}>
            <svg className={styles.swatch} viewBox="0 0 20 12">
              <rect x="0" y="0" width="20" height="12" fill={`url(#${patternId})`} />
            </svg>
            {t('trends.withheld')}
          </li>
        )}
      </ul>
    </div>
  );
}
