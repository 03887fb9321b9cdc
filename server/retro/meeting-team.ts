import { requireMember } from '../access.js';
import type { AuthUser } from '../auth/types.js';
import type { RetroDeps } from './access.js';

/**
 * The team a new retro counts for in trends. The client names the team of the channel it runs
 * in, but any member could name their team for any meeting, so the claim is kept only when Graph
 * confirms the meeting chat is one of that team's channels (a channel meeting's chat id is its
 * channel's thread id). Any other meeting starts without a team, out of the team's trends until
 * an owner links it. Naming a team the caller is not a member of is refused (403).
 */
export async function teamOfMeeting(
  deps: Pick<RetroDeps, 'membership'>,
  user: AuthUser,
  chatId: string,
  claimedTeamId: string | undefined,
): Promise<string | null> {
  if (claimedTeamId === undefined) return null;
  const teamId = claimedTeamId.toLowerCase();
  await requireMember(deps.membership, user, { kind: 'team', id: teamId });
  return (await deps.membership.isTeamChannel(user.tenantId, teamId, chatId)) ? teamId : null;
}
