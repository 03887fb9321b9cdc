import { performance } from 'node:perf_hooks';
import type { Db, Dialect } from '../server/storage/db.js';
import { buildTrends } from '../server/trends/build.js';
import { openBenchDb } from './lib/bench-db.js';
import { load1 } from './lib/machine.js';
import { isMain } from './lib/main-module.js';
import { writeResultsSection } from './lib/section.js';
import { markdownTable, textTable } from './lib/table.js';
import {
  fortnights,
  seedTrendsDataset,
  teamId,
  teamSize,
  tenantId,
  weeks,
} from './trends-dataset.js';

/**
 * The trends read for a team of 1,000 with five years of weekly pulses and fortnightly retros
 * (see trends-dataset.ts), on a SQLite file and on PostgreSQL. Each range is read first with the
 * closed-pulse summaries emptied (the cold read that fills them), then warm.
 */
export type TrendsBenchRow = {
  dialect: Dialect;
  range: 'all' | '12m';
  pulses: number;
  responses: number;
  retros: number;
  runs: number;
  /** The warm-up read: summaries empty, so it reduces the responses and stores the summaries. */
  firstMs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
};

const runs = 9;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function timeQuery(db: Db, range: 'all' | '12m', now: Date) {
  // Every range starts cold, as the first request after this upgrade does.
  await db.kysely.deleteFrom('pulse_summaries').execute();
  const request = { tenantId, teamId, role: 'owner' as const, range, now };
  const coldStart = performance.now();
  const first = await buildTrends(db, request);
  const firstMs = performance.now() - coldStart;
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await buildTrends(db, request);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    pulses: first.pulses.length,
    retros: first.retroHealth?.retrosHeld ?? 0,
    firstMs: round(firstMs),
    medianMs: round(times[Math.floor(times.length / 2)] ?? NaN),
    minMs: round(times[0] ?? NaN),
    maxMs: round(times.at(-1) ?? NaN),
  };
}

async function benchOne(dialect: Dialect): Promise<TrendsBenchRow[]> {
  const now = new Date();
  const { db, close } = await openBenchDb(dialect, 'trends');
  try {
    const seedStart = performance.now();
    const { responses, retros, actions } = await seedTrendsDataset(db, now);
    if (db.dialect === 'postgres') await db.pool?.query('analyze');
    console.log(
      `  ${dialect}: inserted ${weeks} pulses, ${responses} responses, ${retros} retros, ${actions} action items in ${Math.round((performance.now() - seedStart) / 1000)} s`,
    );
    const rows: TrendsBenchRow[] = [];
    for (const range of ['all', '12m'] as const) {
      rows.push({ dialect, range, responses, runs, ...(await timeQuery(db, range, now)) });
    }
    return rows;
  } finally {
    await close();
  }
}

export async function runTrendsBench(dialects: Dialect[] = ['sqlite', 'postgres']) {
  const rows: TrendsBenchRow[] = [];
  for (const dialect of dialects) rows.push(...(await benchOne(dialect)));
  return rows;
}

const headers = [
  'database',
  'range',
  'pulses',
  'responses',
  'retros',
  'runs',
  'first read ms',
  'median ms',
  'min ms',
  'max ms',
];
const cells = (rows: TrendsBenchRow[]) =>
  rows.map((r) => [
    r.dialect,
    r.range,
    r.pulses,
    r.responses,
    r.retros,
    r.runs,
    r.firstMs,
    r.medianMs,
    r.minMs,
    r.maxMs,
  ]);

export function printTrends(rows: TrendsBenchRow[]): void {
  console.log(textTable(headers, cells(rows)));
}

const heading = '## Team trends query';

/** Writes (or replaces) the trends section of bench/RESULTS.md, keeping everything else. */
export async function writeTrendsSection(rows: TrendsBenchRow[], command: string): Promise<void> {
  const body = [
    `Command: \`${command}\` (${new Date().toISOString()}). A team of ${teamSize} with ${weeks} closed weekly pulses ` +
      `(five years, 600–800 responses each) and ${fortnights} ended fortnightly retros (8–12 participants, safety ` +
      'and ROTI answers, 3–6 action items each, some open past their due date), bulk-inserted. The time is ' +
      '`buildTrends` as the `GET /api/teams/:teamId/trends` route runs it for an owner: pulse figures read from the ' +
      'stored closed-pulse summaries (`pulse_summaries`), changes, and retro health counted in SQL. ' +
      '"First read" is the warm-up run with the summaries emptied first, so it reduces every response of the ' +
      "range's pulses and stores their summaries, as the first request after this upgrade does (later, only a " +
      `newly closed pulse is reduced, once); median, min and max are of the ${runs} warm runs after it. ` +
      `SQLite is a file in WAL mode; PostgreSQL is local. Load average (1 min) when written: ${load1()} on this ` +
      "machine's CPUs.",
    '',
    markdownTable(headers, cells(rows)),
    '',
  ].join('\n');
  await writeResultsSection(heading, body);
}

if (isMain(import.meta.url)) {
  console.log('Team trends query');
  const rows = await runTrendsBench();
  printTrends(rows);
  await writeTrendsSection(rows, 'node --import tsx bench/trends.ts');
  console.log('Wrote the trends section of bench/RESULTS.md.');
}
