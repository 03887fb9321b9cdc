import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { bundleTable, bundleVerdict, type BundleReport } from '../bundle.js';
import { fanoutTable, type FanoutReport } from '../live-fanout.js';
import { paintTable, type PaintReport } from '../paint.js';
import type { Machine } from './machine.js';
import { repoRoot } from './main-module.js';
import { markdownTable } from './table.js';

export type BenchResults = {
  command: string;
  machine: Machine;
  fanout: FanoutReport | null;
  bundle: BundleReport | null;
  paint: PaintReport | null;
  /** 1-minute load average when the run ended. */
  loadAtEnd: number;
};

export const outDir = join(repoRoot, 'bench', 'out');

/** Writes bench/out/results.json (ignored by git) and bench/RESULTS.md (committed). */
export async function writeResults(results: BenchResults): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const file = join(repoRoot, 'bench', 'RESULTS.md');
  // Formatted as the repo's format check expects, so a fresh run never fails `npm test`.
  const options = await resolveConfig(file);
  writeFileSync(file, await format(renderMarkdown(results), { ...options, filepath: file }));
}

const table = ({ headers, rows }: { headers: string[]; rows: (string | number)[][] }) =>
  markdownTable(headers, rows);

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const parts = [
    '# Benchmark results',
    '',
    'Written by `npm run bench`; do not edit by hand. These figures were measured on the machine',
    'below and mean little elsewhere. Machines are noisy, so compare the ratios within one run, not',
    'absolute figures across runs.',
    '',
    `- Command: \`${r.command}\` (each bench also runs alone; see below)`,
    `- Date: ${m.date}`,
    `- Machine: ${m.nproc} CPUs (\`nproc\`), ${m.cpu}, ${m.memoryGb} GB RAM`,
    `- Node: ${m.node}`,
    `- Load average (1 min): ${m.load1} at start, ${r.loadAtEnd} at end`,
  ];
  if (Math.max(m.load1, r.loadAtEnd) > m.nproc) {
    parts.push(
      '',
      `> **Busy machine.** The load average exceeded the ${m.nproc} CPUs during this run, so other`,
      '> work shared the cores: latencies and paint times are inflated and vary run to run. Rerun',
      '> `npm run bench` on a quiet machine before judging the budgets; the bundle sizes are unaffected.',
    );
  }
  if (r.fanout) {
    const f = r.fanout;
    parts.push(
      '',
      '## Live fan-out',
      '',
      `Alone: \`${f.command}\`. Budget (DESIGN.md): real path p99 ≤ 100 ms at 1,000 clients; bare ~40 ms.`,
      '',
      table(fanoutTable(f)),
      '',
      table({
        headers: ['path (median over runs)', 'clients', 'p50 ms', 'p99 ms'],
        rows: f.medians.map((m) => [m.target, m.clients, m.p50, m.p99]),
      }),
      '',
      ...f.ratios.map((x) => `- real / bare at ${x.clients} clients: p50 ${x.p50}×, p99 ${x.p99}×`),
      ...f.notes.map((n) => `- ${n}`),
    );
  }
  if (r.bundle) {
    const b = r.bundle;
    parts.push(
      '',
      '## Side panel bundle (initial JS)',
      '',
      `Alone: \`${b.command}\`. Budget (DESIGN.md): side panel ≤ ${b.budget}× the shell, gzip.`,
      '',
      table(bundleTable(b)),
      '',
      ...bundleVerdict(b).map((line) => `- ${line}`),
      `- Initial JS = entry scripts and modulepreloads in the built HTML plus their static imports, recursively (dynamic \`import()\` excluded); gzip per file at zlib's default level.`,
      `- Both pages built in this run with the repo's Vite settings (app build: ${b.appBuild}).`,
    );
  }
  if (r.paint) {
    const p = r.paint;
    parts.push(
      '',
      '## Paint (first contentful paint, headless Chromium)',
      '',
      `Alone: \`${p.command}\`.`,
      '',
      table(paintTable(p)),
      '',
      ...p.notes.map((n) => `- ${n}`),
    );
  }
  return `${parts.join('\n')}\n`;
}
