import { availableParallelism } from 'node:os';

// Fluid's container runtime reads the global `navigator` (for telemetry) when it loads a container.
// Node 21 and later define it; on Node 20 it is missing and every load throws, so this gives Node 20
// the same read-only fields Node 22 has.
if (!('navigator' in globalThis)) {
  Object.defineProperty(globalThis, 'navigator', {
    value: Object.freeze({
      hardwareConcurrency: availableParallelism(),
      language: 'en-US',
      platform: process.platform,
      userAgent: `Node.js/${process.versions.node.split('.')[0]}`,
    }),
    configurable: true,
  });
}
