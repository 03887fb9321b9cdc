import { z } from 'zod';
import { statementWithheldReasonSchema } from '../pulse/api.js';
import { idSchema } from '../text.js';

export const trendRangeSchema = z.enum(['3m', '6m', '12m', 'all']);
export type TrendRange = z.infer<typeof trendRangeSchema>;

const interval = z.object({ low: z.number(), high: z.number() });
const shares = z.object({ favourable: z.number(), neutral: z.number(), unfavourable: z.number() });

/**
 * One closed pulse on the trend. Below its threshold it carries no numbers but the invited count:
 * the chart shows a labelled gap, never a zero.
 */
export const trendPulseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('released'),
    pulseId: z.string(),
    title: z.string(),
    closedAt: z.string(),
    itemSetId: z.string(),
    shared: z.boolean(),
    n: z.number().int(),
    invited: z.number().int(),
    responseRate: z.number(),
    /** Team mean of person scores, 1–7, and its 95% interval with the finite-population correction. */
    mean: z.number(),
    interval,
    score100: z.number(),
    /** Over the released statements' answers only; null when no statement is released. */
    favourability: shares.nullable(),
    /**
     * Per item in item order, with whether it is reverse-scored: its raw mean 1–7, or, when fewer
     * than k counted people answered it, no number at all (docs/small-cells.md).
     */
    items: z.array(
      z.discriminatedUnion('status', [
        z.object({
          itemId: z.string(),
          reversed: z.boolean(),
          status: z.literal('released'),
          mean: z.number(),
        }),
        z.object({
          itemId: z.string(),
          reversed: z.boolean(),
          status: z.literal('withheld'),
          reason: statementWithheldReasonSchema,
        }),
      ]),
    ),
  }),
  z.object({
    status: z.literal('not-enough-responses'),
    pulseId: z.string(),
    title: z.string(),
    closedAt: z.string(),
    itemSetId: z.string(),
    shared: z.boolean(),
    invited: z.number().int().nullable(),
  }),
]);
export type TrendPulse = z.infer<typeof trendPulseSchema>;

/**
 * Change between consecutive released pulses, skipping any with too few responses (DESIGN.md: say
 * up/down only when the interval excludes 0; no change across differing item sets).
 */
export const trendChangeSchema = z.object({
  fromPulseId: z.string(),
  toPulseId: z.string(),
  change: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('suppressed'),
      reason: z.enum(['below-threshold', 'items-differ']),
    }),
    z.object({
      kind: z.literal('change'),
      difference: z.number(),
      interval,
      direction: z.enum(['up', 'down', 'no-clear-change']),
    }),
  ]),
});
export type TrendChange = z.infer<typeof trendChangeSchema>;

/** Retro health for the team's retros (its channel meetings and the meetings an owner linked). Owners only. */
export const retroHealthSchema = z.object({
  retrosHeld: z.number().int(),
  actions: z.object({
    created: z.number().int(),
    done: z.number().int(),
    open: z.number().int(),
    dropped: z.number().int(),
    /** Open and past their due date. */
    overdue: z.number().int(),
  }),
  /** Share of action items whose due date has passed that were done by then; null when none are due yet. */
  completionRate: z.number().nullable(),
  roti: z.object({
    answered: z.number().int(),
    /** Mean and distribution over all answers, only from 3 answers. */
    mean: z.number().nullable(),
    distribution: z.array(z.number().int()).length(5).nullable(),
  }),
  /** Average number of participants per retro; null with no retros. */
  averageParticipants: z.number().nullable(),
  /** Median safety-check score per retro, null where fewer than 3 answered. */
  safety: z.array(
    z.object({ retroId: z.string(), date: z.string(), median: z.number().nullable() }),
  ),
});
export type RetroHealth = z.infer<typeof retroHealthSchema>;

/** `GET /api/teams/:teamId/trends?range=`. Members get only shared pulses and no retro health. */
export const trendsSchema = z.object({
  range: trendRangeSchema,
  role: z.enum(['owner', 'member', 'guest']),
  pulses: z.array(trendPulseSchema),
  /** Between consecutive released pulses, oldest first: the last one is the latest change. */
  changes: z.array(trendChangeSchema),
  retroHealth: retroHealthSchema.nullable(),
  generatedAt: z.string(),
});
export type Trends = z.infer<typeof trendsSchema>;

/** `POST /api/teams/:teamId/linked-meetings` (owners): count a meeting series' retros in this team's health. */
export const linkMeetingSchema = z.object({ chatId: idSchema('The meeting chat id', 400) });

/** The latest ended retro in a meeting chat: its title and when it started (ISO). */
export const latestRetroSchema = z.object({ title: z.string(), date: z.string() });
export type LatestRetro = z.infer<typeof latestRetroSchema>;

/** A meeting chat whose retros count in the team's retro health, described by its ended retros. */
export const linkedMeetingSchema = z.object({
  chatId: z.string(),
  /** The user id of the owner who linked it. */
  linkedBy: z.string(),
  linkedByYou: z.boolean(),
  linkedAt: z.string(),
  /** Ended retros in the chat: what it adds to retro health (all time, before any range). */
  retroCount: z.number().int(),
  /**
   * Whether the caller is in that meeting chat now. Only then is its latest retro named: another
   * owner's link must not show retro titles from a meeting the caller is not part of.
   */
  inMeeting: z.boolean(),
  /** Null while the chat has no ended retro yet, or when the caller is not in the meeting. */
  latestRetro: latestRetroSchema.nullable(),
});
export type LinkedMeeting = z.infer<typeof linkedMeetingSchema>;

/** `GET`, `POST /api/teams/:teamId/linked-meetings` and `DELETE …/:chatId` (owners): the team's links. */
export const linkedMeetingsSchema = z.object({ links: z.array(linkedMeetingSchema) });
export type LinkedMeetings = z.infer<typeof linkedMeetingsSchema>;

/** A meeting chat where the caller facilitated an ended retro, not yet linked to the team. */
export const linkableMeetingSchema = z.object({
  chatId: z.string(),
  /** All ended retros in the chat, the caller's and others': what linking would add. */
  retroCount: z.number().int(),
  latestRetro: latestRetroSchema,
});
export type LinkableMeeting = z.infer<typeof linkableMeetingSchema>;

/** `GET /api/teams/:teamId/linkable-meetings` (owners): most recent first, at most `linkableMeetingsLimit`. */
export const linkableMeetingsSchema = z.object({
  candidates: z.array(linkableMeetingSchema),
  /** True when the caller ran retros in more chats than the list holds. */
  truncated: z.boolean(),
});
export type LinkableMeetings = z.infer<typeof linkableMeetingsSchema>;

/** The most meeting chats `GET linkable-meetings` returns. */
export const linkableMeetingsLimit = 50;
