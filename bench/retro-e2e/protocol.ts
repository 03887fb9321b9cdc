import type { RetroCommand } from '../../shared/retro/api.js';

/** Messages between the end-to-end orchestrator and the panels process (IPC). */

/**
 * - `delta`: the real client's rules (client/retro/retro-sync.ts): apply each event's delta,
 *   refetch only on a gap or a delta the view cannot take.
 * - `refetch`: the rules before deltas: every event that is ahead of the view costs a GET of the
 *   panel's view after a random share of `refetchSpreadMs`, events meanwhile folded into it.
 */
export type SyncMode = 'delta' | 'refetch';

export type PanelSpec = { userId: string; token: string };

export type ToPanels =
  | { type: 'open'; base: string; retroId: string; panels: PanelSpec[]; concurrency: number }
  | {
      type: 'run';
      mode: SyncMode;
      facilitatorToken: string;
      commands: RetroCommand[];
      spacingMs: number;
      /** How long after the last command every panel may take to reach its rev. */
      settleMs: number;
    }
  | { type: 'close' };

export type RunReport = {
  mode: SyncMode;
  commands: number;
  /** Time from just before each POST to each panel holding a view at its rev, ms. */
  latencies: number[];
  /** (command, panel) pairs that never reached the command's rev within the settle time. */
  missing: number;
  /** Panels that refetched their view at least once (delta mode: the fallback). */
  panelsRefetched: number;
  /** Every GET of a view the panels made during the run. */
  refetches: number;
  /** The facilitator's POSTs: time to the reply, ms. */
  postMs: number[];
  /** Wall time of the run, first POST to the last panel at the last rev. */
  runMs: number;
};

export type FromPanels =
  | { type: 'opened'; panels: number; ms: number }
  | { type: 'ran'; report: RunReport }
  | { type: 'failed'; message: string }
  | { type: 'closed' };

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
export const now = (): number => performance.timeOrigin + performance.now();
