import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { ensureDevCa, type DevCa } from '../../devhost/ca.js';
import { repoRoot } from './main-module.js';

export const caDir = resolve(repoRoot, '.devhost', 'ca');

/**
 * Makes sure this process trusts the dev CA. Node reads NODE_EXTRA_CA_CERTS only at start, so
 * when it does not point at the CA yet, the same script runs again as a child with it set, and
 * this process exits with the child's code. It returns only in a process that trusts the CA.
 */
export async function ensureTrustedCa(): Promise<DevCa> {
  const ca = await ensureDevCa(caDir);
  if (process.env.NODE_EXTRA_CA_CERTS === ca.certPath) return ca;
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: ca.certPath },
  });
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  process.exit(code ?? (signal ? 1 : 0));
}
