import type { QueryClient } from '@tanstack/react-query';
import type { LiveEvent } from '../../shared/events.js';
import type { RetroView } from '../../shared/retro/api.js';
import { liveHandlers, type LiveRegistry } from '../live-events.js';
import { tokenProvider } from '../token-provider.js';
import { retroKeys } from './query-keys.js';
import { createRetroSync, type RetroSync } from './retro-sync.js';

// Written out rather than imported from shared/retro/api.ts, whose zod schemas would then land in
// every page's first bundle; the test checks they match the contract.
export const retroChanged = 'retro.changed';
export const retroStarted = 'retro.started';
export const retroEnded = 'retro.ended';
export const retroSettingUp = 'retro.settingUp';

/** Rooms up to this many participants refetch at once; the wave is small. */
export const instantRefetchUpTo = 20;
/** In bigger rooms each panel waits a random share of this per participant (capped below). */
const spreadPerParticipantMs = 3;
const maxSpreadMs = 1_500;

/**
 * How long a panel may wait before a fallback refetch (a missed event, a reset stream): views are
 * per viewer, so if a whole room of 500 fell back at once that would be 500 requests in the same
 * instant. Spread over up to 1.5 s, the server sees a steady trickle instead of a wall. Events
 * themselves need no refetch: they carry their change (client/retro/retro-sync.ts).
 */
export function refetchSpreadMs(participants: number): number {
  if (participants <= instantRefetchUpTo) return 0;
  return Math.min(maxSpreadMs, participants * spreadPerParticipantMs);
}

type Synced = { sync: RetroSync; refetchPending: boolean };
const syncs = new WeakMap<QueryClient, Map<string, Synced>>();
let random: () => number = Math.random;

/** For tests: the randomness of the fallback refetch's spread. */
export function setRefetchRandom(next: () => number): void {
  random = next;
}

/**
 * The one rule book (retro-sync.ts) per retro and query client, keeping the cached view of
 * `retroKeys.view(retroId)` current from events and the panel's own command answers.
 */
export function retroSyncFor(queryClient: QueryClient, retroId: string): RetroSync {
  let byRetro = syncs.get(queryClient);
  if (!byRetro) {
    byRetro = new Map();
    syncs.set(queryClient, byRetro);
  }
  const existing = byRetro.get(retroId);
  if (existing) return existing.sync;
  const key = retroKeys.view(retroId);
  const entry: Synced = {
    refetchPending: false,
    sync: createRetroSync({
      get: () => queryClient.getQueryData<RetroView>(key),
      set: (view) => queryClient.setQueryData(key, view),
      refetch: () => {
        if (entry.refetchPending) return;
        const participants = queryClient.getQueryData<RetroView>(key)?.participants ?? 0;
        entry.refetchPending = true;
        setTimeout(
          () => {
            entry.refetchPending = false;
            void queryClient.invalidateQueries({ queryKey: key });
          },
          random() * refetchSpreadMs(participants),
        );
      },
    }),
  };
  byRetro.set(retroId, entry);
  exposeForDebugging(queryClient);
  return entry.sync;
}

/** A command of this person's, on one of their pages: started, then answered or failed. */
export type OwnCommandMessage =
  | { retroId: string; kind: 'started' }
  | { retroId: string; kind: 'settled'; reply: unknown; failure?: 'refused' | 'unknown' };
const ownChannels = new Map<string, BroadcastChannel>();

/**
 * This person's pages in one Teams window (the side panel and the stage) follow each other's
 * commands as if they were their own: events wait while the command is out, and its answer stands
 * in for its event, so each page gets the issuer's part (their card before the reveal, their votes,
 * their answers) at the command's rev. One channel per person, so in the dev host, where several
 * people's panels share a page, nobody hears another's.
 */
function ownChannel(queryClient: QueryClient, userId: string): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  let channel = ownChannels.get(userId);
  if (!channel) {
    channel = new BroadcastChannel(`candor-retro-own:${userId}`);
    channel.onmessage = (message: MessageEvent<OwnCommandMessage>) => {
      const data = message.data;
      if (typeof data?.retroId !== 'string') return;
      const view = queryClient.getQueryData<RetroView>(retroKeys.view(data.retroId));
      if (view?.me.userId !== userId) return;
      const sync = retroSyncFor(queryClient, data.retroId);
      if (data.kind === 'started') sync.commandStarted();
      else if (data.kind === 'settled') sync.commandSettled(data.reply, data.failure);
    };
    ownChannels.set(userId, channel);
  }
  return channel;
}

