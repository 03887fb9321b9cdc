import { z } from 'zod';

/** When the meeting chat is reminded, before the meeting starts. */
export const reminderChoices = ['none', '15m', '1h', '1d'] as const;
export type ReminderChoice = (typeof reminderChoices)[number];

const minute = 60_000;
/** How long before the meeting each choice reminds; null: no reminder. */
export const reminderOffsetMs: Record<ReminderChoice, number | null> = {
  none: null,
  '15m': 15 * minute,
  '1h': 60 * minute,
  '1d': 24 * 60 * minute,
};

/** A reminder is for a meeting this close at most: further out, the start time is likely to move. */
export const meetingAheadMaxMs = 60 * 24 * 60 * minute;

/**
 * `early` in `POST /api/retros`: open the retro before the meeting, at Gather, so people add cards
 * at their own pace. `meetingStart` is teams-js `getMeetingDetails().details.scheduledStartTime`
 * when the host gave one; without it there is no reminder.
 */
export const earlyOpeningSchema = z.object({
  remind: z.enum(reminderChoices).default('1h'),
  meetingStart: z.iso.datetime({ offset: true }).optional(),
});
export type EarlyOpening = z.infer<typeof earlyOpeningSchema>;

/** Why a reminder cannot be set, as the catalogue's `early.problem.*` ids name it. */
export type ReminderProblem = 'startPast' | 'startTooFar' | 'reminderPast';

/** When to remind (null: no reminder), or why that cannot be. Pure, so the form and the server agree. */
export function reminderTime(
  opening: EarlyOpening,
  now: Date,
): { ok: true; at: Date | null } | { ok: false; problem: ReminderProblem } {
  const offset = reminderOffsetMs[opening.remind];
  if (offset === null || opening.meetingStart === undefined) return { ok: true, at: null };
  const start = Date.parse(opening.meetingStart);
  if (start <= now.getTime()) return { ok: false, problem: 'startPast' };
  if (start - now.getTime() > meetingAheadMaxMs) return { ok: false, problem: 'startTooFar' };
  const at = start - offset;
  if (at <= now.getTime()) return { ok: false, problem: 'reminderPast' };
  return { ok: true, at: new Date(at) };
}

export const reminderStatuses = ['pending', 'sent', 'dropped', 'failed'] as const;

/** `GET /api/retros/:id/early`: the retro's reminder, if one was set. */
export const earlyStatusSchema = z.object({
  reminder: z
    .object({
      at: z.string(),
      meetingStart: z.string(),
      status: z.enum(reminderStatuses),
    })
    .nullable(),
});
export type EarlyStatus = z.infer<typeof earlyStatusSchema>;
