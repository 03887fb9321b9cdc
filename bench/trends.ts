import { randomBytes, randomUUID } from 'node:crypto';
import { format, resolveConfig } from 'prettier';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase, type Db, type Dialect } from '../server/storage/db.js';
import { buildTrends } from '../server/trends/build.js';
import { load1 } from './lib/machine.js';
import { isMain, repoRoot } from './lib/main-module.js';
import { markdownTable, textTable } from './lib/table.js';

/**
 * The trend query for a team of 1,000 with five years of weekly pulses (260 closed pulses,
 * 600–800 responses each), on a SQLite file and on PostgreSQL. The dataset is bulk-inserted:
 * it measures the query, not the write path.
 */
export type TrendsBenchRow = {
  dialect: Dialect;
  range: 'all' | '12m';
  pulses: number;
  responses: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
};

const teamSize = 1000;
const weeks = 260;
const runs = 9;
const tenantId = '00000000-0000-4000-8000-00000000bench';
const teamId = '00000000-0000-4000-8000-0000000team1';
const chunk = 500;

// A small deterministic generator, so every run inserts the same dataset.
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function seedDataset(db: Db, end: Date): Promise<number> {
  const random = generator(42);
  const seriesId = randomUUID();
  const firstOpens = new Date(end.getTime() - weeks * 7 * 86_400_000);
  await db.kysely
    .insertInto('pulse_series')
    .values({
      id: seriesId,
      tenant_id: tenantId,
      team_id: teamId,
      title: 'Weekly pulse',
      recurrence: 'weekly',
      first_opens_at: firstOpens.toISOString(),
      first_closes_at: new Date(firstOpens.getTime() + 3 * 86_400_000).toISOString(),
      k: 5,
      open_question: null,
      status: 'active',
      created_by: 'bench',
      created_at: firstOpens.toISOString(),
    })
    .execute();
  let responses = 0;
  for (let week = 0; week < weeks; week += 1) {
    const opens = new Date(firstOpens.getTime() + week * 7 * 86_400_000);
    const closes = new Date(opens.getTime() + 3 * 86_400_000);
    const pulseId = randomUUID();
    const n = 600 + Math.floor(random() * 201);
    const drift = Math.sin(week / 20); // the team's safety moves slowly over the years
    const answer = () => {
      if (random() < 0.03) return null;
      return Math.min(7, Math.max(1, Math.round(4.6 + drift + (random() - 0.5) * 4)));
    };
    await db.kysely.transaction().execute(async (trx) => {
      await trx
        .insertInto('pulses')
        .values({
          id: pulseId,
          series_id: seriesId,
          tenant_id: tenantId,
          team_id: teamId,
          title: `Week ${week + 1}`,
          opens_at: opens.toISOString(),
          closes_at: closes.toISOString(),
          remind_at: null,
          status: 'closed',
          k: 5,
          open_question: null,
          invited: teamSize,
          shared: week % 2,
          notified_open: 1,
          notified_closing: 1,
          notify_lease_until: null,
          closed_at: closes.toISOString(),
          created_at: opens.toISOString(),
        })
        .execute();
      const rows = Array.from({ length: n }, () => ({
        pulse_id: pulseId,
        id: randomUUID(),
        a1: answer(),
        a2: answer(),
        a3: answer(),
        a4: answer(),
        a5: answer(),
        a6: answer(),
        a7: answer(),
        comment: null,
      }));
      for (let i = 0; i < rows.length; i += chunk) {
        await trx
          .insertInto('pulse_responses')
          .values(rows.slice(i, i + chunk))
          .execute();
      }
    });
    responses += n;
  }
  return responses;
}

async function timeQuery(db: Db, range: 'all' | '12m', now: Date) {
  const request = { tenantId, teamId, role: 'owner' as const, range, now };
  const first = await buildTrends(db, request); // warm-up, and the pulse count
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await buildTrends(db, request);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    pulses: first.pulses.length,
    medianMs: round(times[Math.floor(times.length / 2)] ?? NaN),
    minMs: round(times[0] ?? NaN),
    maxMs: round(times.at(-1) ?? NaN),
  };
}

async function benchOne(dialect: Dialect): Promise<TrendsBenchRow[]> {
  const now = new Date();
  let db: Db;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'candor-bench-trends-'));
    db = await openDatabase({ kind: 'sqlite', file: join(dir, 'candor.sqlite') });
    cleanup = async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    };
  } else {
    const url =
      process.env.BENCH_DATABASE_URL ??
      process.env.DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/test';
    const schema = `bench_trends_${randomBytes(4).toString('hex')}`;
    const admin = async (text: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(text);
      } finally {
        await client.end();
      }
    };
    await admin(`create schema ${schema}`);
    db = await openDatabase({ kind: 'postgres', url }, { pgSchema: schema });
    cleanup = async () => {
      await db.close();
      await admin(`drop schema if exists ${schema} cascade`);
    };
  }
  try {
    const seedStart = performance.now();
    const responses = await seedDataset(db, now);
    if (db.dialect === 'postgres') await db.pool?.query('analyze');
    console.log(
      `  ${dialect}: inserted ${weeks} pulses, ${responses} responses in ${Math.round((performance.now() - seedStart) / 1000)} s`,
    );
    const rows: TrendsBenchRow[] = [];
    for (const range of ['all', '12m'] as const) {
      rows.push({ dialect, range, responses, runs, ...(await timeQuery(db, range, now)) });
    }
    return rows;
  } finally {
    await cleanup();
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
  'runs',
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
    r.runs,
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
  const file = join(repoRoot, 'bench', 'RESULTS.md');
  const section = [
    heading,
    '',
    `Command: \`${command}\` (${new Date().toISOString()}). A team of ${teamSize} with ${weeks} closed weekly pulses ` +
      '(five years) and 600–800 responses each, bulk-inserted; the time is `buildTrends` as the ' +
      '`GET /api/teams/:teamId/trends` route runs it for an owner (pulse aggregates in SQL, changes, ' +
      `retro health), median of ${runs} runs after a warm-up. SQLite is a file in WAL mode; PostgreSQL is local. ` +
      `Load average (1 min) when written: ${load1()} on this machine's CPUs.`,
    '',
    markdownTable(headers, cells(rows)),
    '',
  ].join('\n');
  let text = readFileSync(file, 'utf8');
  const at = text.indexOf(heading);
  if (at >= 0) {
    const next = text.indexOf('\n## ', at + heading.length);
    text = text.slice(0, at) + section + (next >= 0 ? text.slice(next + 1) : '');
  } else {
    text = `${text.trimEnd()}\n\n${section}`;
  }
  // Formatted as the repo's format check expects, so a fresh run never fails `npm test`.
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(text, { ...options, filepath: file }));
}

if (isMain(import.meta.url)) {
  console.log('Team trends query');
  const rows = await runTrendsBench();
  printTrends(rows);
  await writeTrendsSection(rows, 'node --import tsx bench/trends.ts');
  console.log('Wrote the trends section of bench/RESULTS.md.');
}
