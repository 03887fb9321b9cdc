import type { Member } from '../../shared/api.js';

export type Scope = { kind: 'team' | 'chat'; id: string };

export type MemberList = {
  members: Member[];
  /** True when Graph failed and this is an older cached copy. */
  stale: boolean;
  fetchedAt: Date;
};

/**
 * Reads team and chat membership from Graph with app-only tokens for the caller's tenant.
 * Rejects with an HttpError: 403 `forbidden` when the team or chat is not in that tenant,
 * 503 `graph_unavailable` when Graph fails and nothing is cached.
 */
export type MembershipService = {
  members(tenantId: string, scope: Scope): Promise<MemberList>;
  /**
   * Whether `channelId` is a channel of the team, read from Graph in the caller's tenant. A
   * channel meeting's chat id is its channel's thread id, so this proves a meeting is the team's.
   * Never throws: anything Graph cannot confirm, a failure included, is false.
   */
  isTeamChannel(tenantId: string, teamId: string, channelId: string): Promise<boolean>;
};
