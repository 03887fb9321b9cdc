import { mkdirSync, writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector/promises';
import { join, relative } from 'node:path';
import { repoRoot } from '../lib/main-module.js';

export type SelfTime = { name: string; where: string; ms: number; share: number };

/** A CPU profile of this (the server's) process, started and stopped around one run. */
export async function startServerProfile(): Promise<() => Promise<Profiler.Profile>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    return profile;
  };
}

/** Writes the profile to bench/out for Chrome DevTools; returns its path from the repo root. */
export function saveProfile(profile: Profiler.Profile, name: string): string {
  const dir = join(repoRoot, 'bench', 'out');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return relative(repoRoot, file);
}

/** The functions with the most self time (on top of the stack), as shares of the busy time. */
export function topSelfTime(profile: Profiler.Profile, count: number): SelfTime[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  const totals = new Map<string, SelfTime>();
  let all = 0;
  for (const [i, id] of (profile.samples ?? []).entries()) {
    const node = byNode.get(id);
    const ms = (deltas[i] ?? 0) / 1000;
    // Idle is waiting (for the database, the network), not work.
    if (!node || node.callFrame.functionName === '(idle)') continue;
    all += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const where = url
      ? `${url.replace(`file://${repoRoot}/`, '').replace(/^.*node_modules\//, '')}:${lineNumber + 1}`
      : '';
    const key = `${name} ${where}`;
    const entry = totals.get(key) ?? { name, where, ms: 0, share: 0 };
    entry.ms += ms;
    totals.set(key, entry);
  }
  return [...totals.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((e) => ({ ...e, ms: Math.round(e.ms), share: all > 0 ? e.ms / all : 0 }));
}
