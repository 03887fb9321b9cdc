import type { Role } from '../shared/api.js';
import type { AuthUser } from './auth/types.js';
import type { MemberList, MembershipService, Scope } from './graph/types.js';
import { forbidden } from './http-errors.js';

export type Access = MemberList & { role: Role };

/**
 * Proves the caller belongs to the team or chat, using Graph membership read for the
 * caller's own tenant, so a team of another tenant is never visible. Throws 403 otherwise.
 */
export async function requireMember(
  membership: MembershipService,
  user: AuthUser,
  scope: Scope,
): Promise<Access> {
  const list = await membership.members(user.tenantId, scope);
  const me = list.members.find((m) => m.userId === user.userId);
  if (!me) {
    throw forbidden(
      scope.kind === 'team' ? 'server.access.notTeamMember' : 'server.access.notChatMember',
    );
  }
  return { ...list, role: me.role };
}

/** Like requireMember, and the caller must own the team. */
export async function requireOwner(
  membership: MembershipService,
  user: AuthUser,
  scope: Scope,
): Promise<Access> {
  const access = await requireMember(membership, user, scope);
  if (access.role !== 'owner') {
    throw forbidden('server.access.ownersOnly');
  }
  return access;
}
