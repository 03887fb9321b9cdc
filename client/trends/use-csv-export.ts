import { useMutation } from '@tanstack/react-query';
import type { TrendRange } from '../../shared/trends/api.js';
import { tokenProvider } from '../token-provider.js';
import { csvFilename, fetchTrendsCsv, saveCsv } from './csv-export.js';
import { trendsPath } from './use-trends.js';

/** Downloads the team's trend aggregates as CSV (owners; nothing below threshold is in it). */
export function useCsvExport(teamId: string) {
  return useMutation({
    mutationFn: async (range: TrendRange) => {
      const csv = await fetchTrendsCsv(trendsPath(teamId, range, 'csv'), { tokens: tokenProvider });
      saveCsv(csv.text, csvFilename(csv.contentDisposition, range));
    },
  });
}
