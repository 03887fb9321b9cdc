import type { TrendRange } from '../../shared/trends/api.js';
import { networkError, parseApiError } from '../api-error.js';
import { loadApiContract } from '../contract.js';
import type { TokenProvider } from '../token-provider.js';

/** The file name the server suggests, or a dated one of ours; never a path. */
export function csvFilename(
  contentDisposition: string | null,
  range: TrendRange,
  now: Date = new Date(),
): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition ?? '');
  const suggested = match?.[1] ? safeName(decodeName(match[1])) : '';
  if (suggested.toLowerCase().endsWith('.csv')) return suggested;
  return `candor-trends-${range}-${now.toISOString().slice(0, 10)}.csv`;
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function safeName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? '').replace(/[^\w.\- ]/g, '_').trim();
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Fetches the CSV with the token in the Authorization header (never in a URL, so no download link
 * can leak it). The API client only speaks JSON, so this does the same dance for text.
 */
export async function fetchTrendsCsv(
  path: string,
  deps: { tokens: TokenProvider; fetch?: Fetch },
): Promise<{ text: string; contentDisposition: string | null }> {
  const doFetch: Fetch = deps.fetch ?? ((input, init) => fetch(input, init));
  const attempt = async () => {
    const token = await deps.tokens.getToken();
    try {
      return await doFetch(path, {
        method: 'GET',
        headers: { accept: 'text/csv', authorization: `Bearer ${token}` },
      });
    } catch {
      throw networkError();
    }
  };
  let response = await attempt();
  if (response.status === 401) {
    deps.tokens.invalidate();
    response = await attempt();
  }
  const text = await response.text();
  if (!response.ok) {
    const { apiErrorSchema } = await loadApiContract();
    throw parseApiError(response.status, text, apiErrorSchema);
  }
  return { text, contentDisposition: response.headers.get('content-disposition') };
}

/** Hands the CSV to the browser as a download from a Blob URL that lives only for the click. */
export function saveCsv(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers read the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
