import type { FastifyInstance } from 'fastify';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { reminderTime, type EarlyOpening, type EarlyStatus } from '../../shared/retro/early.js';
import { requireUser } from '../app-deps.js';
import { badRequest } from '../http-errors.js';
import type { Database } from '../storage/schema.js';
import { requireRetroAccess, type RetroDeps } from './access.js';

export type PlannedReminder = { at: Date; meetingStart: string };

/**
 * When a retro opened early reminds its meeting chat, from the meeting start the host gave; null
 * for no reminder. A start in the past or over 60 days away, or a reminder time already gone, is
 * refused with a sentence that says what to pick instead.
 */
export function planReminder(early: EarlyOpening, now: Date): PlannedReminder | null {
  const planned = reminderTime(early, now);
  if (!planned.ok) throw badRequest(`early.server.${planned.problem}`);
  if (!planned.at || early.meetingStart === undefined) return null;
  return { at: planned.at, meetingStart: new Date(early.meetingStart).toISOString() };
}

export async function storeReminder(
  trx: Transaction<Database>,
  retro: { id: string; tenant_id: string; chat_id: string },
  reminder: PlannedReminder,
): Promise<void> {
  await trx
    .insertInto('retro_reminders')
    .values({
      retro_id: retro.id,
      tenant_id: retro.tenant_id,
      chat_id: retro.chat_id,
      meeting_start: reminder.meetingStart,
      remind_at: reminder.at.toISOString(),
      status: 'pending',
      attempts: 0,
      lease_until: null,
      sent_at: null,
    })
    .execute();
}

const idParamsSchema = z.object({ id: z.string().min(1).max(64) });

/** `GET /api/retros/:id/early`: the reminder of a retro opened before its meeting, for its chat. */
export function registerEarlyRoutes(app: FastifyInstance, deps: RetroDeps): void {
  app.get('/api/retros/:id/early', async (request): Promise<EarlyStatus> => {
    const user = requireUser(request);
    const { id } = idParamsSchema.parse(request.params);
    const { retro } = await requireRetroAccess(deps, user, id);
    const row = await deps.db.kysely
      .selectFrom('retro_reminders')
      .select(['remind_at', 'meeting_start', 'status'])
      .where('retro_id', '=', retro.id)
      .executeTakeFirst();
    return {
      reminder: row
        ? { at: row.remind_at, meetingStart: row.meeting_start, status: row.status }
        : null,
    };
  });
}
