import type { ScopeQuery } from '../shared/api.js';
import type { RoomId } from '../shared/events.js';

/** The live room of a team or chat; also the first element of every query key in that scope. */
export function roomFor(scope: ScopeQuery): RoomId {
  return scope.teamId ? `team:${scope.teamId}` : `chat:${scope.chatId ?? ''}`;
}

/**
 * Query keys start with their room, so a live event can refresh everything a room shows
 * with one `invalidateQueries({ queryKey: [room] })`.
 */
export const queryKeys = {
  meContext: (scope: ScopeQuery) => [roomFor(scope), 'me-context'] as const,
};
