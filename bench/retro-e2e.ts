import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ensureTrustedCa } from '../devhost/trusted-ca.js';
import { startEntraFakes } from '../server/test-support/entra-fakes.js';
import { startRetroApp } from '../server/test-support/retro-app.js';
import { openBenchDb } from './lib/bench-db.js';
import { load1 } from './lib/machine.js';
import { isMain } from './lib/main-module.js';
import { round1, summarise } from './lib/stats.js';
import { runFluidPeer, type FluidReport } from './retro-e2e/fluid.js';
import type { E2eOptions, E2eReport, E2eRow, ModeRow } from './retro-e2e/results.js';
import { addPeople, facilitatorId } from './retro-e2e/people.js';
import { startPanelsProcess } from './retro-e2e/panels-process.js';
import type { RunReport, SyncMode } from './retro-e2e/protocol.js';
import { printRetroE2e, writeRetroE2eSection } from './retro-e2e/report.js';
import { commandMix, seedRetro } from './retro-e2e/scenario.js';

/**
 * End to end, what a person waits for in a retro (issue #12): from the facilitator's POST of a
 * command to every one of N simulated side panels holding a view at that command's rev. The real
 * app on SQLite serves N people, each with their own token and stream; the panels run in another
 * process. Each N runs in two modes: `delta` (the client's rules now) and `refetch` (the rules
 * before deltas), so the CPU a command costs now and before comes from one run. The Fluid
 * Framework peer runs in the same invocation. Alone: `node --import tsx bench/retro-e2e.ts`.
 */

export const defaultE2eOptions: E2eOptions = {
  panels: [10, 50, 100, 300, 1000],
  commands: 40,
  spacingMs: 250,
  warmupCommands: 4,
  settleMs: 20_000,
  fluidSizes: [10, 50, 100],
  fluidOps: 100,
};

function modeRow(report: RunReport, cpuMs: number): ModeRow {
  const latency = summarise(report.latencies);
  return {
    mode: report.mode,
    commands: report.commands,
    p50: round1(latency.p50),
    p95: round1(latency.p95),
    p99: round1(latency.p99),
    max: round1(latency.max),
    cpuPerCommandMs: round1(cpuMs / report.commands),
    missing: report.missing,
    panelsRefetched: report.panelsRefetched,
    refetches: report.refetches,
    postP50: round1(summarise(report.postMs).p50),
    postP99: round1(summarise(report.postMs).p99),
    runMs: Math.round(report.runMs),
  };
}

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** Each panel holds a stream and a keep-alive connection, and the server the other ends. */
function checkFileLimit(panels: number): void {
  const raw = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  const needed = panels * 2 + 200;
  if (raw !== 'unlimited' && Number(raw) < needed) {
    throw new Error(
      `The open-file limit is ${raw}, too low for ${panels} panels. Raise it with \`ulimit -n ${needed}\` and run the bench again.`,
    );
  }
}

export async function runRetroE2e(options: E2eOptions = defaultE2eOptions): Promise<E2eReport> {
  checkFileLimit(Math.max(...options.panels));
  const loadAtStart = load1();
  console.log(
    `  Candor: N = ${options.panels.join(', ')}; per N ${options.warmupCommands} warm-up commands, then ` +
      `${options.commands} per mode (refetch, then delta), one every ${options.spacingMs} ms. ` +
      `Fluid: N = ${options.fluidSizes.join(', ') || 'none'}, ${options.fluidOps} ops at 10/s.`,
  );
  let fluid: FluidReport | null = null;
  let fluidError: string | null = null;
  try {
    if (options.fluidSizes.length > 0)
      fluid = await runFluidPeer(options.fluidSizes, options.fluidOps);
    else fluidError = 'left out of this run';
  } catch (error) {
    fluidError = error instanceof Error ? error.message : String(error);
    console.error(`The Fluid peer did not run: ${fluidError}`);
  }

  const fakes = await startEntraFakes();
  const { db, close } = await openBenchDb('sqlite', 'e2e');
  const target = await startRetroApp(fakes, db, {
    limits: { perUserMax: 1_000_000, perTenantMax: 10_000_000 },
  });
  const rows: E2eRow[] = [];
  try {
    const people = await addPeople(fakes, Math.max(...options.panels));
    const facilitator = {
      userId: facilitatorId,
      token: await fakes.idp.issueUserToken(facilitatorId),
    };
    for (const count of options.panels) {
      const panelPeople = people.slice(0, count);
      const retroId = await seedRetro(target, fakes, facilitator, panelPeople);
      const panels = startPanelsProcess();
      try {
        const opened = await panels.ask(
          { type: 'open', base: target.base, retroId, panels: panelPeople, concurrency: 25 },
          'opened',
          180_000,
        );
        const run = async (mode: SyncMode, commands: number, label: string) => {
          target.logs.length = 0; // The test app keeps every log line; the bench has no use for them.
          const cpu = process.cpuUsage();
          const { report } = await panels.ask(
            {
              type: 'run',
              mode,
              facilitatorToken: facilitator.token,
              commands: commandMix(commands, label),
              spacingMs: options.spacingMs,
              settleMs: options.settleMs,
            },
            'ran',
            options.settleMs + commands * options.spacingMs * 4 + 60_000,
          );
          return modeRow(report, cpuMsSince(cpu));
        };
        await run('delta', options.warmupCommands, 'Warm-up'); // JIT, caches, connections
        // Refetch first: its board is the smaller one, which flatters the old rules, not the new.
        const modes = [
          await run('refetch', options.commands, 'Refetch'),
          await run('delta', options.commands, 'Delta'),
        ];
        const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
        rows.push({ panels: count, openMs: Math.round(opened.ms), rssMb, modes });
        for (const m of modes) {
          console.log(
            `  ${count} panels, ${m.mode}: p50 ${m.p50} ms, p95 ${m.p95} ms, p99 ${m.p99} ms, ` +
              `${m.cpuPerCommandMs} ms server CPU/command, ${m.panelsRefetched} panels refetched, ` +
              `${m.missing} missing`,
          );
        }
      } finally {
        await panels.stop();
      }
    }
  } finally {
    await target.close();
    await close();
    await fakes.close();
  }
  return { options, rows, fluid, fluidError, loadAtStart };
}

if (isMain(import.meta.url)) {
  // Smaller runs for trying things out: --panels 10,50 --commands 8 --fluid 10 (--fluid '' skips it).
  const { values } = parseArgs({
    options: {
      panels: { type: 'string' },
      commands: { type: 'string' },
      fluid: { type: 'string' },
    },
  });
  const list = (raw: string) => raw.split(',').filter(Boolean).map(Number);
  const options: E2eOptions = {
    ...defaultE2eOptions,
    ...(values.panels === undefined ? {} : { panels: list(values.panels) }),
    ...(values.commands === undefined ? {} : { commands: Number(values.commands) }),
    ...(values.fluid === undefined ? {} : { fluidSizes: list(values.fluid) }),
  };
  const partial = process.argv.length > 2;
  await ensureTrustedCa();
  console.log('Retro end to end: command to every panel');
  const report = await runRetroE2e(options);
  printRetroE2e(report);
  const command = ['node --import tsx bench/retro-e2e.ts', ...process.argv.slice(2)].join(' ');
  await writeRetroE2eSection(report, partial ? command : 'node --import tsx bench/retro-e2e.ts');
  console.log('Wrote the retro end-to-end section of bench/RESULTS.md.');
}
