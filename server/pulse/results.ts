import type { Role } from '../../shared/api.js';
import type { ResultsResponse } from '../../shared/pulse/api.js';
import { computeResults } from '../../shared/pulse/results.js';
import { forbidden } from '../http-errors.js';
import { loadResponses, type PulseWithSeries, type Q } from './queries.js';

export const notSharedMessage =
  "The results of this pulse haven't been shared with the team. A team owner can share them after the pulse closes.";

/**
 * The results the caller may read. Owners: withheld while open, cancelled or below k; released
 * with comments (when n ≥ 10) otherwise. Members: only shared results, never comments.
 */
export async function resultsFor(
  q: Q,
  pulse: PulseWithSeries,
  role: Role,
): Promise<ResultsResponse> {
  const owner = role === 'owner';
  if (!owner && !(pulse.status === 'closed' && pulse.shared === 1))
    throw forbidden(notSharedMessage);
  if (pulse.status === 'scheduled' || pulse.status === 'open') {
    return {
      status: 'still-open',
      pulseId: pulse.id,
      invited: null,
      message:
        'Results appear after the pulse closes, and only if enough people answered to keep everyone anonymous.',
    };
  }
  if (pulse.status === 'cancelled') {
    return {
      status: 'cancelled',
      pulseId: pulse.id,
      invited: null,
      message: 'This pulse was cancelled, so it has no results.',
    };
  }
  if (pulse.invited === null || pulse.closed_at === null) {
    throw new Error(`Closed pulse ${pulse.id} has no invited count; closing always records one.`);
  }
  return computeResults({
    pulseId: pulse.id,
    title: pulse.title,
    closedAt: pulse.closed_at,
    shared: pulse.shared === 1,
    responses: await loadResponses(q, pulse.id),
    k: pulse.k,
    invited: pulse.invited,
    includeComments: owner,
  });
}
