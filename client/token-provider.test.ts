import { describe, expect, it, vi } from 'vitest';
import { createTokenProvider } from './token-provider.js';

vi.mock('./teams-host.js', () => ({
  getAuthTokenFromHost: () => Promise.reject(new Error('not used')),
  isNestedAppAuthRecommended: () => false,
}));

const jwt = (exp: number) => `h.${Buffer.from(JSON.stringify({ exp })).toString('base64url')}.s`;

describe('createTokenProvider', () => {
  it('reuses a fresh token and shares one request between concurrent callers', async () => {
    const acquire = vi.fn(async () => jwt(Date.now() / 1000 + 3600));
    const provider = createTokenProvider(acquire);
    const [a, b] = await Promise.all([provider.getToken(), provider.getToken()]);
    expect(a).toBe(b);
    await provider.getToken();
    expect(acquire).toHaveBeenCalledTimes(1);
  });

  it('asks again after invalidate', async () => {
    let n = 0;
    const provider = createTokenProvider(async () => `${jwt(Date.now() / 1000 + 3600)}${++n}`);
    const first = await provider.getToken();
    provider.invalidate();
    const second = await provider.getToken();
    expect(second).not.toBe(first);
  });

  it('does not cache a failure', async () => {
    const acquire = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('consent needed'))
      .mockResolvedValueOnce(jwt(Date.now() / 1000 + 3600));
    const provider = createTokenProvider(acquire);
    await expect(provider.getToken()).rejects.toThrow('consent needed');
    await expect(provider.getToken()).resolves.toContain('h.');
  });
});
