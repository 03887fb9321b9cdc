import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TrendRange } from '../../shared/trends/api.js';
import { api } from '../api.js';
import '../pulse/live-pulse.js';
import { loadTrendsContract } from './contract.js';
import { trendKeys } from './query-keys.js';

export function trendsPath(teamId: string, range: TrendRange, format: 'json' | 'csv'): string {
  const file = format === 'csv' ? 'trends.csv' : 'trends';
  return `/api/teams/${encodeURIComponent(teamId)}/${file}?range=${range}`;
}

/** The team's trends in a range; switching range keeps the last answer on screen until the next. */
export function useTrends(teamId: string, range: TrendRange) {
  return useQuery({
    queryKey: trendKeys.range(teamId, range),
    queryFn: async ({ signal }) => {
      const { trendsSchema } = await loadTrendsContract();
      return api.get(trendsPath(teamId, range, 'json'), trendsSchema, signal);
    },
    placeholderData: keepPreviousData,
  });
}
