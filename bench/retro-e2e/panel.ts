import type { LiveEvent } from '../../shared/events.js';
import type { RetroView } from '../../shared/retro/api.js';
import { refetchSpreadMs } from '../../client/retro/live-retro.js';
import { createRetroSync, type RetroSync } from '../../client/retro/retro-sync.js';
import { openEventStream, requestJson, type SseMessage } from './http.js';
import { now, type PanelSpec, type SyncMode } from './protocol.js';

/**
 * One simulated side panel: its person's token, its own view of the retro and its own event
 * stream. It notes when its view first reaches each rev; the bench compares that with the time
 * each command was sent.
 */
export type Panel = {
  open(): Promise<void>;
  /** Starts a run under `mode` rules, forgetting the counts of the last run. */
  startRun(mode: SyncMode): void;
  /** When the view first held `rev` or later, or undefined. */
  reachedAt(rev: number): number | undefined;
  rev(): number;
  refetches(): number;
  close(): void;
};

export function createPanel(base: string, retroId: string, spec: PanelSpec): Panel {
  const viewUrl = `${base}/api/retros/${encodeURIComponent(retroId)}`;
  const room = `retro:${retroId}`;
  let held: RetroView | undefined;
  const reached = new Map<number, number>();
  let mode: SyncMode = 'delta';
  let sync: RetroSync | null = null;
  let stream: { close(): void } | null = null;
  let refetchCount = 0;

  const hold = (view: RetroView) => {
    const before = held?.rev ?? 0;
    held = view;
    if (view.rev <= before) return;
    const at = now();
    for (let rev = before + 1; rev <= view.rev; rev += 1) reached.set(rev, at);
  };

  const fetchView = async () => {
    refetchCount += 1;
    return (await requestJson(viewUrl, spec.token)) as RetroView;
  };

  // Delta mode: the real client's rule book, with the store live-retro.ts gives it (a fallback
  // refetch waits a random share of `refetchSpreadMs`, and one waiting refetch covers the rest).
  let fallbackPending = false;
  const startSync = () =>
    createRetroSync({
      get: () => held,
      set: hold,
      refetch: () => {
        if (fallbackPending) return;
        fallbackPending = true;
        setTimeout(
          () => {
            fallbackPending = false;
            fetchView().then((view) => sync?.viewFetched(view), reportLost);
          },
          Math.random() * refetchSpreadMs(held?.participants ?? 0),
        );
      },
    });

  // Refetch mode: the previous client (live-retro.ts before deltas). An event ahead of the view
  // costs a GET, at once in rooms up to 20, else after a random share of the spread; events that
  // arrive meanwhile join the waiting refetch. A newer refetch supersedes one in flight.
  let waiting: { wanted: number } | null = null;
  let generation = 0;
  const refetchNow = () => {
    const mine = ++generation;
    fetchView().then((view) => {
      if (mine === generation && (!held || view.rev >= held.rev)) hold(view);
    }, reportLost);
  };
  const onRev = (rev: number) => {
    if (held && held.rev >= rev) return;
    if (waiting) {
      waiting.wanted = Math.max(waiting.wanted, rev);
      return;
    }
    const spread = refetchSpreadMs(held?.participants ?? 0);
    if (spread === 0) {
      refetchNow();
      return;
    }
    const entry = { wanted: rev };
    waiting = entry;
    setTimeout(() => {
      waiting = null;
      if (!held || held.rev < entry.wanted) refetchNow();
    }, Math.random() * spread);
  };

  const onMessage = ({ event, data }: SseMessage) => {
    if (event === 'live.reset') {
      // The live client refreshes every query of the room at once.
      fetchView().then((view) => (sync ? sync.viewFetched(view) : hold(view)), reportLost);
      return;
    }
    if (event !== 'retro.changed') return;
    const live = JSON.parse(data) as LiveEvent;
    if (mode === 'delta') sync?.event(live.data);
    else {
      const rev = (live.data as { rev?: unknown } | null)?.rev;
      if (typeof rev === 'number') onRev(rev);
    }
  };

  return {
    async open() {
      hold(await fetchView());
      stream = await openEventStream(
        `${base}/api/live/${encodeURIComponent(room)}`,
        spec.token,
        onMessage,
      );
    },
    startRun(next) {
      sync?.dispose();
      mode = next;
      sync = next === 'delta' ? startSync() : null;
      refetchCount = 0;
    },
    reachedAt: (rev) => reached.get(rev),
    rev: () => held?.rev ?? 0,
    refetches: () => refetchCount,
    close() {
      sync?.dispose();
      stream?.close();
    },
  };
}

function reportLost(error: unknown): void {
  // A failed GET leaves the panel behind; the run counts it as missing, and the reason shows here.
  console.error(`A bench panel's view request failed: ${String(error)}`);
}
