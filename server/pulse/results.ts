import type { Role } from '../../shared/api.js';
import type { ResultsResponse } from '../../shared/pulse/api.js';
import { computeResults } from '../../shared/pulse/results.js';
import { forbidden } from '../http-errors.js';
import { english, type Translate } from '../i18n.js';
import { loadResponses, type PulseWithSeries, type Q } from './queries.js';

/**
 * The results the caller may read. Owners: withheld while open, cancelled or below k; released
 * with comments (when n ≥ 10) otherwise. Members: only shared results, never comments.
 */
export async function resultsFor(
  q: Q,
  pulse: PulseWithSeries,
  role: Role,
  t: Translate = english,
): Promise<ResultsResponse> {
  const owner = role === 'owner';
  if (!owner && !(pulse.status === 'closed' && pulse.shared === 1))
    throw forbidden('server.pulse.notShared');
  if (pulse.status === 'scheduled' || pulse.status === 'open') {
    return {
      status: 'still-open',
      pulseId: pulse.id,
      invited: null,
      message: t('server.results.stillOpen'),
    };
  }
  if (pulse.status === 'cancelled') {
    return {
      status: 'cancelled',
      pulseId: pulse.id,
      invited: null,
      message: t('server.results.cancelled'),
    };
  }
  if (pulse.invited === null || pulse.closed_at === null) {
    throw new Error(`Closed pulse ${pulse.id} has no invited count; closing always records one.`);
  }
  const results = computeResults({
    pulseId: pulse.id,
    title: pulse.title,
    closedAt: pulse.closed_at,
    shared: pulse.shared === 1,
    responses: await loadResponses(q, pulse.id),
    k: pulse.k,
    invited: pulse.invited,
    includeComments: owner,
  });
  return results.status === 'not-enough-responses'
    ? { ...results, message: t('server.results.notEnough') }
    : results;
}
