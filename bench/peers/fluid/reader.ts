import './node-navigator.js';
import type { TinyliciousClient } from '@fluidframework/tinylicious-client';
import type { IFluidContainer } from 'fluid-framework';
import { connected, fluidClient, schema } from './container.js';
import { now, tickKey, type FromReaders, type Tick, type ToReaders } from './protocol.js';

/**
 * The readers: N Fluid containers on one document, each with its own connection to tinylicious,
 * timestamping every remote `valueChanged` of the SharedMap. They share this process, apart from
 * the writer's, as Candor's simulated panels share theirs.
 */

const containers: IFluidContainer[] = [];
let latencies: number[] = [];
let perReader: number[] = [];

const send = (message: FromReaders) => process.send?.(message);

async function loadOne(client: TinyliciousClient, containerId: string, index: number) {
  const { container } = await client.getContainer(containerId, schema, '2');
  await connected(container);
  const map = container.initialObjects.map;
  map.on('valueChanged', (changed, local) => {
    const at = now(); // Before reading the value, so only delivery is measured.
    if (local || changed.key !== tickKey) return;
    const tick = map.get<Tick>(tickKey);
    if (!tick || tick.warm) return;
    latencies.push(at - tick.sentAt);
    perReader[index] = (perReader[index] ?? 0) + 1;
  });
  containers.push(container);
}

async function load(message: Extract<ToReaders, { type: 'load' }>) {
  const started = now();
  const client = fluidClient(message.port);
  perReader = Array.from({ length: message.readers }, () => 0);
  let next = 0;
  const worker = async () => {
    while (next < message.readers) await loadOne(client, message.containerId, next++);
  };
  await Promise.all(Array.from({ length: message.concurrency }, worker));
  send({ type: 'loaded', readers: containers.length, ms: now() - started });
}

process.on('message', (message: ToReaders) => {
  switch (message.type) {
    case 'load':
      load(message).catch((error: unknown) =>
        send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
      break;
    case 'report':
      send({ type: 'report', latencies, perReader });
      latencies = [];
      break;
    case 'close':
      for (const container of containers) container.dispose();
      process.disconnect();
      break;
  }
});
