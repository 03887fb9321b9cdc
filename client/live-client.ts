import { fetchEventSource } from '@microsoft/fetch-event-source';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { RoomId } from '../shared/events.js';
import { parseApiError, type ApiRequestError } from './api-error.js';
import { loadApiContract, loadEventContract } from './contract.js';
import {
  liveHandlers,
  parseLiveMessage,
  reconnectDelayMs,
  type LiveRegistry,
} from './live-events.js';
import { requestLanguage } from './request-language.js';
import { tokenProvider, type TokenProvider } from './token-provider.js';

export type LiveStatus =
  | { state: 'connecting' }
  | { state: 'live' }
  | { state: 'reconnecting'; attempt: number }
  /** The server refused the room (not a member, unknown room): retrying would not help. */
  | { state: 'failed'; error: ApiRequestError };

export type LiveConnectionOptions = {
  room: RoomId;
  queryClient: QueryClient;
  onStatus: (status: LiveStatus) => void;
  tokens?: TokenProvider;
  registry?: LiveRegistry;
  /** Origin prefix; empty means the page's own origin. */
  baseUrl?: string;
  random?: () => number;
  /** The Teams locale, sent as `Accept-Language` so refusals come in the user's language. */
  language?: () => string;
};

/** Ask to reconnect (after a backoff) rather than give up. */
class Reconnect extends Error {}
class Refused extends Error {
  constructor(readonly apiError: ApiRequestError) {
    super(apiError.message);
  }
}

/**
 * Keeps one room's event stream open: resumes from the last event seen, backs off
 * exponentially, refreshes the token once on a 401, and writes each event into the query
 * cache through the handler registry. Returns a function that closes the connection.
 */
export function connectLiveRoom(options: LiveConnectionOptions): () => void {
  const { room, queryClient, onStatus } = options;
  const tokens = options.tokens ?? tokenProvider;
  const registry = options.registry ?? liveHandlers;
  const controller = new AbortController();
  /** The last event applied to the cache; duplicates after a resume are skipped. */
  let lastSeq = 0;
  /** The last id received, tracked as messages arrive, for `Last-Event-ID` on reconnect. */
  let resumeFrom = 0;
  let failures = 0;
  let retriedUnauthorised = false;
  // Messages are applied in order once the event schema has loaded.
  const contract = loadEventContract();
  let applied: Promise<unknown> = Promise.resolve();

  onStatus({ state: 'connecting' });
  fetchEventSource(`${options.baseUrl ?? ''}/api/live/${encodeURIComponent(room)}`, {
    signal: controller.signal,
    // Meeting side panels are often hidden behind the stage; stay connected rather than churn.
    openWhenHidden: true,
    async fetch(input, init) {
      const token = await tokens.getToken();
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${token}`);
      const locale = (options.language ?? requestLanguage)();
      if (locale) headers.set('accept-language', locale);
      // Kept here too, so a resume works even when the library starts a fresh request.
      if (resumeFrom > 0) headers.set('last-event-id', String(resumeFrom));
      return fetch(input, { ...init, headers });
    },
    async onopen(response) {
      const type = response.headers.get('content-type') ?? '';
      if (response.ok && type.startsWith('text/event-stream')) {
        failures = 0;
        retriedUnauthorised = false;
        onStatus({ state: 'live' });
        return;
      }
      if (response.status === 401 && !retriedUnauthorised) {
        retriedUnauthorised = true;
        tokens.invalidate();
        throw new Reconnect('token refused');
      }
      const text = await response.text().catch(() => '');
      const error = parseApiError(response.status, text, (await loadApiContract()).apiErrorSchema);
      if (response.status === 429 || response.status >= 500 || response.ok)
        throw new Reconnect(error.message);
      throw new Refused(error);
    },
    onmessage(message) {
      const id = Number(message.id);
      if (Number.isInteger(id) && id > resumeFrom) resumeFrom = id;
      applied = applied
        .then(async () => {
          const event = parseLiveMessage(room, message, (await contract).liveEventSchema);
          if (!event || event.seq <= lastSeq || controller.signal.aborted) return;
          lastSeq = event.seq;
          registry.dispatch(event, queryClient);
        })
        .catch((error: unknown) => console.warn('Candor could not apply a live event', error));
    },
    onclose() {
      // The server ended the stream (deploy, idle proxy): come back for what follows.
      throw new Reconnect('stream closed');
    },
    onerror(error: unknown) {
      if (error instanceof Refused) throw error;
      failures += 1;
      onStatus({ state: 'reconnecting', attempt: failures });
      return reconnectDelayMs(failures - 1, options.random);
    },
  }).catch((error: unknown) => {
    if (error instanceof Refused) onStatus({ state: 'failed', error: error.apiError });
  });
  return () => controller.abort();
}

/** Subscribes to a room while the component is mounted; events land in the query cache. */
export function useLiveRoom(room: RoomId | null): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>({ state: 'connecting' });
  useEffect(() => {
    if (!room) return undefined;
    return connectLiveRoom({ room, queryClient, onStatus: setStatus });
  }, [room, queryClient]);
  return status;
}
