import type { Kysely } from 'kysely';
import type { FormatScopeKind } from '../../shared/formats/api.js';
import type { AuthUser } from '../auth/types.js';
import type { RetroDeps } from '../retro/access.js';
import { teamOfMeeting } from '../retro/meeting-team.js';
import type { Database } from '../storage/schema.js';

export type FormatScope = { kind: FormatScopeKind; id: string };

/**
 * Where a meeting's saved formats live. A channel meeting of the team (the retro's `team_id`,
 * confirmed with Graph) or a meeting an owner linked to a team keeps them with that team, so every
 * meeting of the team shares them; any other meeting keeps them with its chat, the meeting series.
 * A meeting linked to several teams uses the first link.
 */
export async function formatScopeOf(
  deps: Pick<RetroDeps, 'membership'> & { kysely: Kysely<Database> },
  user: AuthUser,
  chatId: string,
  claimedTeamId: string | undefined,
): Promise<FormatScope> {
  const channelTeam = await teamOfMeeting(deps, user, chatId, claimedTeamId);
  if (channelTeam) return { kind: 'team', id: channelTeam };
  const link = await deps.kysely
    .selectFrom('team_meeting_links')
    .select('team_id')
    .where('tenant_id', '=', user.tenantId)
    .where('chat_id', '=', chatId)
    .orderBy('linked_at')
    .orderBy('team_id')
    .executeTakeFirst();
  return link ? { kind: 'team', id: link.team_id } : { kind: 'chat', id: chatId };
}
