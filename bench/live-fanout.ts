import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startEntraFakes } from '../server/test-support/entra-fakes.js';
import { startBareServer } from './fanout/bare-server.js';
import { benchRoom, startRealServer } from './fanout/real-server.js';
import { runScenario, type ScenarioResult } from './fanout/scenario.js';
import { isMain } from './lib/main-module.js';
import { ratio, round1, summarise } from './lib/stats.js';
import { textTable } from './lib/table.js';
import { ensureTrustedCa } from '../devhost/trusted-ca.js';

export type FanoutOptions = {
  clients: number[];
  events: number;
  spacingMs: number;
  /** Runs per path and count, alternating which path goes first; figures are medians over runs. */
  repeats: number;
};

export type FanoutReport = {
  command: string;
  room: typeof benchRoom;
  scenarios: ScenarioResult[];
  /** Median over the repeats of each path's p50 and p99, per client count. */
  medians: { target: string; clients: number; p50: number; p99: number }[];
  /** Real path ÷ bare baseline at the same client count, from the medians of this run. */
  ratios: { clients: number; p50: number; p99: number }[];
  notes: string[];
};

export const defaultFanoutOptions: FanoutOptions = {
  clients: [100, 1000],
  events: 50,
  spacingMs: 20,
  repeats: 3,
};

/**
 * Live fan-out: per-client delivery latency of the real live path versus a bare SSE broadcast,
 * at each client count. Server and clients run in separate processes on this machine.
 * The caller must trust the dev CA (see ensureTrustedCa).
 */
export async function runLiveFanout(
  opts: FanoutOptions = defaultFanoutOptions,
): Promise<FanoutReport> {
  checkFileLimit(Math.max(...opts.clients));
  const fakes = await startEntraFakes();
  const scenarios: ScenarioResult[] = [];
  try {
    for (const clients of opts.clients) {
      for (let rep = 0; rep < opts.repeats; rep++) {
        // Alternate which path goes first, so drift in the machine's load hits both alike.
        const order = rep % 2 === 0 ? ['bare', 'real'] : ['real', 'bare'];
        for (const name of order) {
          const target = name === 'bare' ? await startBareServer() : await startRealServer(fakes);
          try {
            const result = await runScenario(target, {
              clients,
              events: opts.events,
              spacingMs: opts.spacingMs,
            });
            scenarios.push(result);
            console.log(`  ${describe(result)}`);
          } finally {
            await target.close();
          }
        }
      }
    }
  } finally {
    await fakes.close();
  }
  const medians = opts.clients.flatMap((clients) =>
    ['bare', 'real'].map((target) => {
      const runs = scenarios.filter((x) => x.target === target && x.clients === clients);
      return {
        target,
        clients,
        p50: round1(summarise(runs.map((x) => x.latencyMs.p50)).p50),
        p99: round1(summarise(runs.map((x) => x.latencyMs.p99)).p50),
      };
    }),
  );
  const ratios = opts.clients.map((clients) => {
    const bare = medians.find((m) => m.target === 'bare' && m.clients === clients);
    const real = medians.find((m) => m.target === 'real' && m.clients === clients);
    return {
      clients,
      p50: ratio(real?.p50 ?? NaN, bare?.p50 ?? NaN),
      p99: ratio(real?.p99 ?? NaN, bare?.p99 ?? NaN),
    };
  });
  return {
    command: 'node --import tsx bench/live-fanout.ts',
    room: benchRoom,
    scenarios,
    medians,
    ratios,
    notes: [
      'Server (fakes, app, publisher) and the client load generator are separate processes sharing the same cores.',
      `Connections sign in as the ${benchRoom.members} members of the seeded ${benchRoom.team} team, round-robin.`,
      'Latency = client receive time − publish start time; the clock is the shared system clock.',
      `${opts.events} events ${opts.spacingMs} ms apart per run; ${opts.repeats} runs per path and count, alternating which path goes first; the summary rows are medians over runs.`,
    ],
  };
}

function describe(r: ScenarioResult): string {
  return `${r.target} × ${r.clients}: p99 ${round1(r.latencyMs.p99)} ms, delivered ${r.delivered}/${r.expected}`;
}

/** Both processes hold one socket per client; fail early with the fix instead of mid-run. */
function checkFileLimit(clients: number): void {
  let limit = Infinity;
  try {
    const raw = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
    if (raw !== 'unlimited') limit = Number(raw);
  } catch {
    return; // No shell to ask; the run will say if sockets run out.
  }
  if (limit < clients + 200) {
    throw new Error(
      `The open-file limit is ${limit}, too low for ${clients} clients. Raise it with \`ulimit -n ${clients * 2 + 200}\` and run the bench again.`,
    );
  }
}

export function fanoutTable(report: FanoutReport): {
  headers: string[];
  rows: (string | number)[][];
} {
  return {
    headers: [
      'path',
      'clients',
      'delivered',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'publish p50 ms',
      'open s',
    ],
    rows: report.scenarios.map((s) => [
      s.target,
      s.clients,
      `${s.delivered}/${s.expected}`,
      round1(s.latencyMs.p50),
      round1(s.latencyMs.p95),
      round1(s.latencyMs.p99),
      round1(s.latencyMs.max),
      round1(s.publishMs.p50),
      round1(s.openMs / 1000),
    ]),
  };
}

export function printFanout(report: FanoutReport): void {
  const { headers, rows } = fanoutTable(report);
  console.log(textTable(headers, rows));
  for (const m of report.medians) {
    console.log(`median over runs, ${m.target} × ${m.clients}: p50 ${m.p50} ms, p99 ${m.p99} ms`);
  }
  for (const r of report.ratios)
    console.log(`real/bare at ${r.clients} clients: p50 ${r.p50}×, p99 ${r.p99}×`);
}

function parseOptions(): FanoutOptions {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: defaultFanoutOptions.clients.join(',') },
      events: { type: 'string', default: String(defaultFanoutOptions.events) },
      spacing: { type: 'string', default: String(defaultFanoutOptions.spacingMs) },
      repeats: { type: 'string', default: String(defaultFanoutOptions.repeats) },
    },
  });
  return {
    clients: values.clients.split(',').map(Number),
    events: Number(values.events),
    spacingMs: Number(values.spacing),
    repeats: Number(values.repeats),
  };
}

if (isMain(import.meta.url)) {
  const options = parseOptions();
  await ensureTrustedCa();
  console.log('Live fan-out');
  printFanout(await runLiveFanout(options));
}
