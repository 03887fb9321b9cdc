import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { EventName, LiveEvent, RoomId } from '../shared/events.js';

/** What the SSE parser hands over for one message. */
export type SseMessage = { id: string; event: string; data: string };

/**
 * Reads one SSE message of `room`. The server's data is the whole LiveEvent as JSON; a bare
 * payload is accepted too, numbered by the SSE id. Heartbeats and garbage give null.
 */
export function parseLiveMessage(
  room: RoomId,
  message: SseMessage,
  /** The contract's `liveEventSchema`. */
  schema: z.ZodType<LiveEvent>,
): LiveEvent | null {
  if (!message.data) return null;
  let json: unknown;
  try {
    json = JSON.parse(message.data);
  } catch {
    return null;
  }
  const whole = schema.safeParse(json);
  if (whole.success) return whole.data.room === room ? whole.data : null;
  const seq = Number(message.id);
  if (!message.event || !Number.isInteger(seq) || seq < 1) return null;
  return { room, seq, type: message.event, data: json, at: new Date().toISOString() };
}

export type LiveHandler = (event: LiveEvent, queryClient: QueryClient) => void;

/** Refreshes every query of the event's room: right for any event, if coarse. */
export const invalidateRoom: LiveHandler = (event, queryClient) => {
  void queryClient.invalidateQueries({ queryKey: [event.room] });
};

const ignore: LiveHandler = () => undefined;

/**
 * Maps event types to what they change in the query cache. Features register precise handlers
 * (for example `setQueryData` for a new card); unknown types refresh the room.
 */
export function createLiveRegistry(fallback: LiveHandler = invalidateRoom) {
  const handlers = new Map<string, LiveHandler>();
  return {
    on(type: string, handler: LiveHandler): void {
      handlers.set(type, handler);
    },
    dispatch(event: LiveEvent, queryClient: QueryClient): void {
      (handlers.get(event.type) ?? fallback)(event, queryClient);
    },
  };
}
export type LiveRegistry = ReturnType<typeof createLiveRegistry>;

// Names are checked against `eventNames` in shared/events.ts by type, so this module (in every
// page's first bundle) does not pull in that module's zod schemas.
const ping: EventName = 'ping';
const tabConfigured: EventName = 'tab.configured';
const reset: EventName = 'live.reset';

/** The app's registry. */
export const liveHandlers: LiveRegistry = createLiveRegistry();
liveHandlers.on(ping, ignore);
liveHandlers.on(tabConfigured, invalidateRoom);
// The server no longer has the events this page missed: refetch everything the room shows.
liveHandlers.on(reset, invalidateRoom);

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s … capped at 30 s. */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
  return Math.round(base / 2 + (base / 2) * random());
}
