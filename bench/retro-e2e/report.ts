import type { E2eReport, E2eRow, ModeRow } from './results.js';
import { availableParallelism as nproc } from 'node:os';
import { load1 } from '../lib/machine.js';
import { writeResultsSection } from '../lib/section.js';
import { markdownTable, textTable } from '../lib/table.js';
import type { SyncMode } from './protocol.js';
import { seedCards } from './scenario.js';

const heading = '## Retro end to end: command to every panel';

const modeOf = (row: E2eRow, mode: SyncMode): ModeRow => {
  const found = row.modes.find((m) => m.mode === mode);
  if (!found) throw new Error(`No ${mode} run for ${row.panels} panels.`);
  return found;
};

const fluidAt = (report: E2eReport, panels: number) =>
  report.fluid?.rows.find((r) => r.readers === panels) ?? null;

const headers = [
  'N panels',
  'Candor p50 ms',
  'Candor p95 ms',
  'Candor p99 ms',
  'refetch-mode p99 ms',
  'server CPU/command ms',
  'refetch-mode CPU/command ms',
  'server RSS MB',
  'panels that refetched',
  'Fluid p50 ms',
  'Fluid p99 ms',
  'tinylicious CPU/op ms',
];

function cells(report: E2eReport): (string | number)[][] {
  return report.rows.map((row) => {
    const delta = modeOf(row, 'delta');
    const refetch = modeOf(row, 'refetch');
    const fluid = fluidAt(report, row.panels);
    return [
      row.panels,
      delta.p50,
      delta.p95,
      delta.p99,
      refetch.p99,
      delta.cpuPerCommandMs,
      refetch.cpuPerCommandMs,
      row.rssMb,
      `${delta.panelsRefetched} of ${row.panels}`,
      fluid ? fluid.p50 : '—',
      fluid ? fluid.p99 : '—',
      fluid ? fluid.serviceCpuPerOpMs : '—',
    ];
  });
}

const detailHeaders = [
  'N panels',
  'mode',
  'commands',
  'deliveries',
  'missing',
  'view GETs',
  'max ms',
  'POST p50 ms',
  'POST p99 ms',
  'run ms',
];

function detailCells(report: E2eReport): (string | number)[][] {
  return report.rows.flatMap((row) =>
    row.modes.map((m) => [
      row.panels,
      m.mode,
      m.commands,
      m.commands * row.panels - m.missing,
      m.missing,
      m.refetches,
      m.max,
      m.postP50,
      m.postP99,
      m.runMs,
    ]),
  );
}

/** `met` is null when this run did not measure the goal's N. */
type Verdict = { goal: string; met: boolean | null; how: string };

const ms = (n: number) => `${n} ms`;

/** The goals of issue #12, each met or missed, with by how much. */
export function verdicts(report: E2eReport): Verdict[] {
  const out: Verdict[] = [];
  for (const panels of [10, 50, 100]) {
    const row = report.rows.find((r) => r.panels === panels);
    const fluid = fluidAt(report, panels);
    const goal = `Candor p99 ≤ Fluid's at ${panels}`;
    if (!row || !fluid) {
      out.push({ goal, met: null, how: 'not measured in this run' });
      continue;
    }
    const delta = modeOf(row, 'delta');
    const gap = Math.round((delta.p99 - fluid.p99) * 10) / 10;
    // The event leaves before the answer, so a panel waits at least the command's handling.
    const bound = `; the command's own POST took p50 ${ms(delta.postP50)}, p99 ${ms(delta.postP99)}`;
    out.push({
      goal,
      met: delta.p99 <= fluid.p99,
      how: `${ms(delta.p99)} vs ${ms(fluid.p99)}: ${gap <= 0 ? `${ms(-gap)} under` : `over by ${ms(gap)} (${Math.round((delta.p99 / fluid.p99) * 100) / 100}×)${bound}`}`,
    });
  }
  for (const [panels, budget] of [
    [300, 100],
    [1000, 250],
  ] as const) {
    const row = report.rows.find((r) => r.panels === panels);
    const goal = `Candor p99 ≤ ${budget} ms at ${panels.toLocaleString('en-US')}`;
    if (!row) {
      out.push({ goal, met: null, how: 'not measured in this run' });
      continue;
    }
    const p99 = modeOf(row, 'delta').p99;
    const gap = Math.round((p99 - budget) * 10) / 10;
    out.push({
      goal,
      met: p99 <= budget,
      how: `${ms(p99)}: ${gap <= 0 ? `${ms(-gap)} under` : `over by ${ms(gap)}`}`,
    });
  }
  const big = report.rows.find((r) => r.panels === 1000);
  const cpuGoal = 'server CPU/command at 1,000 ≤ 5 % of the refetch mode';
  if (big) {
    const now = modeOf(big, 'delta').cpuPerCommandMs;
    const before = modeOf(big, 'refetch').cpuPerCommandMs;
    const share = Math.round((now / before) * 1000) / 10;
    out.push({
      goal: cpuGoal,
      met: share <= 5,
      how: `${ms(now)} vs ${ms(before)}: ${share} %${share <= 5 ? '' : `, over by ${Math.round((share - 5) * 10) / 10} points`}`,
    });
  } else out.push({ goal: cpuGoal, met: null, how: 'not measured in this run' });
  return out;
}

