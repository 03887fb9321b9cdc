/** Messages between the Fluid peer's writer (fluid-bench.ts) and its reader process (IPC). */

export type ToReaders =
  | { type: 'load'; port: number; containerId: string; readers: number; concurrency: number }
  | { type: 'report' }
  | { type: 'close' };

export type FromReaders =
  | { type: 'loaded'; readers: number; ms: number }
  | { type: 'report'; latencies: number[]; perReader: number[] }
  | { type: 'failed'; message: string };

/** What the writer sets: `sentAt` is `now()` in the writer's process. */
export type Tick = { i: number; sentAt: number; warm: boolean };

export const tickKey = 'tick';

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
export const now = (): number => performance.timeOrigin + performance.now();
