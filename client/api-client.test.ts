import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApiClient } from './api-client.js';
import { ApiRequestError } from './api-error.js';
import { setRequestLanguage } from './request-language.js';
import type { TokenProvider } from './token-provider.js';

type Call = { url: string; init: RequestInit };

function setup(responses: Array<() => Response>) {
  const calls: Call[] = [];
  let issued = 0;
  const tokens: TokenProvider & { invalidations: number } = {
    invalidations: 0,
    getToken: async () => `token-${issued + 1}`,
    invalidate() {
      issued += 1;
      this.invalidations += 1;
    },
  };
  const client = createApiClient({
    tokens,
    baseUrl: 'https://candor.test',
    newKey: () => `key-${calls.length}`,
    fetch: async (url, init) => {
      calls.push({ url, init });
      const next = responses.shift();
      if (!next) throw new Error('unexpected request');
      return next();
    },
  });
  return { client, calls, tokens };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const header = (call: Call | undefined, name: string) =>
  (call?.init.headers as Record<string, string> | undefined)?.[name];

const thing = z.object({ id: z.string() });

describe('createApiClient', () => {
  it('sends the token in the Authorization header and validates the answer', async () => {
    const { client, calls } = setup([() => json(200, { id: 'a' })]);
    await expect(client.get('/api/thing?x=1', thing)).resolves.toEqual({ id: 'a' });
    expect(calls[0]?.url).toBe('https://candor.test/api/thing?x=1');
    expect(calls[0]?.url).not.toContain('token');
    expect(header(calls[0], 'authorization')).toBe('Bearer token-1');
    expect(header(calls[0], 'idempotency-key')).toBeUndefined();
  });

  it('sends the Teams locale as Accept-Language, so the server answers in that language', async () => {
    const { client, calls } = setup([() => json(200, { id: 'a' }), () => json(200, { id: 'b' })]);
    await client.get('/api/thing', thing);
    expect(header(calls[0], 'accept-language')).toBeUndefined();
    setRequestLanguage('de-de');
    try {
      await client.send('POST', '/api/thing', { x: 1 }, thing);
      expect(header(calls[1], 'accept-language')).toBe('de-de');
    } finally {
      setRequestLanguage('');
    }
    const ja = createApiClient({
      tokens: { getToken: async () => 't', invalidate() {} },
      language: () => 'ja-jp',
      fetch: async (_url, init) => {
        calls.push({ url: _url, init });
        return json(200, { id: 'c' });
      },
    });
    await ja.get('/api/thing', thing);
    expect(header(calls[2], 'accept-language')).toBe('ja-jp');
  });

  it('retries a 401 once with a fresh token', async () => {
    const { client, calls, tokens } = setup([
      () => json(401, { error: { code: 'token_expired', message: 'Expired.' } }),
      () => json(200, { id: 'b' }),
    ]);
    await expect(client.get('/api/thing', thing)).resolves.toEqual({ id: 'b' });
    expect(tokens.invalidations).toBe(1);
    expect(header(calls[1], 'authorization')).toBe('Bearer token-2');
  });

  it('gives up after the second 401 with the server sentence', async () => {
    const unauthorised = () =>
      json(401, { error: { code: 'unauthenticated', message: 'Reopen Candor in Teams.' } });
    const { client, calls } = setup([unauthorised, unauthorised]);
    const error = await client.get('/api/thing', thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({
      status: 401,
      code: 'unauthenticated',
      message: 'Reopen Candor in Teams.',
    });
    expect(calls).toHaveLength(2);
  });

  it('sends writes as JSON with one Idempotency-Key reused by the 401 retry', async () => {
    const { client, calls } = setup([() => json(401, {}), () => json(201, { id: 'c' })]);
    await client.send('POST', '/api/thing', { text: 'hi' }, thing);
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe('{"text":"hi"}');
    expect(header(calls[0], 'content-type')).toBe('application/json');
    const key = header(calls[0], 'idempotency-key');
    expect(key).toMatch(/^key-/);
    expect(header(calls[1], 'idempotency-key')).toBe(key);
  });

  it('uses a caller-supplied idempotency key', async () => {
    const { client, calls } = setup([() => json(200, { id: 'd' })]);
    await client.send('DELETE', '/api/thing/d', undefined, thing, { idempotencyKey: 'mine' });
    expect(header(calls[0], 'idempotency-key')).toBe('mine');
    expect(calls[0]?.init.body).toBeUndefined();
  });

  it('rejects answers that do not match the schema', async () => {
    const { client } = setup([() => json(200, { id: 7 })]);
    await expect(client.get('/api/thing', thing)).rejects.toMatchObject({
      code: 'invalid_response',
    });
  });

  it('turns a failed fetch into a network error', async () => {
    const { client } = setup([
      () => {
        throw new TypeError('Failed to fetch');
      },
    ]);
    await expect(client.get('/api/thing', thing)).rejects.toMatchObject({
      status: 0,
      code: 'network',
    });
  });
});
