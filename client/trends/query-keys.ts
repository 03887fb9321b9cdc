import type { TrendRange } from '../../shared/trends/api.js';
import { pulseKeys } from '../pulse/query-keys.js';

/**
 * Trend keys live under the team's pulse keys, so a `pulse.changed` event (a pulse closed or was
 * shared) refreshes the trends too. The linked-meeting lists sit under `all` as well, so one
 * invalidation after linking refreshes retro health and both lists.
 */
export const trendKeys = {
  all: (teamId: string) => [...pulseKeys.all(teamId), 'trends'] as const,
  range: (teamId: string, range: TrendRange) =>
    [...pulseKeys.all(teamId), 'trends', range] as const,
  linkedMeetings: (teamId: string) =>
    [...pulseKeys.all(teamId), 'trends', 'linked-meetings'] as const,
  linkableMeetings: (teamId: string) =>
    [...pulseKeys.all(teamId), 'trends', 'linkable-meetings'] as const,
};
