import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, buildShell, shellHtml } from './bundle/vite-builds.js';
import { initialJs, type InitialJs } from './bundle/initial-chunks.js';
import { isMain, repoRoot } from './lib/main-module.js';
import { ratio } from './lib/stats.js';
import { textTable } from './lib/table.js';

export const sidePanelHtml = 'meeting-extension/side-panel.html';
/** Budget from DESIGN.md: the side panel's initial JS stays within 1.10× of the shell. */
export const sidePanelBudget = 1.1;
/** Packages that must load lazily, never in the side panel's initial chunks. */
export const lazyOnly = [
  '@azure/msal-browser',
  '@fluentui/react-charts',
  // Microsoft To Do (#16): loaded when an owner adds an action to To Do or reviews one.
  '@microsoft/microsoft-graph-client',
];

export const buildRoot = resolve(repoRoot, 'bench', 'out', 'build');

export type BundleReport = {
  command: string;
  /** Where the measured app build came from. */
  appBuild: 'fresh' | 'dist/client';
  shell: InitialJs;
  sidePanel: InitialJs;
  ratio: number;
  budget: number;
  withinBudget: boolean;
  /** Lazy-only packages found in the side panel's initial chunks; empty is the goal. */
  eagerLazyPackages: string[];
  /** Packages in the side panel's initial chunks that the shell does not have. */
  extraPackages: string[];
};

export type BundleOptions = { fromDist: boolean };

/**
 * Gzip size of the side panel's initial JS versus a shell page (React, Fluent, teams-js), both
 * built in this run with the repo's Vite settings. `fromDist` measures dist/client as it is.
 */
export async function runBundle(opts: BundleOptions = { fromDist: false }): Promise<BundleReport> {
  const shellOut = join(buildRoot, 'shell');
  await buildShell(shellOut);
  let appOut = join(buildRoot, 'app');
  if (opts.fromDist) {
    appOut = resolve(repoRoot, 'dist', 'client');
    if (!existsSync(join(appOut, sidePanelHtml))) {
      throw new Error('dist/client has no side panel. Run `npm run build` first, or drop --dist.');
    }
  } else {
    await buildApp(appOut);
  }
  const shell = initialJs(shellOut, shellHtml);
  const sidePanel = initialJs(appOut, sidePanelHtml);
  const r = ratio(sidePanel.gzipBytes, shell.gzipBytes);
  return {
    command: `node --import tsx bench/bundle.ts${opts.fromDist ? ' --dist' : ''}`,
    appBuild: opts.fromDist ? 'dist/client' : 'fresh',
    shell,
    sidePanel,
    ratio: r,
    budget: sidePanelBudget,
    withinBudget: r <= sidePanelBudget,
    eagerLazyPackages: lazyOnly.filter((pkg) => sidePanel.packages.includes(pkg)),
    extraPackages: sidePanel.packages.filter((pkg) => !shell.packages.includes(pkg)),
  };
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export function bundleTable(report: BundleReport): {
  headers: string[];
  rows: (string | number)[][];
} {
  const row = (name: string, js: InitialJs) => [
    name,
    js.chunks.length,
    kb(js.bytes),
    kb(js.gzipBytes),
  ];
  return {
    headers: ['page', 'initial chunks', 'KB raw', 'KB gzip'],
    rows: [
      row('shell (React + Fluent + teams-js)', report.shell),
      row('side panel', report.sidePanel),
    ],
  };
}

export function bundleVerdict(report: BundleReport): string[] {
  return [
    `side panel / shell (gzip): ${report.ratio}× (budget ≤ ${report.budget}×: ${report.withinBudget ? 'within' : 'OVER'})`,
    report.eagerLazyPackages.length === 0
      ? `lazy-only packages in the initial chunks: none (${lazyOnly.join(', ')} checked)`
      : `lazy-only packages in the initial chunks: ${report.eagerLazyPackages.join(', ')} — import them lazily`,
    `packages beyond the shell in the initial chunks: ${report.extraPackages.join(', ') || 'none'}`,
  ];
}

export function printBundle(report: BundleReport): void {
  const { headers, rows } = bundleTable(report);
  console.log(textTable(headers, rows));
  for (const line of bundleVerdict(report)) console.log(line);
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { dist: { type: 'boolean', default: false } } });
  console.log('Side panel bundle');
  printBundle(await runBundle({ fromDist: values.dist }));
}
