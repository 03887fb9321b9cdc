import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  linkableMeetingsLimit,
  linkMeetingSchema,
  type LatestRetro,
  type LinkableMeetings,
  type LinkedMeetings,
} from '../../shared/trends/api.js';
import { requireMember, requireOwner } from '../access.js';
import { requireUser } from '../app-deps.js';
import type { AuthUser } from '../auth/types.js';
import type { MembershipService } from '../graph/types.js';
import type { Database } from '../storage/schema.js';
import type { TrendsDeps } from './routes.js';

const linkParamsSchema = z.object({
  teamId: z.string().min(1).max(200),
  chatId: z.string().min(1).max(400),
});

type Team = { tenantId: string; teamId: string };

// pg returns bigint counts as strings.
const num = (value: number | string | bigint | null | undefined): number => Number(value ?? 0);

/** The chats linked to the team, as a subquery. */
function linkedChatIds(kysely: Kysely<Database>, team: Team) {
  return kysely
    .selectFrom('team_meeting_links')
    .select('team_meeting_links.chat_id')
    .where('team_meeting_links.tenant_id', '=', team.tenantId)
    .where('team_meeting_links.team_id', '=', team.teamId);
}

/** Per meeting chat: how many retros ended there and when the latest of them started. */
function endedRetrosByChat(kysely: Kysely<Database>, tenantId: string) {
  return kysely
    .selectFrom('retros')
    .select((eb) => [
      'retros.chat_id',
      eb.fn.countAll<number | string>().as('retro_count'),
      eb.fn.max('retros.created_at').as('latest_at'),
    ])
    .where('retros.tenant_id', '=', tenantId)
    .where('retros.status', '=', 'ended')
    .groupBy('retros.chat_id');
}

/** Several retros may share the latest start time; one title per chat is enough. */
function firstPerChat<T extends { chat_id: string }>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.chat_id) && seen.add(row.chat_id));
}

const latestRetro = (title: string | null, date: string | null): LatestRetro | null =>
  title === null || date === null ? null : { title, date };

/**
 * Whether the caller is in the meeting chat now (Graph, cached). A Graph failure counts as no:
 * a title is then withheld, never shown to someone who may not be in the meeting.
 */
async function isInChat(membership: MembershipService, caller: AuthUser, chatId: string) {
  try {
    const list = await membership.members(caller.tenantId, { kind: 'chat', id: chatId });
    return list.members.some((m) => m.userId === caller.userId);
  } catch {
    return false;
  }
}

/**
 * The team's links, each described by the ended retros it adds to retro health. The latest
 * retro's title is shown only to owners who are in that meeting.
 */
async function listLinks(
  { kysely, membership }: { kysely: Kysely<Database>; membership: MembershipService },
  team: Team,
  caller: AuthUser,
) {
  const stats = endedRetrosByChat(kysely, team.tenantId).where(
    'retros.chat_id',
    'in',
    linkedChatIds(kysely, team),
  );
  const rows = await kysely
    .selectFrom('team_meeting_links as link')
    .leftJoin(stats.as('stats'), 'stats.chat_id', 'link.chat_id')
    .leftJoin('retros as latest', (join) =>
      join
        .onRef('latest.chat_id', '=', 'stats.chat_id')
        .onRef('latest.created_at', '=', 'stats.latest_at')
        .on('latest.tenant_id', '=', team.tenantId)
        .on('latest.status', '=', 'ended'),
    )
    .select([
      'link.chat_id',
      'link.linked_by',
      'link.linked_at',
      'stats.retro_count',
      'latest.title',
      'latest.created_at',
    ])
    .where('link.tenant_id', '=', team.tenantId)
    .where('link.team_id', '=', team.teamId)
    .orderBy('link.linked_at')
    .orderBy('link.chat_id')
    .orderBy('latest.id')
    .execute();
  const links = await Promise.all(
    firstPerChat(rows).map(async (r) => {
      const inMeeting = await isInChat(membership, caller, r.chat_id);
      return {
        chatId: r.chat_id,
        linkedBy: r.linked_by,
        linkedByYou: r.linked_by === caller.userId,
        linkedAt: r.linked_at,
        retroCount: num(r.retro_count),
        inMeeting,
        latestRetro: inMeeting ? latestRetro(r.title, r.created_at) : null,
      };
    }),
  );
  return { links } satisfies LinkedMeetings;
}

