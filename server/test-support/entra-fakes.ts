import { join, resolve } from 'node:path';
import { ensureDevCa, issueServerCert } from '../../devhost/ca.js';
import { freePort } from '../../devhost/free-port.js';
import { startFakeGraph, type FakeGraph } from '../../devhost/graph-fake.js';
import { startIdentityProvider, type Idp } from '../../devhost/idp.js';
import { demo, devApp, seed } from '../../devhost/seed.js';
import type { Config } from '../config.js';

export { demo, devApp, freePort, seed };

export type EntraFakes = { idp: Idp; graph: FakeGraph; close(): Promise<void> };

/**
 * The dev identity provider and fake Graph over https with the dev CA. The CA is trusted because
 * tests/global-setup.ts sets NODE_EXTRA_CA_CERTS before the workers start.
 */
export async function startEntraFakes(opts: { pageSize?: number } = {}): Promise<EntraFakes> {
  const ca = await ensureDevCa(resolve(import.meta.dirname, '../../.devhost/ca'));
  const tls = issueServerCert(ca);
  const idp = await startIdentityProvider({ tls });
  const graph = await startFakeGraph({ tls, idpUrl: idp.url, pageSize: opts.pageSize });
  return {
    idp,
    graph,
    async close() {
      await graph.close();
      await idp.close();
    },
  };
}

export const testPublicUrl = new URL('http://localhost:3978');

export function testConfig(
  fakes: EntraFakes,
  dataDir: string,
  allowedTenants: string[] = [],
): Config {
  return {
    mode: 'test',
    port: 0,
    host: '127.0.0.1',
    publicUrl: testPublicUrl,
    entra: {
      clientId: devApp.clientId,
      clientSecret: devApp.clientSecret,
      authorityHost: new URL(fakes.idp.url),
      allowedTenants,
    },
    graphBaseUrl: new URL(fakes.graph.url),
    storage: { kind: 'sqlite', file: join(dataDir, 'candor.sqlite') },
    dataDir,
    // A key in the form CANDOR_HMAC_KEY requires (base64 of 48 random bytes); not a secret.
    hmacKey: 'aAZy9v9U8rCwuuIQGTgpjPrLBLuKne96vzHNHOsT6GrZ7Mj31tYNC+j506rbtez4',
    trustProxy: false,
    logLevel: 'silent',
  };
}

export const silentLogger = { warn: () => undefined, error: () => undefined };

/** The seeded user with this display name; tests name people the way the demo org does. */
export function seededUser(displayName: string): (typeof seed.users)[number] {
  const user = seed.users.find((u) => u.displayName === displayName);
  if (!user) throw new Error(`No seeded user named ${displayName}; see devhost/seed.ts.`);
  return user;
}
