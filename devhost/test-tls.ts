import { join } from 'node:path';
import { ensureDevCa, issueServerCert, type ServerCert } from './ca.js';

let cached: Promise<ServerCert> | undefined;

/**
 * A server certificate from the CA that tests/global-setup.ts made trusted (NODE_EXTRA_CA_CERTS).
 * Tests only; issued once per worker because RSA key generation is slow.
 */
export function testTls(): Promise<ServerCert> {
  const caPath = process.env.NODE_EXTRA_CA_CERTS;
  if (!caPath) {
    throw new Error(
      'NODE_EXTRA_CA_CERTS is not set. Run the tests through vitest with tests/global-setup.ts as globalSetup.',
    );
  }
  cached ??= ensureDevCa(join(caPath, '..')).then((ca) => issueServerCert(ca));
  return cached;
}
