import type { TrendRange } from '../../shared/trends/api.js';
import { pulseKeys } from '../pulse/query-keys.js';

/**
 * Trend keys live under the team's pulse keys, so a `pulse.changed` event (a pulse closed or was
 * shared) refreshes the trends too.
 */
export const trendKeys = {
  all: (teamId: string) => [...pulseKeys.all(teamId), 'trends'] as const,
  range: (teamId: string, range: TrendRange) =>
    [...pulseKeys.all(teamId), 'trends', range] as const,
};