const label = (v: Verdict) => (v.met === null ? 'Not measured' : v.met ? 'Met' : 'Missed');

export function printRetroE2e(report: E2eReport): void {
  console.log(textTable(headers, cells(report)));
  console.log(textTable(detailHeaders, detailCells(report)));
  for (const v of verdicts(report)) console.log(`${label(v).padEnd(12)} ${v.goal}: ${v.how}`);
}

/** Writes (or replaces) the end-to-end section of bench/RESULTS.md. */
export async function writeRetroE2eSection(report: E2eReport, command: string): Promise<void> {
  const o = report.options;
  const small = o.commands * 10;
  const fluid = report.fluid;
  const versions = fluid
    ? Object.entries(fluid.versions)
        .map(([name, version]) => `\`${name}\` ${version}`)
        .join(', ')
    : '';
  const body = [
    `Command: \`${command}\` (${new Date().toISOString()}); alone: \`node --import tsx bench/retro-e2e.ts\`.`,
    `Load average (1 min): ${report.loadAtStart} at start, ${load1()} when written (${nproc()} CPUs).`,
    ...(Math.max(report.loadAtStart, load1()) > nproc()
      ? [
          '',
          '> **Busy machine.** Other work shared the cores during this run: the p99s are inflated.',
        ]
      : []),
    '',
    '**End to end**, what a person waits for: from just before the facilitator’s',
    '`POST /api/retros/:id/commands` to each of N side panels holding a view at that command’s rev.',
    'The "Live fan-out" section times only the event leg (`hub.publish` to SSE receipt); this one',
    'adds the command, its write, the event and whatever each panel then does to get the change.',
    '',
    markdownTable(headers, cells(report)),
    '',
    '**Goals (issue #12)**',
    '',
    ...verdicts(report).map(
      (v) => `- ${v.met === false ? '**Missed**' : label(v)}: ${v.goal}: ${v.how}.`,
    ),
    '',
    '**How it runs.**',
    `- The real app (\`startRetroApp\`, SQLite in WAL mode, the dev IdP and fake Graph, rate limits raised) in the bench’s process. N made-up Contoso people in one meeting chat, each with their own token and their own \`GET /api/live/retro:<id>\` stream, open the retro (a \`GET\` of their view, then the stream). The retro is in gather with ${seedCards} revealed cards from the facilitator (check-in and review skipped).`,
    `- The panels and the facilitator’s client run in one other process (node:http, a connection per stream). Per N: ${o.warmupCommands} warm-up commands, then ${o.commands} commands in each mode, one every ${o.spacingMs} ms, awaiting each answer: start the timer, add a card, stop the timer, add a card, in turn (public changes: a timer op, a revealed card).`,
    '- **Candor** columns: the `delta` mode, panels following `createRetroSync` (client/retro/retro-sync.ts) with the store `live-retro.ts` gives it (a fallback refetch waits a random share of `refetchSpreadMs`), the facilitator sending `Prefer: return=minimal`. "Panels that refetched" counts panels that fell back to a GET in that run.',
    '- **Refetch mode**: the client’s rules before deltas (live-retro.ts at 6001ee2^): each event ahead of the view costs a GET of the panel’s view, at once up to 20 participants, else after a random share of `refetchSpreadMs(participants)`, events meanwhile folded into it; the facilitator gets the whole view back. It runs first on each retro, on the smaller board, which flatters it.',
    `- Server CPU per command: \`process.cpuUsage()\` of the server’s process from the first POST until every panel held the last rev, ÷ commands; it includes the stream heartbeats and access re-checks of those seconds. RSS: the server’s process (the fake IdP and Graph included) after both modes. A p99 at N = 10 rests on ${small} deliveries: ${small - Math.ceil(small * 0.99)} are slower than it. Presence heartbeats (a GET every 30 s per panel) are left out: they are no command’s cost.`,
    fluid
      ? `- **Fluid** (${versions}; bench/peers/fluid, its own lock file): tinylicious on 127.0.0.1, one writer (one process) and N readers (another process, as Candor’s panels) of a SharedMap; the writer sets a value ${fluid.rate} times a second, ${fluid.warmupOps} warm-up and ${fluid.rows[0]?.ops ?? o.fluidOps} measured, each carrying its send time, and each reader notes its \`valueChanged\`; "tinylicious CPU/op" is the service process’s CPU over the measured ops (from /proc), beside Candor’s server CPU per command. Run before Candor’s, in the same invocation, at N = ${o.fluidSizes.join(', ')} (Live Share caps a session at 100). Node 20 gets the \`navigator\` global Fluid’s runtime reads (Node 21+ has it).`
      : `- **Fluid**: not run in this invocation (${report.fluidError ?? 'no reason given'}).`,
    '- Both sides share this machine’s cores with their clients: a browser per person would take the parsing off it. The panels process parses every event and view of all N panels on one core.',
    '',
    markdownTable(detailHeaders, detailCells(report)),
  ].join('\n');
  await writeResultsSection(heading, body);
}
