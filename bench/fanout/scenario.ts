import { setTimeout as sleep } from 'node:timers/promises';
import { summarise, type Summary } from '../lib/stats.js';
import { startClientProcess } from './client-process.js';
import { now } from './protocol.js';
import type { FanoutTarget } from './target.js';

export type ScenarioOptions = { clients: number; events: number; spacingMs: number };

export type ScenarioResult = {
  target: string;
  clients: number;
  events: number;
  spacingMs: number;
  /** Deliveries seen by clients, of clients × events expected. */
  delivered: number;
  expected: number;
  /** Connections that closed during the run (a dropped slow client shows up here). */
  closed: number;
  /** Time to open every connection (auth and subscribe included for the real path). */
  openMs: number;
  /** Receive time − publish time over every delivery, in ms. */
  latencyMs: Summary;
  /** How long the publishing call took on the server (the write, for the real path), in ms. */
  publishMs: Summary;
};

const openConcurrency = 50;

/** One bounded run: open the clients, warm up until all receive, publish, collect, close. */
export async function runScenario(
  target: FanoutTarget,
  opts: ScenarioOptions,
): Promise<ScenarioResult> {
  const client = startClientProcess();
  const run = `${target.name}-${opts.clients}-${Date.now()}`;
  try {
    const opened = await client.ask(
      {
        type: 'open',
        origin: target.origin,
        connections: target.connections(opts.clients),
        concurrency: openConcurrency,
      },
      'opened',
      120_000,
    );
    if (opened.failed > 0) {
      throw new Error(
        `${opened.failed} of ${opts.clients} ${target.name} connections failed (first: ${opened.firstError}).`,
      );
    }

    // Warm-up events prove every subscription is live (and warm the JIT) before measuring.
    for (let i = 0; ; i++) {
      await target.publish({ run, phase: 'warmup', i, sentAt: now() });
      await sleep(200);
      const status = await client.ask({ type: 'status' }, 'status', 10_000);
      if (status.warm === opts.clients) break;
      if (i >= 50) {
        throw new Error(
          `Only ${status.warm} of ${opts.clients} ${target.name} clients received the warm-up events.`,
        );
      }
    }
    client.send({ type: 'reset' });

    const publishMs: number[] = [];
    const start = now();
    for (let i = 0; i < opts.events; i++) {
      const wait = start + i * opts.spacingMs - now();
      if (wait > 0) await sleep(wait);
      const sentAt = now();
      await target.publish({ run, phase: 'measure', i, sentAt });
      publishMs.push(now() - sentAt);
    }

    const deadline = now() + 15_000;
    while (now() < deadline) {
      const status = await client.ask({ type: 'status' }, 'status', 10_000);
      if (status.minMeasured >= opts.events || status.open === 0) break;
      await sleep(50);
    }
    const report = await client.ask({ type: 'report' }, 'report', 30_000);
    return {
      target: target.name,
      clients: opts.clients,
      events: opts.events,
      spacingMs: opts.spacingMs,
      delivered: report.latencies.length,
      expected: opts.clients * opts.events,
      closed: report.closed,
      openMs: Math.round(opened.ms),
      latencyMs: summarise(report.latencies),
      publishMs: summarise(publishMs),
    };
  } finally {
    await client.stop();
  }
}
