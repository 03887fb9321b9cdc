import { resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';
import viteConfig, { pages } from '../../vite.config.js';
import { repoRoot } from '../lib/main-module.js';

export const shellDir = resolve(repoRoot, 'bench', 'shell');
export const shellHtml = 'shell.html';

/** The repo's Vite settings without the test block, with another root, entry and output. */
function sameSettings(root: string, input: Record<string, string>, outDir: string): InlineConfig {
  const { test: _test, ...shared } = viteConfig;
  return {
    ...shared,
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ...shared.build,
      outDir,
      emptyOutDir: true,
      rollupOptions: { ...shared.build?.rollupOptions, input },
    },
  };
}

/** Builds every app page as `npm run build` does, but into `outDir`, so dist/client stays untouched. */
export async function buildApp(outDir: string): Promise<void> {
  await build(sameSettings(repoRoot, pages, outDir));
}

/** Builds the shell baseline page (bench/shell) with the same settings. */
export async function buildShell(outDir: string): Promise<void> {
  await build(sameSettings(shellDir, { shell: resolve(shellDir, shellHtml) }, outDir));
}