/** Tells this person's other pages about a command of theirs here (see `ownChannel`). */
export function shareOwnCommand(queryClient: QueryClient, message: OwnCommandMessage): void {
  const view = queryClient.getQueryData<RetroView>(retroKeys.view(message.retroId));
  if (view) ownChannel(queryClient, view.me.userId)?.postMessage(message);
}

/** Starts following this person's commands on their other pages, once their view is known. */
export function listenForOwnCommands(queryClient: QueryClient, view: RetroView): void {
  ownChannel(queryClient, view.me.userId);
  leaveOnPageHide(queryClient, view);
}

/**
 * The last token this page used, kept for `pagehide`: a closing page has no time to wait for one,
 * and a beacon cannot carry an Authorization header, so the leave signal is a `keepalive` fetch.
 */
let latestToken: string | null = null;
const leaving = new Set<string>();
let pageHideListening = false;

export type LeaveSender = (url: string, init: RequestInit) => unknown;
let sendLeave: LeaveSender = (url, init) => fetch(url, init).catch(() => undefined);

/** For tests: how the leave signal is sent. */
export function setLeaveSender(next: LeaveSender): void {
  sendLeave = next;
}

/** For tests: `pagehide` as the browser fires it, with the token the page holds. */
export function pageHidden(token: string | null = latestToken): void {
  if (!token) return;
  for (const retroId of leaving) {
    sendLeave(`/api/retros/${encodeURIComponent(retroId)}/leave`, {
      method: 'POST',
      keepalive: true,
      headers: { authorization: `Bearer ${token}` },
    });
  }
}

/**
 * When this page closes, it tells the server this person left each active retro it shows, so the
 * others' "n of m ready" drops within a second instead of after 75 s. Coming back from the
 * back/forward cache reads the views again, which counts them in again.
 */
function leaveOnPageHide(queryClient: QueryClient, view: RetroView): void {
  if (view.status === 'active') leaving.add(view.id);
  else leaving.delete(view.id);
  if (typeof window === 'undefined') return;
  void tokenProvider.getToken().then(
    (token) => {
      latestToken = token;
    },
    () => undefined,
  );
  if (pageHideListening) return;
  pageHideListening = true;
  window.addEventListener('pagehide', () => pageHidden());
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    for (const retroId of leaving) {
      void queryClient.invalidateQueries({ queryKey: retroKeys.view(retroId) });
    }
  });
}

/**
 * `retro.changed` carries the public delta of one command: the panel applies it to its view,
 * with no request (retro-sync.ts). A summary on screen is refreshed, as before.
 */
export function handleRetroChanged(event: LiveEvent, queryClient: QueryClient): void {
  if (!event.room.startsWith('retro:')) return;
  const retroId = event.room.slice('retro:'.length);
  retroSyncFor(queryClient, retroId).event(event.data);
  void queryClient.invalidateQueries({ queryKey: retroKeys.summary(retroId) });
}

/**
 * `window.candorDebug.retroView(id)`: the view this page holds, as its panels render it. Read
 * only, and only this person's own view, which their token can fetch anyway; the end-to-end
 * tests compare it with a fresh fetch.
 */
function exposeForDebugging(queryClient: QueryClient): void {
  if (typeof window === 'undefined') return;
  (window as unknown as { candorDebug?: unknown }).candorDebug = {
    retroView: (retroId: string) => queryClient.getQueryData<RetroView>(retroKeys.view(retroId)),
  };
}

/** A retro started or ended in this meeting chat: the current retro and the history change. */
export function handleChatRetro(event: LiveEvent, queryClient: QueryClient): void {
  if (!event.room.startsWith('chat:')) return;
  const chatId = event.room.slice('chat:'.length);
  void queryClient.invalidateQueries({ queryKey: retroKeys.chat(chatId) });
}

/** Someone opened or closed the start form in this meeting chat: who is setting up changed. */
export function handleSettingUp(event: LiveEvent, queryClient: QueryClient): void {
  if (!event.room.startsWith('chat:')) return;
  const chatId = event.room.slice('chat:'.length);
  void queryClient.invalidateQueries({ queryKey: retroKeys.settingUp(chatId) });
}

export function registerRetroHandlers(registry: LiveRegistry): void {
  registry.on(retroChanged, handleRetroChanged);
  registry.on(retroStarted, handleChatRetro);
  registry.on(retroEnded, handleChatRetro);
  registry.on(retroSettingUp, handleSettingUp);
}

registerRetroHandlers(liveHandlers);
