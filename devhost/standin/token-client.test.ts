import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTokenClient } from './token-client.js';

const jwt = (exp: number, tag: string) =>
  `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify({ exp, tag })).toString('base64url')}.c2ln`;

/** Stubs fetch with the plugin's answers: a new token pair per call. */
function stubPlugin() {
  let n = 0;
  const fetch = vi.fn(async () => {
    n += 1;
    const exp = Math.floor(Date.now() / 1000) + 3600;
    return new Response(
      JSON.stringify({ accessToken: jwt(exp, `at${n}`), idToken: jwt(exp, `id${n}`) }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    );
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('stand-in token client', () => {
  it('caches both tokens per user and skips the cache when asked for fresh ones', async () => {
    const fetch = stubPlugin();
    const client = createTokenClient();
    const first = await client.tokens('u1');
    expect(first.idToken).toBeTypeOf('string');
    expect(await client.get('u1')).toBe(first.accessToken);
    expect(fetch).toHaveBeenCalledTimes(1);
    const fresh = await client.tokens('u1', { fresh: true });
    expect(fresh.accessToken).not.toBe(first.accessToken);
    expect(await client.get('u1')).toBe(fresh.accessToken);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("says what the plugin's error says", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ error: { message: 'AADSTS50034: no such user' } }), {
            status: 502,
          }),
      ),
    );
    await expect(createTokenClient().tokens('u1')).rejects.toThrow('AADSTS50034: no such user');
  });
});
