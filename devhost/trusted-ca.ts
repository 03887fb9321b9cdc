import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { ensureDevCa, type DevCa } from './ca.js';

export const devCaDir = resolve(import.meta.dirname, '..', '.devhost', 'ca');

/**
 * Makes sure this process trusts the dev CA, which the in-process fake Graph needs to fetch the
 * identity provider's keys over https. Node reads NODE_EXTRA_CA_CERTS only at start, so when it does
 * not point at the CA yet, the same script runs again as a child with it set, and this process exits
 * with the child's code. It returns only in a process that trusts the CA.
 */
export async function ensureTrustedCa(caDir: string = devCaDir): Promise<DevCa> {
  const ca = await ensureDevCa(caDir);
  if (process.env.NODE_EXTRA_CA_CERTS === ca.certPath) return ca;
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: ca.certPath },
  });
  // Ctrl-C reaches the child too (same process group); wait for it to clean up instead of dying first.
  const ignore = (): void => undefined;
  process.on('SIGINT', ignore);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  process.exit(code ?? (signal ? 1 : 0));
}
