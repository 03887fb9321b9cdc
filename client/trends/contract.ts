/** The trends schemas (zod) load with the first trends request, like the app's other contracts. */
export type TrendsContract = typeof import('../../shared/trends/api.js');

let trends: Promise<TrendsContract> | null = null;

export function loadTrendsContract(): Promise<TrendsContract> {
  trends ??= import('../../shared/trends/api.js');
  return trends;
}
