import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../lib/main-module.js';

/** One row of bench/peers/fluid/fluid-bench.ts's report (that folder has its own packages). */
export type FluidRow = {
  readers: number;
  ops: number;
  deliveries: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  serviceCpuPerOpMs: number;
  serviceRssMb: number;
  loadMs: number;
};

export type FluidReport = {
  versions: Record<string, string>;
  rate: number;
  warmupOps: number;
  rows: FluidRow[];
};

export const fluidDir = join(repoRoot, 'bench', 'peers', 'fluid');

/** Installs the peer's pinned packages from its own lock file, once. */
export function ensureFluidInstalled(): void {
  if (existsSync(join(fluidDir, 'node_modules'))) return;
  console.log('Installing the Fluid peer (npm ci --prefix bench/peers/fluid)…');
  execFileSync('npm', ['ci', '--prefix', fluidDir, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
}

/**
 * Runs the Fluid Framework peer in its own processes (tinylicious, the writer, the readers) and
 * returns its figures. Its stderr is shown only when it fails.
 */
export async function runFluidPeer(sizes: number[], ops: number): Promise<FluidReport> {
  ensureFluidInstalled();
  const dir = mkdtempSync(join(tmpdir(), 'candor-bench-fluid-'));
  const out = join(dir, 'fluid.json');
  try {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(fluidDir, 'fluid-bench.ts'),
        '--sizes',
        sizes.join(','),
        '--ops',
        String(ops),
        '--out',
        out,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'inherit', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    if (code !== 0) throw new Error(`The Fluid peer exited with ${code}:\n${stderr}`);
    return JSON.parse(readFileSync(out, 'utf8')) as FluidReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
