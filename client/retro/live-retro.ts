import type { QueryClient } from '@tanstack/react-query';
import type { LiveEvent } from '../../shared/events.js';
import type { RetroView } from '../../shared/retro/api.js';
import { liveHandlers, type LiveRegistry } from '../live-events.js';
import { retroKeys } from './query-keys.js';

// Written out rather than imported from shared/retro/api.ts, whose zod schemas would then land in
// every page's first bundle; the test checks they match the contract.
export const retroChanged = 'retro.changed';
export const retroStarted = 'retro.started';
export const retroEnded = 'retro.ended';

function revOf(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || !('rev' in data)) return null;
  const rev = (data as { rev: unknown }).rev;
  return typeof rev === 'number' && Number.isInteger(rev) ? rev : null;
}

/** Rooms up to this many participants refetch at once; the wave is small. */
export const instantRefetchUpTo = 20;
/** In bigger rooms each panel waits a random share of this per participant (capped below). */
const spreadPerParticipantMs = 3;
const maxSpreadMs = 1_500;

/**
 * How long a panel may wait before refetching after an event: every panel refetches its own view
 * (views are per viewer, for privacy), so in a room of 500 one event would otherwise be 500
 * requests in the same instant. Spread over up to 1.5 s, and with every event that arrives
 * meanwhile folded into the one refetch, the server sees a steady trickle instead of a wall.
 */
export function refetchSpreadMs(participants: number): number {
  if (participants <= instantRefetchUpTo) return 0;
  return Math.min(maxSpreadMs, participants * spreadPerParticipantMs);
}

type Pending = { wanted: number | null; timer: ReturnType<typeof setTimeout> };
const pending = new Map<string, Pending>();

/** The server marks an event that changed only its issuer's view (a hidden vote, a hidden edit). */
function skipsOthers(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { onlyActor?: unknown }).onlyActor === true
  );
}

/**
 * For an issuer-only change right after the cached view, this panel's view is the same at the new
 * rev: move the cache to it instead of refetching. Returns false when an event was missed.
 */
function catchUp(queryClient: QueryClient, retroId: string, rev: number): boolean {
  const cached = queryClient.getQueryData<RetroView>(retroKeys.view(retroId));
  if (!cached || cached.rev !== rev - 1 || pending.has(retroId)) return false;
  queryClient.setQueryData<RetroView>(retroKeys.view(retroId), { ...cached, rev });
  return true;
}

function behind(queryClient: QueryClient, retroId: string, rev: number | null): boolean {
  const cached = queryClient.getQueryData<RetroView>(retroKeys.view(retroId));
  return !cached || rev === null || cached.rev < rev;
}

const refetch = (queryClient: QueryClient, retroId: string) =>
  void queryClient.invalidateQueries({ queryKey: retroKeys.retro(retroId) });

/**
 * `retro.changed` carries only `{ rev }`: each viewer refetches their own view, and only when the
 * cache is behind (a command's own answer is usually there first). In big rooms the refetch waits
 * a random moment (see `refetchSpreadMs`); events arriving meanwhile join it.
 */
export function handleRetroChanged(
  event: LiveEvent,
  queryClient: QueryClient,
  random: () => number = Math.random,
): void {
  if (!event.room.startsWith('retro:')) return;
  const retroId = event.room.slice('retro:'.length);
  const rev = revOf(event.data);
  if (!behind(queryClient, retroId, rev)) return;
  if (rev !== null && skipsOthers(event.data) && catchUp(queryClient, retroId, rev)) return;
  const waiting = pending.get(retroId);
  if (waiting) {
    waiting.wanted = waiting.wanted === null || rev === null ? null : Math.max(waiting.wanted, rev);
    return;
  }
  const participants = queryClient.getQueryData<RetroView>(retroKeys.view(retroId))?.participants;
  const spread = refetchSpreadMs(participants ?? 0);
  if (spread === 0) {
    refetch(queryClient, retroId);
    return;
  }
  const entry: Pending = {
    wanted: rev,
    timer: setTimeout(() => {
      pending.delete(retroId);
      // A command's own answer may have brought the view up to date while this waited.
      if (behind(queryClient, retroId, entry.wanted)) refetch(queryClient, retroId);
    }, random() * spread),
  };
  pending.set(retroId, entry);
}

/** A retro started or ended in this meeting chat: the current retro and the history change. */
export function handleChatRetro(event: LiveEvent, queryClient: QueryClient): void {
  if (!event.room.startsWith('chat:')) return;
  const chatId = event.room.slice('chat:'.length);
  void queryClient.invalidateQueries({ queryKey: retroKeys.chat(chatId) });
}

export function registerRetroHandlers(registry: LiveRegistry): void {
  registry.on(retroChanged, handleRetroChanged);
  registry.on(retroStarted, handleChatRetro);
  registry.on(retroEnded, handleChatRetro);
}

registerRetroHandlers(liveHandlers);
