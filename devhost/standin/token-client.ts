/** Gets user tokens from the plugin (`POST /devhost/api/token`), cached per user until shortly before expiry. */

type Cached = { token: string; expiresAt: number };

export type TokenClient = { get(userId: string): Promise<string> };

export function createTokenClient(
  base = '/devhost/api/token',
  now = () => Date.now(),
): TokenClient {
  const cache = new Map<string, Cached>();
  return {
    async get(userId) {
      const hit = cache.get(userId);
      if (hit && hit.expiresAt > now()) return hit.token;
      const response = await fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId }),
      });
      const body = (await response.json().catch(() => null)) as {
        accessToken?: string;
        error?: { message?: string };
      } | null;
      if (!response.ok || !body?.accessToken) {
        throw new Error(
          body?.error?.message ?? `The dev host could not get a token (HTTP ${response.status}).`,
        );
      }
      // Refresh five minutes before the token expires.
      cache.set(userId, {
        token: body.accessToken,
        expiresAt: tokenExpiry(body.accessToken, now()) - 5 * 60_000,
      });
      return body.accessToken;
    },
  };
}

/** The `exp` claim in ms, or ten minutes from now when the token is not a readable JWT. */
export function tokenExpiry(token: string, nowMs: number): number {
  try {
    const payload = token.split('.')[1] ?? '';
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
      exp?: unknown;
    };
    if (typeof json.exp === 'number') return json.exp * 1000;
  } catch {
    // Fall through to the default lifetime.
  }
  return nowMs + 10 * 60_000;
}
