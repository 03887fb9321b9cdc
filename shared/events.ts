import { z } from 'zod';

/**
 * A room is the unit of live fan-out: every change in it is a numbered event.
 * `team:<groupId>` for a team's channel tab, `chat:<chatId>` for a meeting chat.
 * Later features add their own kinds (for example `retro:<id>`).
 */
export const roomIdSchema = z
  .string()
  .max(500)
  .regex(/^(team|chat|retro):[^\s]+$/, 'room id must look like team:<id>, chat:<id> or retro:<id>');
export type RoomId = z.infer<typeof roomIdSchema>;

/** Event names, in one place so server and client agree. */
export const eventNames = {
  tabConfigured: 'tab.configured',
  ping: 'ping',
  /**
   * The events after the client's Last-Event-ID are no longer kept (live events are pruned after
   * a day): refetch everything the room shows. Its seq is where the client now stands.
   */
  reset: 'live.reset',
} as const;
export type EventName = (typeof eventNames)[keyof typeof eventNames];

export const liveEventSchema = z.object({
  room: roomIdSchema,
  /** Position in the room, starting at 1 with no gaps. */
  seq: z.number().int().positive(),
  type: z.string(),
  data: z.unknown(),
  /** ISO time the event was written. */
  at: z.string(),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;
