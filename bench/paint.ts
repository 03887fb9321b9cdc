import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDevStack } from '../devhost/stack.js';
import { launchBrowser } from '../tests/e2e/support/browser.js';
import { buildRoot, sidePanelHtml } from './bundle.js';
import { buildApp, buildShell, shellHtml } from './bundle/vite-builds.js';
import { isMain, repoRoot } from './lib/main-module.js';
import { round1, summarise } from './lib/stats.js';
import { textTable } from './lib/table.js';
import { measurePaint, type PaintSample } from './paint/fcp.js';
import { serveDirectory } from './paint/static-server.js';

export type PaintRow = {
  page: string;
  throttle: number;
  /** Median FCP over the runs, ms. */
  fcpMs: number;
  runs: number;
  /** For the stand-in: median FCP of the side panel frame from the host page's start. */
  fromHostMs: number | null;
};

export type PaintReport = { command: string; rows: PaintRow[]; notes: string[] };

export type PaintOptions = { runs: number; throttles: number[]; build: boolean };

export const defaultPaintOptions: PaintOptions = { runs: 3, throttles: [1, 4], build: true };

type Target = { page: string; url: string; frame?: string };

/**
 * First contentful paint in headless Chromium: the shell page and the side panel served as static
 * files, and the side panel inside the dev stand-in (dist/client through the real server).
 */
export async function runPaint(opts: PaintOptions = defaultPaintOptions): Promise<PaintReport> {
  const shellOut = join(buildRoot, 'shell');
  const appOut = join(buildRoot, 'app');
  if (opts.build || !existsSync(join(shellOut, shellHtml))) await buildShell(shellOut);
  if (opts.build || !existsSync(join(appOut, sidePanelHtml))) await buildApp(appOut);
  const distPanel = resolve(repoRoot, 'dist', 'client', sidePanelHtml);
  if (!existsSync(distPanel)) {
    throw new Error(
      'The dev stand-in serves dist/client, which is missing. Run `npm run build` first.',
    );
  }

  const shellFiles = await serveDirectory(shellOut);
  const appFiles = await serveDirectory(appOut);
  const dataDir = mkdtempSync(join(tmpdir(), 'candor-bench-paint-'));
  const stack = await startDevStack({ dataDir, logLevel: 'warn', onOutput: () => undefined });
  const browser = await launchBrowser();
  const targets: Target[] = [
    { page: 'shell', url: `${shellFiles.origin}/${shellHtml}` },
    { page: 'side panel (static, outside Teams)', url: `${appFiles.origin}/${sidePanelHtml}` },
    {
      page: 'side panel in the stand-in',
      url: `${stack.appUrl}/devhost/?view=meeting&participants=1`,
      frame: 'side-panel.html',
    },
  ];
  const rows: PaintRow[] = [];
  try {
    for (const throttle of opts.throttles) {
      for (const target of targets) {
        const samples: PaintSample[] = [];
        // Interleaving is not needed: each load gets a fresh context with an empty cache.
        for (let i = 0; i < opts.runs; i++) {
          samples.push(await measurePaint(browser, target.url, throttle, target.frame));
        }
        const fcp = samples.flatMap((s) => (s.fcpMs === null ? [] : [s.fcpMs]));
        const host = samples.flatMap((s) => (s.fromHostMs === null ? [] : [s.fromHostMs]));
        const row: PaintRow = {
          page: target.page,
          throttle,
          fcpMs: round1(summarise(fcp).p50),
          runs: fcp.length,
          fromHostMs: host.length ? round1(summarise(host).p50) : null,
        };
        rows.push(row);
        console.log(`  ${row.page} at ${throttle}×: FCP ${row.fcpMs} ms`);
      }
    }
  } finally {
    await browser.close();
    await stack.stop();
    await appFiles.close();
    await shellFiles.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    command: 'node --import tsx bench/paint.ts',
    rows,
    notes: [
      `Median of ${opts.runs} loads each, fresh browser context (empty cache), CPU slowed with CDP Emulation.setCPUThrottlingRate.`,
      "Static pages come from this run's builds (bench/out/build); the stand-in serves dist/client " +
        `(built ${statSync(distPanel).mtime.toISOString()}).`,
      'Outside Teams the side panel paints its waiting state; in the stand-in it paints after teams-js initialises.',
    ],
  };
}

export function paintTable(report: PaintReport): {
  headers: string[];
  rows: (string | number)[][];
} {
  return {
    headers: ['page', 'CPU', 'FCP ms (median)', 'from host start ms', 'runs'],
    rows: report.rows.map((r) => [r.page, `${r.throttle}×`, r.fcpMs, r.fromHostMs ?? '—', r.runs]),
  };
}

export function printPaint(report: PaintReport): void {
  const { headers, rows } = paintTable(report);
  console.log(textTable(headers, rows));
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: String(defaultPaintOptions.runs) },
      'no-build': { type: 'boolean', default: false },
    },
  });
  console.log('Paint');
  printPaint(
    await runPaint({
      ...defaultPaintOptions,
      runs: Number(values.runs),
      build: !values['no-build'],
    }),
  );
}
