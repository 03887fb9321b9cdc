/** Messages between the fan-out orchestrator and the load-generating client process (IPC). */

export type ClientConnection = { path: string; headers: Record<string, string> };

export type ToClient =
  | { type: 'open'; origin: string; connections: ClientConnection[]; concurrency: number }
  | { type: 'status' }
  | { type: 'reset' }
  | { type: 'report' }
  | { type: 'close' };

export type FromClient =
  | { type: 'opened'; ok: number; failed: number; firstError: string | null; ms: number }
  | { type: 'status'; open: number; warm: number; minMeasured: number; closed: number }
  | { type: 'report'; latencies: number[]; perConnection: number[]; closed: number }
  | { type: 'closed' };

/** What each benchmark event carries; `sentAt` is `now()` in the publishing process. */
export type TickData = { run: string; phase: 'warmup' | 'measure'; i: number; sentAt: number };

export const tickType = 'bench.tick';

/**
 * Wall-clock milliseconds with sub-millisecond resolution. Both processes derive it from the same
 * system clock, so a send time from one and a receive time from the other can be subtracted.
 */
export const now = (): number => performance.timeOrigin + performance.now();
