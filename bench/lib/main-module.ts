import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** True when this module is the script node was started with, so each bench also runs alone. */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && resolve(entry) === fileURLToPath(moduleUrl);
}

export const repoRoot = resolve(import.meta.dirname, '..', '..');
