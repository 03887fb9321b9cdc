import { resolve } from 'node:path';
import { ensureDevCa } from '../devhost/ca.js';

const repoRoot = resolve(import.meta.dirname, '..');

/**
 * Vitest global setup: creates the dev CA before any worker starts and points NODE_EXTRA_CA_CERTS at it.
 * Node reads that variable only at process start, and the workers are forked after this runs, so they
 * trust the dev host's https fakes without turning TLS checks off.
 */
export default async function setup(): Promise<void> {
  const ca = await ensureDevCa(resolve(repoRoot, '.devhost', 'ca'));
  process.env.NODE_EXTRA_CA_CERTS = ca.certPath;
}
