/** Messages between the throughput bench and its load-generating process (IPC). */

/** What one request carries; the load process varies only these per request. */
export type LoadWorkload =
  | {
      kind: 'addCard';
      retroId: string;
      columnIds: string[];
    }
  | {
      kind: 'pulseAnswer';
      /** Open pulses; request n answers pulse ⌊n / people⌋ as person n mod people, never twice. */
      pulseIds: string[];
    };

export type LoadSpec = {
  base: string;
  /** Bearer tokens of the people sending; request n is sent by person n mod tokens.length. */
  tokens: string[];
  workload: LoadWorkload;
  connections: number;
  durationSeconds: number;
  /** A prefix that makes this run's Idempotency-Keys distinct from every other run's. */
  runId: string;
};

export type LoadResult = {
  /** Responses of any status, and the 2xx among them. */
  responses: number;
  ok: number;
  /** Responses by status code, e.g. `{ "200": 41000, "409": 3 }`. */
  statuses: Record<string, number>;
  /** Socket errors and timeouts (no response at all). */
  errors: number;
  timeouts: number;
  /** Latency of 2xx responses, ms. */
  p50: number;
  p99: number;
  /** 2xx responses in each whole second of the run, counted by arrival time. */
  perSecond: number[];
  /** When the load started, wall-clock ms (`performance.timeOrigin + performance.now()`). */
  startedAt: number;
  elapsedMs: number;
  /** The first non-2xx body seen, to show what went wrong. */
  firstErrorBody: string | null;
};

export type ToLoad = { type: 'run'; spec: LoadSpec } | { type: 'close' };
export type FromLoad = { type: 'done'; result: LoadResult } | { type: 'failed'; message: string };
