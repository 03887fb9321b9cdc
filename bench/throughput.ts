import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { Dialect } from '../server/storage/db.js';
import { startEntraFakes, type EntraFakes } from '../server/test-support/entra-fakes.js';
import { startRetroApp, type RetroTestApp } from '../server/test-support/retro-app.js';
import { ensureTrustedCa } from '../devhost/trusted-ca.js';
import { openBenchDb } from './lib/bench-db.js';
import { load1 } from './lib/machine.js';
import { isMain } from './lib/main-module.js';
import { startCpuSampler } from './throughput/cpu-sampler.js';
import { startLoadProcess, type LoadProcess } from './throughput/load-process.js';
import { startServerProfile, saveProfile, topSelfTime } from './throughput/profile.js';
import type { LoadResult, LoadWorkload } from './throughput/protocol.js';
import {
  printThroughput,
  writeThroughputSection,
  type ProfileNote,
  type ThroughputRow,
} from './throughput/report.js';
import {
  benchColumns,
  benchPeople,
  createGatherRetro,
  createOpenPulses,
} from './throughput/seed.js';

/**
 * Retro `addCard` against a pulse answer, through the real HTTP API (Entra token checks, Graph
 * membership from the fakes, the write, idempotency): autocannon in a child process, the server
 * here, so `process.cpuUsage()` over a run is the server's CPU alone.
 */
export type ThroughputOptions = {
  dialects: Dialect[];
  seconds: number;
  /** Profile the server during the addCard runs (slower: the profiler costs CPU). */
  profile: boolean;
};

export const defaultThroughputOptions: ThroughputOptions = {
  dialects: ['sqlite', 'postgres'],
  seconds: 20,
  profile: false,
};

export type ThroughputResult = {
  rows: ThroughputRow[];
  profiles: ProfileNote[];
  /** 1-minute load average before the fakes and the server started. */
  loadAtStart: number;
};

const people = 10;
const cardConnections = [10, 50];
const pulseConnections = 10;
const warmupSeconds = 3;
/** Open pulses in the pool: 10 people × 8,000 = 80,000 distinct answers, 4,000/s for 20 s. */
const pulsePool = 8_000;

/** Rate limits and the card quota out of the way: the bench measures the path, not the limits. */
const overrides = {
  limits: { perUserMax: 1_000_000_000, perTenantMax: 1_000_000_000, cardsPerRetro: 10_000_000 },
};

type Setup = { target: RetroTestApp; load: LoadProcess; tokens: string[] };

type Measured = { result: LoadResult; cpuMs: number; firstCpuMs: number; lastCpuMs: number };

