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

/**
 * `retro.changed` carries only `{ rev }`: each viewer refetches their own view, and only when the
 * cache is behind (a command's own answer is usually there first).
 */
export function handleRetroChanged(event: LiveEvent, queryClient: QueryClient): void {
  if (!event.room.startsWith('retro:')) return;
  const retroId = event.room.slice('retro:'.length);
  const rev = revOf(event.data);
  const cached = queryClient.getQueryData<RetroView>(retroKeys.view(retroId));
  if (cached && rev !== null && cached.rev >= rev) return;
  void queryClient.invalidateQueries({ queryKey: retroKeys.retro(retroId) });
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
