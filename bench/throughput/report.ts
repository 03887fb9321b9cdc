import type { Dialect } from '../../server/storage/db.js';
import { load1 } from '../lib/machine.js';
import { writeResultsSection } from '../lib/section.js';
import { ratio, round1 } from '../lib/stats.js';
import { markdownTable, textTable } from '../lib/table.js';
import type { SelfTime } from './profile.js';

export type ThroughputRow = {
  workload: 'pulse answer' | 'addCard';
  dialect: Dialect;
  connections: number;
  seconds: number;
  /** 2xx responses per second over the run. */
  perSecond: number;
  /** Latency of 2xx responses, ms. */
  p50: number;
  p99: number;
  /** Server process CPU (user + system) over the run, per response. */
  cpuMsPerRequest: number;
  /** 2xx per second in the first and the last 5 whole seconds. */
  first5: number;
  last5: number;
  /** Server CPU per response in the first and the last 5 s: does a card cost more on a big board? */
  first5CpuMs: number;
  last5CpuMs: number;
  ok: number;
  /** Rows the run left: the retro's cards (its board size), or the pulse answers stored. */
  stored: number;
  statuses: Record<string, number>;
  /** Socket errors and timeouts. */
  errors: number;
  firstErrorBody: string | null;
};

export type ProfileNote = { dialect: Dialect; connections: number; file: string; top: SelfTime[] };

const failures = (r: ThroughputRow) => {
  const bad = Object.entries(r.statuses).filter(([code]) => !code.startsWith('2'));
  const parts = bad.map(([code, n]) => `${n} × ${code}`);
  if (r.errors) parts.push(`${r.errors} socket errors/timeouts`);
  return parts.length ? parts.join(', ') : '0';
};

/**
 * Accepted changes that are not all stored, or more stored than accepted plus those in flight when
 * the load stopped (the server finishes them; autocannon no longer counts their answers).
 */
const storedDiffers = (r: ThroughputRow) => r.stored < r.ok || r.stored > r.ok + r.connections;

const headers = [
  'workload',
  'database',
  'connections',
  'req/s',
  'p50 ms',
  'p99 ms',
  'server CPU ms/req',
  'server CPU % of a core',
  'first 5 s req/s',
  'last 5 s req/s',
  'CPU ms/req first → last 5 s',
  'board size (cards)',
  'non-2xx / errors',
];

const cells = (rows: ThroughputRow[]) =>
  rows.map((r) => [
    r.workload,
    r.dialect,
    r.connections,
    r.perSecond,
    r.p50,
    r.p99,
    r.cpuMsPerRequest,
    // How busy the server's one JavaScript thread was: near 100 % means it bounds the rate.
    Math.round(r.cpuMsPerRequest * r.perSecond) / 10,
    r.first5,
    r.last5,
    `${r.first5CpuMs} → ${r.last5CpuMs}`,
    r.workload === 'addCard' ? r.stored : '—',
    failures(r),
  ]);

const find = (rows: ThroughputRow[], w: ThroughputRow['workload'], d: Dialect, c: number) =>
  rows.find((r) => r.workload === w && r.dialect === d && r.connections === c);

type Goal = { text: string; met: boolean; detail: string };

/** What else bounds a run whose server was not busy all the time. */
function bound(r: ThroughputRow): string {
  const busy = Math.round(r.cpuMsPerRequest * r.perSecond) / 10;
  if (busy >= 90) return '';
  const lock =
    r.dialect === 'postgres'
      ? `; commands on one retro hold its row lock (FOR UPDATE) until they commit, so they run one at a time, ${round1(1000 / r.perSecond)} ms each`
      : '';
  return `; the server was busy only ${busy} % of a core, so it also waited (for the database, or for a core: other work on the machine)${lock}`;
}

/** The goals, judged on SQLite, with PostgreSQL's figures on the same test beside them. */
export function judgeGoals(rows: ThroughputRow[]): Goal[] {
  const goals: Goal[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const cards10 = find(rows, 'addCard', dialect, 10);
    const cards50 = find(rows, 'addCard', dialect, 50);
    const pulse = find(rows, 'pulse answer', dialect, 10);
    if (!cards10 || !cards50 || !pulse) continue;
    const db = dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    const flat = ratio(cards10.last5, cards10.first5);
    const cpu = ratio(cards10.cpuMsPerRequest, pulse.cpuMsPerRequest);
    goals.push(
      {
        text: `addCard ≥ 2,000/s at 10 connections (${db})`,
        met: cards10.perSecond >= 2000,
        // At this CPU per request one core serves at most 1000 / ms requests a second.
        detail: `${cards10.perSecond}/s, ${ratio(cards10.perSecond, 2000)}× the goal; at ${cards10.cpuMsPerRequest} ms of server CPU per request one core caps it at ${Math.round(1000 / cards10.cpuMsPerRequest)}/s (2,000/s needs ≤ 0.5 ms)${bound(cards10)}`,
      },
      {
        text: `addCard CPU per request within 1.2× the pulse answer's (${db}, 10 connections)`,
        met: cpu <= 1.2,
        detail: `${cards10.cpuMsPerRequest} ms vs ${pulse.cpuMsPerRequest} ms, ${cpu}×`,
      },
      {
        text: `last 5 s within 10 % of the first 5 s, board ≥ 2,500 cards (${db}, 10 connections)`,
        met: Math.abs(flat - 1) <= 0.1 && cards10.stored >= 2500,
        detail: `${cards10.last5}/s vs ${cards10.first5}/s, ${flat}×, board ${cards10.stored.toLocaleString('en')} cards; server CPU per request ${cards10.first5CpuMs} → ${cards10.last5CpuMs} ms, ${ratio(cards10.last5CpuMs, cards10.first5CpuMs)}×`,
      },
      {
        text: `p99 ≤ 50 ms at 50 connections (${db})`,
        met: cards50.p99 <= 50,
        // Little's law: 50 requests always in flight at R/s wait 50 / R s each on average.
        detail: `p99 ${cards50.p99} ms, ${ratio(cards50.p99, 50)}× the limit; 50 requests in flight at ${cards50.perSecond}/s take ${Math.round(50_000 / cards50.perSecond)} ms each on average (Little's law), p50 ${cards50.p50} ms`,
      },
    );
  }
  return goals;
}