async function measure(
  setup: Setup,
  workload: LoadWorkload,
  connections: number,
  seconds: number,
): Promise<Measured> {
  const cpu = process.cpuUsage();
  const sampler = startCpuSampler();
  const result = await setup.load.run({
    base: setup.target.base,
    tokens: setup.tokens,
    workload,
    connections,
    durationSeconds: seconds,
    runId: randomBytes(6).toString('hex'),
  });
  sampler.stop();
  const used = process.cpuUsage(cpu);
  const whole = result.perSecond.length;
  const window = (from: number) =>
    sampler.between(result.startedAt + from * 1000, result.startedAt + (from + 5) * 1000);
  return {
    result,
    cpuMs: (used.user + used.system) / 1000,
    firstCpuMs: window(0),
    lastCpuMs: window(Math.max(0, whole - 5)),
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const perRequest = (cpuMs: number, requests: number) =>
  requests ? Math.round((cpuMs / requests) * 100) / 100 : NaN;

function rowOf(
  workload: ThroughputRow['workload'],
  dialect: Dialect,
  connections: number,
  { result, cpuMs, firstCpuMs, lastCpuMs }: Measured,
  stored: number,
): ThroughputRow {
  const first = result.perSecond.slice(0, 5);
  const last = result.perSecond.slice(-5);
  return {
    workload,
    dialect,
    connections,
    seconds: Math.round(result.elapsedMs / 100) / 10,
    perSecond: Math.round(result.ok / (result.elapsedMs / 1000)),
    p50: result.p50,
    p99: result.p99,
    cpuMsPerRequest: perRequest(cpuMs, result.responses),
    first5: Math.round(sum(first) / 5),
    last5: Math.round(sum(last) / 5),
    first5CpuMs: perRequest(firstCpuMs, sum(first)),
    last5CpuMs: perRequest(lastCpuMs, sum(last)),
    ok: result.ok,
    stored,
    statuses: result.statuses,
    errors: result.errors + result.timeouts,
    firstErrorBody: result.firstErrorBody,
  };
}

async function cardCount(target: RetroTestApp, retroId: string): Promise<number> {
  const row = await target.db.kysely
    .selectFrom('retro_cards')
    .select(sql<string | number>`count(*)`.as('n'))
    .where('retro_id', '=', retroId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function answerCount(target: RetroTestApp): Promise<number> {
  const row = await target.db.kysely
    .selectFrom('pulse_responses')
    .select(sql<string | number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function benchOne(
  fakes: EntraFakes,
  dialect: Dialect,
  options: ThroughputOptions,
  profiles: ProfileNote[],
): Promise<ThroughputRow[]> {
  const { db, close } = await openBenchDb(dialect, 'throughput');
  const target = await startRetroApp(fakes, db, overrides);
  const load = startLoadProcess();
  try {
    const tokens = await benchPeople(fakes, people);
    const setup: Setup = { target, load, tokens };
    const cards = (retroId: string): LoadWorkload => ({
      kind: 'addCard',
      retroId,
      columnIds: benchColumns,
    });
    // Warm-up on a retro of its own: JIT, statement caches, token and membership caches.
    const warm = await createGatherRetro(target, fakes, tokens[0]!);
    await measure(setup, cards(warm), 10, warmupSeconds);

    const rows: ThroughputRow[] = [];
    const pulseIds = await createOpenPulses(target, tokens[0]!, pulsePool);
    const answers = await measure(
      setup,
      { kind: 'pulseAnswer', pulseIds },
      pulseConnections,
      options.seconds,
    );
    rows.push(rowOf('pulse answer', dialect, pulseConnections, answers, await answerCount(target)));
    console.log(`  ${dialect}: pulse answer, ${pulseConnections} connections done`);

    for (const connections of cardConnections) {
      const retroId = await createGatherRetro(target, fakes, tokens[0]!);
      const stop = options.profile ? await startServerProfile() : null;
      const run = await measure(setup, cards(retroId), connections, options.seconds);
      if (stop) {
        const profile = await stop();
        const name = `throughput-addcard-${dialect}-${connections}`;
        profiles.push({
          dialect,
          connections,
          file: saveProfile(profile, name),
          top: topSelfTime(profile, 5),
        });
      }
      rows.push(rowOf('addCard', dialect, connections, run, await cardCount(target, retroId)));
      console.log(`  ${dialect}: addCard, ${connections} connections done`);
    }
    return rows;
  } finally {
    await load.stop();
    await target.close();
    await close();
  }
}

export async function runThroughputBench(
  options: ThroughputOptions = defaultThroughputOptions,
): Promise<ThroughputResult> {
  const loadAtStart = load1();
  const fakes = await startEntraFakes();
  try {
    const rows: ThroughputRow[] = [];
    const profiles: ProfileNote[] = [];
    for (const dialect of options.dialects) {
      rows.push(...(await benchOne(fakes, dialect, options, profiles)));
    }
    return { rows, profiles, loadAtStart };
  } finally {
    await fakes.close();
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: defaultThroughputOptions.dialects.join(',') },
      seconds: { type: 'string', default: String(defaultThroughputOptions.seconds) },
      profile: { type: 'boolean', default: false },
    },
  });
  const options: ThroughputOptions = {
    dialects: values.db.split(',') as Dialect[],
    seconds: Number(values.seconds),
    profile: values.profile,
  };
  await ensureTrustedCa();
  console.log('Retro command throughput (addCard vs a pulse answer)');
  const { rows, profiles, loadAtStart } = await runThroughputBench(options);
  printThroughput(rows, profiles);
  // A profiled or shortened run is slower or partial: it is printed, not written to RESULTS.md.
  const isStandard =
    !options.profile &&
    options.seconds === defaultThroughputOptions.seconds &&
    options.dialects.length === 2;
  if (isStandard) {
    await writeThroughputSection(rows, 'node --import tsx bench/throughput.ts', loadAtStart);
    console.log('Wrote the retro command throughput section of bench/RESULTS.md.');
  }
}
