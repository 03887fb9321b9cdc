import type { RoomId } from '../../shared/events.js';

export function teamRoom(teamId: string): RoomId {
  return `team:${teamId}`;
}

/**
 * Pulse query keys start with the team's live room (like client/query-keys.ts), so a
 * `pulse.changed` event in `team:<id>` can refresh every pulse query of that team and nothing else.
 */
export const pulseKeys = {
  all: (teamId: string) => [teamRoom(teamId), 'pulses'] as const,
  list: (teamId: string) => [teamRoom(teamId), 'pulses', 'list'] as const,
  results: (teamId: string, pulseId: string) =>
    [teamRoom(teamId), 'pulses', 'results', pulseId] as const,
};
