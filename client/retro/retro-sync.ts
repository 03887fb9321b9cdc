import type { RetroView } from '../../shared/retro/api.js';
import { applyDelta, ownOpNames, type RetroDelta } from '../../shared/retro/delta.js';

/** Where a panel keeps its view of one retro. */
export type SyncStore = {
  get(): RetroView | undefined;
  set(view: RetroView): void;
  /** Asks the server for this viewer's whole view; its answer comes back through `viewFetched`. */
  refetch(): void;
};

export type RetroSync = {
  /** A `retro.changed` event's data: the public delta of someone's command. */
  event(data: unknown): void;
  /** This panel sent a command; until it is answered, any event might be that command's. */
  commandStarted(): void;
  /** The command's answer (`{ delta }` or `{ retro }`), or null when it failed. */
  commandSettled(reply: unknown, failure?: 'refused' | 'unknown'): void;
  /** A whole view from the server: kept when it is not older than the one held. */
  viewFetched(view: RetroView): void;
  /** Forget what waits, e.g. when the panel closes. */
  dispose(): void;
};

export type RetroSyncOptions = {
  /** How long events wait for this panel's own command's answer before they apply anyway. */
  holdMs?: number;
  /** How long a missing rev may take to arrive (the stream and the answers race) before a refetch. */
  gapMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

type Waiting = { delta: RetroDelta; own: boolean };

function asDelta(data: unknown): RetroDelta | null {
  if (typeof data !== 'object' || data === null) return null;
  const { rev, now, ops } = data as Partial<RetroDelta>;
  if (typeof rev !== 'number' || !Number.isInteger(rev)) return null;
  if (typeof now !== 'string' || !Array.isArray(ops)) return null;
  return { rev, now, ops };
}

const hasOwnOps = (delta: RetroDelta) => delta.ops.some((op) => ownOpNames.includes(op.op));

/**
 * The real client's rule book for keeping one retro view current without refetching it:
 * - every event carries the public delta of one command; the panel applies deltas in rev order;
 * - this panel's own command answers with its delta (the public ops plus its own), which stands in
 *   for the event of the same rev: while a command is out, events wait for its answer, so the
 *   issuer's view gets its own part exactly at its rev;
 * - a missing rev (after `gapMs`) or a delta the view cannot take costs one refetch of the view.
 */
export function createRetroSync(store: SyncStore, options: RetroSyncOptions = {}): RetroSync {
  const holdMs = options.holdMs ?? 2_000;
  const gapMs = options.gapMs ?? 1_000;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer =
    options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const waiting = new Map<number, Waiting>();
  let inFlight = 0;
  let holdExpired = false;
  let holdTimer: unknown = null;
  let gapTimer: unknown = null;

  const stopGapTimer = () => {
    if (gapTimer !== null) clearTimer(gapTimer);
    gapTimer = null;
  };

  const refetch = () => {
    waiting.clear();
    stopGapTimer();
    store.refetch();
  };

  function drain(): void {
    let view = store.get();
    if (!view) return; // The first fetch brings a view; what waits is applied then.
    for (;;) {
      for (const rev of waiting.keys()) if (rev <= view.rev) waiting.delete(rev);
      const next = waiting.get(view.rev + 1);
      if (!next) break;
      if (!next.own && inFlight > 0 && !holdExpired) break;
      waiting.delete(next.delta.rev);
      const applied = applyDelta(view, next.delta);
      if (!applied) {
        refetch();
        return;
      }
      store.set(applied);
      view = applied;
    }
    const gapped = waiting.size > 0 && !waiting.has(view.rev + 1);
    if (!gapped) stopGapTimer();
    else if (gapTimer === null) {
      gapTimer = setTimer(() => {
        gapTimer = null;
        const current = store.get();
        if (current && waiting.size > 0 && !waiting.has(current.rev + 1)) refetch();
      }, gapMs);
    }
  }

  function viewFetched(view: RetroView): void {
    const held = store.get();
    if (!held || held.rev <= view.rev) store.set(view);
    drain();
  }

  return {
    event(data) {
      const delta = asDelta(data);
      if (!delta) {
        refetch();
        return;
      }
      const view = store.get();
      if (view && delta.rev <= view.rev) return;
      if (!waiting.has(delta.rev)) waiting.set(delta.rev, { delta, own: false });
      drain();
    },
    commandStarted() {
      inFlight += 1;
      if (holdTimer !== null) return;
      holdTimer = setTimer(() => {
        holdTimer = null;
        if (inFlight === 0) return;
        holdExpired = true;
        drain();
      }, holdMs);
    },
    commandSettled(reply, failure) {
      inFlight = Math.max(0, inFlight - 1);
      if (inFlight === 0) {
        holdExpired = false;
        if (holdTimer !== null) clearTimer(holdTimer);
        holdTimer = null;
      }
      const body = (typeof reply === 'object' && reply !== null ? reply : {}) as {
        delta?: unknown;
        retro?: RetroView;
      };
      const delta = asDelta(body.delta);
      if (delta) {
        const view = store.get();
        // Its event was applied while the answer was slow: the view lacks this panel's own part.
        if (view && delta.rev <= view.rev && hasOwnOps(delta)) {
          refetch();
          return;
        }
        waiting.set(delta.rev, { delta, own: true });
      } else if (body.retro) {
        viewFetched(body.retro);
        return;
      } else if (failure === 'unknown') {
        // It may have happened without its answer reaching us: only the whole view can tell.
        refetch();
        return;
      }
      drain();
    },
    viewFetched,
    dispose() {
      waiting.clear();
      stopGapTimer();
      if (holdTimer !== null) clearTimer(holdTimer);
      holdTimer = null;
    },
  };
}
