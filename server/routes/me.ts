import type { FastifyInstance } from 'fastify';
import { scopeQuerySchema, type MeContext, type Member } from '../../shared/api.js';
import { requireMember } from '../access.js';
import { requireUser, type AppDeps } from '../app-deps.js';
import type { Scope } from '../graph/types.js';

/** Owners first, then everyone else by name, so the roster reads the way Teams shows it. */
export function sortMembers(members: Member[]): Member[] {
  return [...members].sort(
    (a, b) =>
      Number(a.role !== 'owner') - Number(b.role !== 'owner') ||
      a.displayName.localeCompare(b.displayName) ||
      a.userId.localeCompare(b.userId),
  );
}

export function registerMeRoutes(app: FastifyInstance, deps: Pick<AppDeps, 'membership'>): void {
  // Who the caller is in this team or meeting chat: proven from the token and Graph, never from the client.
  app.get('/api/me/context', async (request): Promise<MeContext> => {
    const user = requireUser(request);
    const query = scopeQuerySchema.parse(request.query);
    const scope: Scope =
      query.chatId === undefined
        ? { kind: 'team', id: query.teamId }
        : { kind: 'chat', id: query.chatId };
    const access = await requireMember(deps.membership, user, scope);
    const me = access.members.find((m) => m.userId === user.userId);
    return {
      user: {
        userId: user.userId,
        tenantId: user.tenantId,
        displayName: user.displayName || me?.displayName || user.upn || 'You',
      },
      scope,
      role: access.role,
      members: sortMembers(access.members),
      stale: access.stale,
      fetchedAt: access.fetchedAt.toISOString(),
    };
  });
}
