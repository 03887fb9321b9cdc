import './node-navigator.js';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connected, fluidClient, schema } from './container.js';
import { now, tickKey, type FromReaders, type Tick, type ToReaders } from './protocol.js';
import { cpuSeconds, rssMb, startTinylicious } from './tinylicious.js';

/**
 * The Fluid Framework peer of Candor's end-to-end retro bench (issue #12): tinylicious on
 * loopback, one writer (this process) and N readers (one other process) of a SharedMap. The writer
 * sets a value 10 times a second carrying its send time; each reader notes when its
 * `valueChanged` fires. Alone: `node --import tsx bench/peers/fluid/fluid-bench.ts`.
 */

export type FluidRow = {
  readers: number;
  ops: number;
  /** Deliveries measured (ops × readers when none was lost). */
  deliveries: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** tinylicious CPU per op over the measured ops, ms. */
  serviceCpuPerOpMs: number;
  serviceRssMb: number;
  loadMs: number;
};

export type FluidReport = {
  versions: Record<string, string>;
  rate: number;
  warmupOps: number;
  rows: FluidRow[];
};

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,50,100' },
    ops: { type: 'string', default: '50' },
    rate: { type: 'string', default: '10' },
    out: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const ops = Number(values.ops);
const rate = Number(values.rate);
const warmupOps = 10;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}
const round1 = (n: number) => Math.round(n * 10) / 10;

function startReaders() {
  const child = fork(join(import.meta.dirname, 'reader.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  const ask = <T extends FromReaders['type']>(message: ToReaders, type: T, timeoutMs: number) =>
    new Promise<Extract<FromReaders, { type: T }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Fluid readers: no "${type}".`)), timeoutMs);
      const onMessage = (reply: FromReaders) => {
        if (reply.type === 'failed') reject(new Error(`Fluid readers: ${reply.message}`));
        if (reply.type !== type && reply.type !== 'failed') return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(reply as Extract<FromReaders, { type: T }>);
      };
      child.on('message', onMessage);
      child.send(message);
    });
  return {
    ask,
    async stop() {
      if (child.connected) child.send({ type: 'close' } satisfies ToReaders);
      const timer = setTimeout(() => child.kill(), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function benchOne(port: number, pid: number, readers: number): Promise<FluidRow> {
  const client = fluidClient(port);
  const { container } = await client.createContainer(schema, '2');
  const containerId = await container.attach();
  await connected(container);
  const map = container.initialObjects.map;
  const readerProcess = startReaders();
  try {
    const loaded = await readerProcess.ask(
      { type: 'load', port, containerId, readers, concurrency: 10 },
      'loaded',
      120_000,
    );
    const write = async (count: number, warm: boolean) => {
      const start = now();
      for (let i = 0; i < count; i += 1) {
        await sleep(Math.max(0, start + (i * 1000) / rate - now()));
        map.set<Tick>(tickKey, { i, sentAt: now(), warm });
      }
    };
    await write(warmupOps, true);
    await sleep(1_000);
    const cpuBefore = cpuSeconds(pid);
    await write(ops, false);
    await sleep(2_000); // The last op's deliveries, with room for stragglers.
    const cpu = cpuSeconds(pid) - cpuBefore;
    const report = await readerProcess.ask({ type: 'report' }, 'report', 30_000);
    const sorted = [...report.latencies].sort((a, b) => a - b);
    return {
      readers,
      ops,
      deliveries: sorted.length,
      p50: round1(percentile(sorted, 50)),
      p95: round1(percentile(sorted, 95)),
      p99: round1(percentile(sorted, 99)),
      max: round1(sorted.at(-1) ?? Number.NaN),
      serviceCpuPerOpMs: round1((cpu * 1000) / ops),
      serviceRssMb: rssMb(pid),
      loadMs: Math.round(loaded.ms),
    };
  } finally {
    container.dispose();
    await readerProcess.stop();
    await sleep(1_000); // The summarizer's last summary on dispose, before the service may stop.
  }
}

const pinned = ['fluid-framework', '@fluidframework/tinylicious-client', 'tinylicious'];

/** The installed versions of the three pinned packages, from the peer's lock file. */
function versions(): Record<string, string> {
  const lock = JSON.parse(readFileSync(join(import.meta.dirname, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>;
  };
  return Object.fromEntries(
    pinned.map((name) => [name, lock.packages[`node_modules/${name}`]?.version ?? '?']),
  );
}

const service = await startTinylicious();
const rows: FluidRow[] = [];
try {
  for (const readers of sizes) {
    const row = await benchOne(service.port, service.pid, readers);
    rows.push(row);
    console.log(
      `Fluid ${readers} readers: p50 ${row.p50} ms, p95 ${row.p95} ms, p99 ${row.p99} ms, ` +
        `${row.deliveries}/${readers * ops} deliveries, tinylicious ${row.serviceCpuPerOpMs} ms CPU/op`,
    );
  }
} finally {
  await service.stop();
}
const report: FluidReport = { versions: versions(), rate, warmupOps, rows };
if (values.out) writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
// Fluid's loader keeps timers and sockets alive after dispose; the run is over.
process.exit(0);