export function printThroughput(rows: ThroughputRow[], profiles: ProfileNote[] = []): void {
  console.log(textTable(headers, cells(rows)));
  for (const g of judgeGoals(rows)) {
    console.log(`${g.met ? 'met   ' : 'MISSED'} ${g.text}: ${g.detail}`);
  }
  for (const r of rows.filter((row) => row.firstErrorBody)) {
    console.log(`${r.workload} ${r.dialect} ${r.connections}: first error ${r.firstErrorBody}`);
  }
  for (const r of rows.filter(storedDiffers)) {
    console.log(
      `${r.workload} ${r.dialect} ${r.connections}: ${r.ok} accepted, ${r.stored} stored`,
    );
  }
  for (const p of profiles) {
    console.log(
      `\nServer profile, addCard on ${p.dialect} at ${p.connections} connections (${p.file}):`,
    );
    for (const t of p.top) {
      console.log(`  ${(t.share * 100).toFixed(1)} %  ${t.ms} ms  ${t.name}  ${t.where}`);
    }
  }
}

const heading = '## Retro command throughput';

/** Writes (or replaces) the throughput section of bench/RESULTS.md. */
export async function writeThroughputSection(
  rows: ThroughputRow[],
  command: string,
  loadAtStart: number,
) {
  const goals = judgeGoals(rows);
  const failed = rows.filter((r) => r.firstErrorBody || r.errors);
  const unstored = rows.filter(storedDiffers);
  const body = [
    `Command: \`${command}\` (${new Date().toISOString()}), issue #13.`,
    '',
    'Every request goes through the real HTTP API of the real app (Entra token checks against the dev',
    'IdP, Graph membership from the fakes, the write, idempotency), sent by 10 people with real tokens',
    `taking turns request by request, for ${rows[0]?.seconds ?? '?'} s per run. autocannon runs in a child process;`,
    '"server CPU" is `process.cpuUsage()` of the server process over the run divided by the responses',
    '(PostgreSQL\'s own CPU is not in it), and "% of a core" is that CPU per second: near 100 % the',
    "server's one JavaScript thread bounds the rate. The CPU per request in the first and the last 5 s",
    'shows whether a card costs more on a bigger board, with less noise than req/s. Rate limits and',
    'the card quota are raised out of the way. A 3 s addCard warm-up runs first. With `--profile` the',
    'bench profiles the server during the addCard runs (bench/out/*.cpuprofile, top self time printed).',
    '',
    '- **addCard**: `POST /api/retros/:id/commands` with `{ "type": "addCard", … }`, a distinct',
    '  `Idempotency-Key` per request and `Prefer: return=minimal`, on a fresh retro in the gather phase',
    "  per run; the board size is the retro's card rows at the end.",
    '- **pulse answer**: `POST /api/pulses/:id/responses`. A person answers a pulse once (a repeat is',
    `  a 409, nothing is replaced), so the run answers a pool of open pulses, each once per person:`,
    '  every request is a new answer that is stored.',
    '',
    markdownTable(headers, cells(rows)),
    '',
    `Load average (1 min): ${loadAtStart} at the start, ${load1()} when written (2 cores; the load`,
    'generator and PostgreSQL share them with the server, and other work on the machine skews req/s',
    'far more than CPU per request).',
    '',
    '**Goals** (issue #13):',
    '',
    ...goals.map((g) => `- ${g.met ? 'Met' : '**Missed**'}: ${g.text}: ${g.detail}.`),
    ...(failed.length
      ? [
          '',
          '**Runs with errors** (counted in the table, not hidden):',
          '',
          ...failed.map(
            (r) =>
              `- ${r.workload}, ${r.dialect}, ${r.connections} connections: ${failures(r)}; first: \`${r.firstErrorBody ?? 'socket error'}\``,
          ),
        ]
      : []),
    ...(unstored.length
      ? [
          '',
          ...unstored.map(
            (r) =>
              `- ${r.workload}, ${r.dialect}, ${r.connections} connections: ${r.ok} accepted but ${r.stored} rows stored.`,
          ),
        ]
      : []),
  ].join('\n');
  await writeResultsSection(heading, body);
}
