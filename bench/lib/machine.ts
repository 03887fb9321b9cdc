import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

/** The 1-minute load average, rounded. */
export const load1 = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

export type Machine = {
  nproc: number;
  cpu: string;
  memoryGb: number;
  node: string;
  date: string;
  /** 1-minute load average when the run started: other work on the machine skews the figures. */
  load1: number;
};

/** What the figures were measured on; they mean little on another machine. */
export function describeMachine(): Machine {
  let nproc = cpus().length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    // No coreutils: the CPU count from Node is the same figure on Linux.
  }
  return {
    nproc,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
    load1: load1(),
  };
}