/**
 * Meeting chats where the caller facilitated an ended retro that does not already count for the
 * team (not linked, not one of its channel meetings); the client has no other way to know them.
 * Facilitation is not anonymous. Each chat is described by all its ended retros, since that is
 * what linking adds; linking itself still checks that the caller is in the chat now.
 */
async function listCandidates(kysely: Kysely<Database>, team: Team, caller: AuthUser) {
  const facilitated = kysely
    .selectFrom('retros')
    .innerJoin('retro_facilitators as f', 'f.retro_id', 'retros.id')
    .select('retros.chat_id')
    .where('retros.tenant_id', '=', team.tenantId)
    .where('retros.status', '=', 'ended')
    .where('f.tenant_id', '=', team.tenantId)
    .where('f.facilitator_id', '=', caller.userId)
    .where((eb) =>
      eb.or([eb('retros.team_id', 'is', null), eb('retros.team_id', '!=', team.teamId)]),
    );
  // One more than the limit tells the client the list was cut.
  const stats = endedRetrosByChat(kysely, team.tenantId)
    .where('retros.chat_id', 'in', facilitated)
    .where('retros.chat_id', 'not in', linkedChatIds(kysely, team))
    .orderBy('latest_at', 'desc')
    .orderBy('retros.chat_id')
    .limit(linkableMeetingsLimit + 1);
  const rows = await kysely
    .selectFrom(stats.as('stats'))
    .innerJoin('retros as latest', (join) =>
      join
        .onRef('latest.chat_id', '=', 'stats.chat_id')
        .onRef('latest.created_at', '=', 'stats.latest_at')
        .on('latest.tenant_id', '=', team.tenantId)
        .on('latest.status', '=', 'ended'),
    )
    .select(['stats.chat_id', 'stats.retro_count', 'latest.title', 'latest.created_at'])
    .orderBy('stats.latest_at', 'desc')
    .orderBy('stats.chat_id')
    .orderBy('latest.id')
    .execute();
  const chats = firstPerChat(rows);
  const candidates = chats.slice(0, linkableMeetingsLimit).map((r) => ({
    chatId: r.chat_id,
    retroCount: num(r.retro_count),
    latestRetro: { title: r.title, date: r.created_at },
  }));
  return { candidates, truncated: chats.length > linkableMeetingsLimit } satisfies LinkableMeetings;
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
  const { kysely } = deps.db;
  const stores = { kysely, membership: deps.membership };
  const teamOf = (params: unknown) => linkParamsSchema.pick({ teamId: true }).parse(params);

  /** The caller, once proven an owner of the team in the URL (Graph, every request). */
  async function ownerOf(request: FastifyRequest) {
    const user = requireUser(request);
    const teamId = teamOf(request.params).teamId.toLowerCase();
    await requireOwner(deps.membership, user, { kind: 'team', id: teamId });
    return { user, team: { tenantId: user.tenantId, teamId } };
  }

  app.get('/api/teams/:teamId/linked-meetings', async (request) => {
    const { user, team } = await ownerOf(request);
    return listLinks(stores, team, user);
  });

  app.get('/api/teams/:teamId/linkable-meetings', async (request) => {
    const { user, team } = await ownerOf(request);
    return listCandidates(kysely, team, user);
  });

  app.post('/api/teams/:teamId/linked-meetings', async (request, reply) => {
    const { chatId } = linkMeetingSchema.parse(request.body);
    const { user, team } = await ownerOf(request);
    await requireMember(deps.membership, user, { kind: 'chat', id: chatId });
    // Linking twice is a no-op, so a retried request does no harm.
    await kysely
      .insertInto('team_meeting_links')
      .values({
        tenant_id: team.tenantId,
        team_id: team.teamId,
        chat_id: chatId,
        linked_by: user.userId,
        linked_at: now().toISOString(),
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'team_id', 'chat_id']).doNothing())
      .execute();
    return reply.status(201).send(await listLinks(stores, team, user));
  });

  app.delete('/api/teams/:teamId/linked-meetings/:chatId', async (request) => {
    const { chatId } = linkParamsSchema.parse(request.params);
    const { user, team } = await ownerOf(request);
    await kysely
      .deleteFrom('team_meeting_links')
      .where('tenant_id', '=', team.tenantId)
      .where('team_id', '=', team.teamId)
      .where('chat_id', '=', chatId)
      .execute();
    return listLinks(stores, team, user);
  });
}
