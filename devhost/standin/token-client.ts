/** Gets user tokens from the plugin (`POST /devhost/api/token`), cached per user until shortly before expiry. */

/** The access token for the app's API, and the id token nested app auth also needs. */
export type UserTokens = { accessToken: string; idToken: string | null };

type Cached = UserTokens & { expiresAt: number };

export type TokenClient = {
  /** The access token, as `authentication.getAuthToken` hands it to the app. */
  get(userId: string): Promise<string>;
  /**
   * Both tokens; `fresh` skips the cache, as when the app's last token was refused. `scope` asks for
   * a delegated Graph permission instead of the app's API.
   */
  tokens(userId: string, options?: { fresh?: boolean; scope?: string }): Promise<UserTokens>;
};

export function createTokenClient(
  base = '/devhost/api/token',
  now = () => Date.now(),
): TokenClient {
  const cache = new Map<string, Cached>();

  async function tokens(
    userId: string,
    options: { fresh?: boolean; scope?: string } = {},
  ): Promise<UserTokens> {
    const key = options.scope ? `${userId} ${options.scope}` : userId;
    const hit = cache.get(key);
    if (hit && !options.fresh && hit.expiresAt > now()) return hit;
    const response = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(options.scope ? { userId, scope: options.scope } : { userId }),
    });
    const body = (await response.json().catch(() => null)) as {
      accessToken?: string;
      idToken?: string;
      error?: { message?: string };
    } | null;
    if (!response.ok || !body?.accessToken) {
      throw new Error(
        body?.error?.message ?? `The dev host could not get a token (HTTP ${response.status}).`,
      );
    }
    const fetched: Cached = {
      accessToken: body.accessToken,
      idToken: body.idToken ?? null,
      // Refresh five minutes before the token expires.
      expiresAt: tokenExpiry(body.accessToken, now()) - 5 * 60_000,
    };
    cache.set(key, fetched);
    return fetched;
  }

  return {
    tokens,
    async get(userId) {
      return (await tokens(userId)).accessToken;
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
