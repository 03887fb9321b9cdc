import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import type { AppDeps } from '../app-deps.js';
import type { Config } from '../config.js';
import { closeCoreDeps, createCoreDeps, type CoreDeps } from '../deps.js';
import { silentLogger, testConfig, type EntraFakes } from './entra-fakes.js';

export type TestApp = {
  app: FastifyInstance;
  config: Config;
  core: CoreDeps;
  close(): Promise<void>;
};

/**
 * The real app in process, wired exactly as server/start.ts wires it (Entra verifier, Graph
 * membership, SQLite, live hub), pointed at the fakes. `deps` replaces parts for a focused test.
 */
export async function buildTestApp(
  fakes: EntraFakes,
  opts: { allowedTenants?: string[]; deps?: Partial<AppDeps> } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'candor-auth-test-'));
  const config = testConfig(fakes, dataDir, opts.allowedTenants);
  const core = await createCoreDeps(config, silentLogger);
  const app = await buildApp({ config, ...core, staticDir: null, logger: false, ...opts.deps });
  return {
    app,
    config,
    core,
    async close() {
      await app.close();
      await closeCoreDeps(core);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
