import { describe, expect, it } from 'vitest';
import { readTokenExpiry, TokenCache, tokenRefreshMarginMs } from './token.js';

function jwt(payload: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(payload)}.signature`;
}

describe('readTokenExpiry', () => {
  it('reads exp in milliseconds from a base64url payload', () => {
    expect(readTokenExpiry(jwt({ exp: 1_900_000_000, name: 'Adele Vance' }))).toBe(
      1_900_000_000_000,
    );
  });

  it('decodes payloads that use the url-safe alphabet and non-ASCII text', () => {
    // "Zoë ?>" encodes with '-' and '_' in base64url.
    const token = jwt({ exp: 42, name: 'Zoë ?>?>?>' });
    expect(token.split('.')[1]).toMatch(/[-_]/);
    expect(readTokenExpiry(token)).toBe(42_000);
  });

  it('returns null for tokens it cannot read', () => {
    expect(readTokenExpiry('not-a-jwt')).toBeNull();
    expect(readTokenExpiry('a.%%%.c')).toBeNull();
    expect(readTokenExpiry(jwt({ sub: 'x' }))).toBeNull();
    expect(readTokenExpiry(jwt({ exp: 'soon' }))).toBeNull();
  });
});

describe('TokenCache', () => {
  it('serves a token until the refresh margin before exp', () => {
    let now = 1_000_000;
    const cache = new TokenCache(() => now);
    const exp = now + 60 * 60_000;
    const token = jwt({ exp: exp / 1000 });
    cache.set(token);
    expect(cache.get()).toBe(token);
    now = exp - tokenRefreshMarginMs - 1;
    expect(cache.get()).toBe(token);
    now = exp - tokenRefreshMarginMs;
    expect(cache.get()).toBeNull();
  });

  it('keeps a token without a readable exp for a minute only', () => {
    let now = 0;
    const cache = new TokenCache(() => now);
    cache.set('opaque');
    expect(cache.get()).toBe('opaque');
    now = 60_000;
    expect(cache.get()).toBeNull();
  });

  it('forgets the token when cleared', () => {
    const cache = new TokenCache(() => 0);
    cache.set(jwt({ exp: 10_000 }));
    cache.clear();
    expect(cache.get()).toBeNull();
  });
});
