import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppDeps } from '../app.js';
import { createEntraTokenVerifier } from '../auth/entra-verifier.js';
import type { Config } from '../config.js';
import { createGraphMembership } from '../graph/membership.js';
import { createLiveHub } from '../live/hub.js';
import { openDatabase } from '../storage/db.js';
import { silentLogger, testConfig, type EntraFakes } from './entra-fakes.js';

export type TestApp = { app: FastifyInstance; config: Config; close(): Promise<void> };

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
  const db = await openDatabase(config.storage);
  const hub = await createLiveHub(db);
  const app = await buildApp({
    config,
    db,
    hub,
    verifier: createEntraTokenVerifier({
      authorityHost: config.entra.authorityHost,
      clientId: config.entra.clientId,
      allowedTenants: config.entra.allowedTenants,
      publicUrl: config.publicUrl,
    }),
    membership: createGraphMembership({
      authorityHost: config.entra.authorityHost,
      clientId: config.entra.clientId,
      clientSecret: config.entra.clientSecret,
      graphBaseUrl: config.graphBaseUrl,
      logger: silentLogger,
    }),
    staticDir: null,
    logger: false,
    ...opts.deps,
  });
  return {
    app,
    config,
    async close() {
      await app.close();
      await hub.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
