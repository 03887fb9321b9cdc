import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api-error.js';
import { createTokenProvider } from '../token-provider.js';
import { csvFilename, fetchTrendsCsv } from './csv-export.js';

describe('csvFilename', () => {
  const now = new Date('2026-11-29T12:00:00Z');

  it('uses the name the server suggests', () => {
    expect(csvFilename('attachment; filename="team-trends-6m.csv"', '6m', now)).toBe(
      'team-trends-6m.csv',
    );
    expect(csvFilename("attachment; filename*=UTF-8''trends%20all.csv", 'all', now)).toBe(
      'trends all.csv',
    );
  });

  it('falls back to a dated name, and never keeps a path', () => {
    expect(csvFilename(null, '12m', now)).toBe('candor-trends-12m-2026-11-29.csv');
    expect(csvFilename('attachment', '3m', now)).toBe('candor-trends-3m-2026-11-29.csv');
    expect(csvFilename('attachment; filename="../../etc/x.csv"', '3m', now)).toBe('x.csv');
  });
});

describe('fetchTrendsCsv', () => {
  it('sends the token in the header only and retries once on 401 with a fresh token', async () => {
    let issued = 0;
    const tokens = createTokenProvider(async () => `token-${++issued}`);
    const calls: { url: string; auth: string | undefined }[] = [];
    const result = await fetchTrendsCsv('/api/teams/t1/trends.csv?range=3m', {
      tokens,
      fetch: async (url, init) => {
        const auth = (init.headers as Record<string, string>).authorization;
        calls.push({ url, auth });
        if (calls.length === 1) return new Response('', { status: 401 });
        return new Response('title,closed\n', {
          status: 200,
          headers: { 'content-disposition': 'attachment; filename="t.csv"' },
        });
      },
    });
    expect(result).toEqual({
      text: 'title,closed\n',
      contentDisposition: 'attachment; filename="t.csv"',
    });
    expect(calls.map((c) => c.auth)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(calls.every((c) => !c.url.includes('token'))).toBe(true);
  });

  it('turns a refusal into the API error sentence', async () => {
    const tokens = createTokenProvider(async () => 'token');
    const body = JSON.stringify({
      error: { code: 'forbidden', message: 'Only team owners can export.' },
    });
    const failure = fetchTrendsCsv('/x.csv', {
      tokens,
      fetch: async () => new Response(body, { status: 403 }),
    });
    await expect(failure).rejects.toBeInstanceOf(ApiRequestError);
    await expect(failure).rejects.toMatchObject({
      status: 403,
      message: 'Only team owners can export.',
    });
  });
});
