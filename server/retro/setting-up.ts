import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  chatRetroEventNames,
  settingUpBodySchema,
  type SettingUp,
} from '../../shared/retro/api.js';
import { requireMember } from '../access.js';
import { requireUser } from '../app-deps.js';
import type { RetroDeps } from './access.js';

/**
 * How long one "I have the start form open" lasts. Panels renew it every 45 s while the form is
 * open, so a closed laptop or a crashed panel stops showing within this time, with one renewal to
 * spare for a slow network.
 */
export const settingUpForMs = 70_000;

const chatQuerySchema = z.object({ chatId: z.string().min(1).max(400) });

/**
 * "Adele Vance is setting up a retro…" (#14 item 5): who has the start form open in a meeting
 * chat. Stored by user id with an expiry, so every instance agrees; the name is the chat member's,
 * resolved when read, and never taken from the client. Participants of the chat only, as for
 * starting a retro.
 */
export function registerSettingUpRoutes(app: FastifyInstance, deps: RetroDeps): void {
  app.post('/api/retros/setting-up', async (request, reply) => {
    const user = requireUser(request);
    const body = settingUpBodySchema.parse(request.body);
    const access = await requireMember(deps.membership, user, { kind: 'chat', id: body.chatId });
    const now = new Date();
    const until = new Date(now.getTime() + settingUpForMs).toISOString();
    const key = { tenant_id: user.tenantId, chat_id: body.chatId, user_id: user.userId };
    await deps.db.kysely.transaction().execute(async (trx) => {
      // Expired announcements (closed without a "stopped") keep nobody's id for long.
      await trx.deleteFrom('retro_setting_up').where('until', '<=', now.toISOString()).execute();
      const before = await trx
        .selectFrom('retro_setting_up')
        .select('until')
        .where('tenant_id', '=', key.tenant_id)
        .where('chat_id', '=', key.chat_id)
        .where('user_id', '=', key.user_id)
        .executeTakeFirst();
      const wasOn = before !== undefined && Date.parse(before.until) > now.getTime();
      if (body.open) {
        await trx
          .insertInto('retro_setting_up')
          .values({ ...key, until })
          .onConflict((oc) =>
            oc.columns(['tenant_id', 'chat_id', 'user_id']).doUpdateSet({ until }),
          )
          .execute();
      } else {
        await trx
          .deleteFrom('retro_setting_up')
          .where('tenant_id', '=', key.tenant_id)
          .where('chat_id', '=', key.chat_id)
          .where('user_id', '=', key.user_id)
          .execute();
      }
      // Panels hear only of a start and a stop; a renewal changes nothing they show.
      if (wasOn !== body.open) {
        const displayName =
          access.members.find((m) => m.userId === user.userId)?.displayName ?? user.displayName;
        await deps.hub.publish(
          `chat:${body.chatId}`,
          chatRetroEventNames.settingUp,
          { userId: user.userId, displayName, until: body.open ? until : null },
          trx,
        );
      }
    });
    return reply.status(204).send();
  });

  app.get('/api/retros/setting-up', async (request): Promise<SettingUp> => {
    const user = requireUser(request);
    const { chatId } = chatQuerySchema.parse(request.query);
    const access = await requireMember(deps.membership, user, { kind: 'chat', id: chatId });
    const rows = await deps.db.kysely
      .selectFrom('retro_setting_up')
      .select(['user_id', 'until'])
      .where('tenant_id', '=', user.tenantId)
      .where('chat_id', '=', chatId)
      .where('until', '>', new Date().toISOString())
      .where('user_id', '!=', user.userId)
      .orderBy('until')
      .execute();
    const people: SettingUp['people'] = [];
    for (const row of rows) {
      // Only people still in the meeting chat, by the name the chat shows.
      const member = access.members.find((m) => m.userId === row.user_id);
      if (member)
        people.push({ userId: row.user_id, displayName: member.displayName, until: row.until });
    }
    return { people };
  });
}
