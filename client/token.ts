/** Refresh this long before a token's `exp`, so a request never leaves with a token about to lapse. */
export const tokenRefreshMarginMs = 5 * 60_000;

/** A token whose expiry can't be read is reused only briefly. */
const unknownExpiryLifetimeMs = 60_000;

/** Reads `exp` (ms since epoch) from a JWT's payload without verifying it; null when unreadable. */
export function readTokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json: unknown = JSON.parse(decodeBase64Url(payload));
    if (typeof json !== 'object' || json === null || !('exp' in json)) return null;
    const exp = (json as { exp: unknown }).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : null;
  } catch {
    return null;
  }
}

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=');
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Holds one token until shortly before it expires. */
export class TokenCache {
  private token: string | null = null;
  private usableUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get(): string | null {
    return this.token && this.now() < this.usableUntil ? this.token : null;
  }

  set(token: string): void {
    const exp = readTokenExpiry(token);
    this.token = token;
    this.usableUntil =
      exp === null ? this.now() + unknownExpiryLifetimeMs : exp - tokenRefreshMarginMs;
  }

  clear(): void {
    this.token = null;
    this.usableUntil = 0;
  }
}
