import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Tinylicious = {
  port: number;
  pid: number;
  stop(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function answers(port: number): Promise<boolean> {
  try {
    await (await fetch(`http://127.0.0.1:${port}/`)).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/**
 * Tinylicious on 127.0.0.1 and a free port, with its git storage in a temporary folder (its
 * default, /var/tmp/tinylicious, would outlive the run) and its ops in memory.
 */
export async function startTinylicious(): Promise<Tinylicious> {
  const port = await freePort();
  const storage = mkdtempSync(join(tmpdir(), 'candor-bench-tinylicious-'));
  const child = spawn(process.execPath, [join(import.meta.dirname, 'tinylicious-loopback.mjs')], {
    cwd: import.meta.dirname,
    env: { ...process.env, PORT: String(port), storage, logger__level: 'error' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = once(child, 'exit');
  const deadline = Date.now() + 30_000;
  while (!(await answers(port))) {
    if (child.exitCode !== null) throw new Error(`tinylicious exited with ${child.exitCode}.`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`tinylicious did not answer on 127.0.0.1:${port} within 30 s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null) {
        child.kill();
        await exited;
      }
      rmSync(storage, { recursive: true, force: true });
    },
  };
}

const clockTicks = 100; // USER_HZ, 100 on every Linux Node runs on.

/** CPU seconds (user + system) a process has used so far, from /proc. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

/** Resident set size of a process in MB, from /proc. */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return Math.round(kb / 1024);
}
