import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { linkMeetingSchema } from '../../shared/trends/api.js';
import { requireMember, requireOwner } from '../access.js';
import { requireUser } from '../app.js';
import type { Db } from '../storage/db.js';
import type { TrendsDeps } from './routes.js';

export type LinkedMeeting = { chatId: string; linkedBy: string; linkedAt: string };

const linkParamsSchema = z.object({
  teamId: z.string().min(1).max(200),
  chatId: z.string().min(1).max(400),
});

async function listLinks(db: Db, tenantId: string, teamId: string): Promise<LinkedMeeting[]> {
  const rows = await db.kysely
    .selectFrom('team_meeting_links')
    .select(['chat_id', 'linked_by', 'linked_at'])
    .where('tenant_id', '=', tenantId)
    .where('team_id', '=', teamId)
    .orderBy('linked_at')
    .orderBy('chat_id')
    .execute();
  return rows.map((r) => ({ chatId: r.chat_id, linkedBy: r.linked_by, linkedAt: r.linked_at }));
}

/**
 * Meeting chats an owner counts in the team's retro health. Owners only; linking also needs the
 * owner to be in that meeting chat, so nobody can pull another meeting's retros into a team.
 */
export function registerLinkedMeetingRoutes(
  app: FastifyInstance,
  deps: TrendsDeps,
  now: () => Date,
): void {
  const teamOf = (params: unknown) => linkParamsSchema.pick({ teamId: true }).parse(params);

  app.get('/api/teams/:teamId/linked-meetings', async (request) => {
    const user = requireUser(request);
    const teamId = teamOf(request.params).teamId.toLowerCase();
    await requireOwner(deps.membership, user, { kind: 'team', id: teamId });
    return { links: await listLinks(deps.db, user.tenantId, teamId) };
  });

  app.post('/api/teams/:teamId/linked-meetings', async (request, reply) => {
    const user = requireUser(request);
    const teamId = teamOf(request.params).teamId.toLowerCase();
    const { chatId } = linkMeetingSchema.parse(request.body);
    await requireOwner(deps.membership, user, { kind: 'team', id: teamId });
    await requireMember(deps.membership, user, { kind: 'chat', id: chatId });
    // Linking twice is a no-op, so a retried request does no harm.
    await deps.db.kysely
      .insertInto('team_meeting_links')
      .values({
        tenant_id: user.tenantId,
        team_id: teamId,
        chat_id: chatId,
        linked_by: user.userId,
        linked_at: now().toISOString(),
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'team_id', 'chat_id']).doNothing())
      .execute();
    return reply.status(201).send({ links: await listLinks(deps.db, user.tenantId, teamId) });
  });

  app.delete('/api/teams/:teamId/linked-meetings/:chatId', async (request) => {
    const user = requireUser(request);
    const params = linkParamsSchema.parse(request.params);
    const teamId = params.teamId.toLowerCase();
    await requireOwner(deps.membership, user, { kind: 'team', id: teamId });
    await deps.db.kysely
      .deleteFrom('team_meeting_links')
      .where('tenant_id', '=', user.tenantId)
      .where('team_id', '=', teamId)
      .where('chat_id', '=', params.chatId)
      .execute();
    return { links: await listLinks(deps.db, user.tenantId, teamId) };
  });
}
