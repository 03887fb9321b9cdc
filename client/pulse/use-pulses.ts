import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import { loadPulseContract } from './contract.js';
import { pulseKeys } from './query-keys.js';
import './live-pulse.js';

/** The team's pulses as this person may see them, with their role and the team size. */
export function usePulseList(teamId: string) {
  return useQuery({
    queryKey: pulseKeys.list(teamId),
    queryFn: async ({ signal }) => {
      const { pulseListSchema } = await loadPulseContract();
      return api.get(`/api/teams/${encodeURIComponent(teamId)}/pulses`, pulseListSchema, signal);
    },
  });
}

/** Released results, or why they are withheld (only the invited count then). */
export function usePulseResults(teamId: string, pulseId: string) {
  return useQuery({
    queryKey: pulseKeys.results(teamId, pulseId),
    queryFn: async ({ signal }) => {
      const { resultsResponseSchema } = await loadPulseContract();
      return api.get(
        `/api/pulses/${encodeURIComponent(pulseId)}/results`,
        resultsResponseSchema,
        signal,
      );
    },
  });
}
