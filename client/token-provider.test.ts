import type { Configuration, IController } from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import type { ClientConfig } from '../shared/api.js';
import {
  createNestedAppAuth,
  createTokenProvider,
  withTeamsSsoFallback,
  type AcquireOptions,
  type MsalModule,
  type TokenSources,
} from './token-provider.js';

vi.mock('./teams-host.js', () => ({
  getAuthTokenFromHost: () => Promise.reject(new Error('not used')),
  isNestedAppAuthRecommended: () => false,
  HostError: class HostError extends Error {
    override name = 'HostError';
    constructor(
      readonly code: string,
      message: string,
    ) {
      super(message);
    }
  },
}));

const jwt = (exp: number) => `h.${Buffer.from(JSON.stringify({ exp })).toString('base64url')}.s`;
const freshJwt = (tag = '') => `${jwt(Date.now() / 1000 + 3600)}${tag}`;

describe('createTokenProvider', () => {
  it('reuses a fresh token and shares one request between concurrent callers', async () => {
    const acquire = vi.fn(async () => jwt(Date.now() / 1000 + 3600));
    const provider = createTokenProvider(acquire);
    const [a, b] = await Promise.all([provider.getToken(), provider.getToken()]);
    expect(a).toBe(b);
    await provider.getToken();
    expect(acquire).toHaveBeenCalledTimes(1);
  });

  it('asks again after invalidate, forcing a refresh past any cache once', async () => {
    let n = 0;
    const acquire = vi.fn(async (_options: AcquireOptions) => freshJwt(String(++n)));
    const provider = createTokenProvider(acquire);
    const first = await provider.getToken();
    provider.invalidate();
    const second = await provider.getToken();
    expect(second).not.toBe(first);
    provider.invalidate();
    await provider.getToken();
    expect(acquire.mock.calls.map(([options]) => options)).toEqual([
      { forceRefresh: false },
      { forceRefresh: true },
      { forceRefresh: true },
    ]);
    // After a token came back, the next expiry-driven fetch may use caches again.
    const later = createTokenProvider(acquire, () => Date.now() + 2 * 3600_000);
    await later.getToken();
    expect(acquire).toHaveBeenLastCalledWith({ forceRefresh: false });
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

/** Token sources whose NAA side fails with `naaError` (or succeeds when it is undefined). */
function sources(naaError?: unknown, recommended = true) {
  const warnings: string[] = [];
  const source = {
    nestedAppAuthRecommended: () => recommended,
    nestedAppAuth: vi.fn(async () => {
      if (naaError !== undefined) throw naaError;
      return freshJwt('naa');
    }),
    teamsSso: vi.fn(async () => freshJwt('sso')),
    warn: (message: string) => warnings.push(message),
  } satisfies TokenSources;
  return { source, warnings };
}

const persistentError = Object.assign(new Error('invalid_request: AADSTS50011: redirect URI'), {
  errorCode: 'invalid_request',
});

describe('withTeamsSsoFallback', () => {
  it('uses Teams SSO when Teams does not recommend nested app auth', async () => {
    const { source } = sources(undefined, false);
    await expect(withTeamsSsoFallback(source)({ forceRefresh: false })).resolves.toContain('sso');
    expect(source.nestedAppAuth).not.toHaveBeenCalled();
  });

  it('uses nested app auth when Teams recommends it', async () => {
    const { source, warnings } = sources();
    await expect(withTeamsSsoFallback(source)({ forceRefresh: false })).resolves.toContain('naa');
    expect(source.teamsSso).not.toHaveBeenCalled();
    expect(warnings).toEqual([]);
  });

  it.each([
    ['a persistent error', persistentError],
    ['no bridge', new Error('Teams did not open its nested app auth bridge')],
    ['no sign-in settings', new Error('Candor could not read its sign-in settings (HTTP 503).')],
  ])('after %s falls back to Teams SSO for the session, warning once', async (_, error) => {
    const { source, warnings } = sources(error);
    const acquire = withTeamsSsoFallback(source);
    await expect(acquire({ forceRefresh: false })).resolves.toContain('sso');
    await expect(acquire({ forceRefresh: true })).resolves.toContain('sso');
    expect(source.nestedAppAuth).toHaveBeenCalledTimes(1);
    expect(source.teamsSso).toHaveBeenCalledTimes(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain((error as Error).message);
    expect(warnings[0]).toContain('brk-multihub://');
  });

  it('does not fall back when the user cancels the prompt, and tries NAA again next time', async () => {
    const cancelled = Object.assign(new Error('user_canceled'), { errorCode: 'user_canceled' });
    const { source, warnings } = sources(cancelled);
    const acquire = withTeamsSsoFallback(source);
    await expect(acquire({ forceRefresh: false })).rejects.toMatchObject({
      name: 'HostError',
      message: expect.stringContaining('Sign-in to Candor was cancelled'),
    });
    await expect(acquire({ forceRefresh: false })).rejects.toThrow('cancelled');
    expect(source.nestedAppAuth).toHaveBeenCalledTimes(2);
    expect(source.teamsSso).not.toHaveBeenCalled();
    expect(warnings).toEqual([]);
  });

  it('after a fallback, a 401 invalidate still gets a new token (from Teams SSO)', async () => {
    const { source } = sources(persistentError);
    let n = 0;
    source.teamsSso.mockImplementation(async () => freshJwt(`sso${++n}`));
    const provider = createTokenProvider(withTeamsSsoFallback(source));
    const first = await provider.getToken();
    expect(await provider.getToken()).toBe(first);
    provider.invalidate();
    const second = await provider.getToken();
    expect(second).not.toBe(first);
    expect(second).toContain('sso2');
  });
});

const config: ClientConfig = {
  clientId: 'client-1',
  apiScope: 'api://candor.example/client-1/access_as_user',
  authority: 'https://login.example/common',
  graphRoot: 'https://graph.example',
};

type Request = Record<string, unknown>;

class FakeInteractionRequired extends Error {}

/**
 * A stand-in for msal-browser: `bridge: false` makes createNestablePublicClientApplication return a
 * standard client without calling the factory, as msal does when Teams' bridge does not answer.
 */
function fakeMsal(options: {
  bridge?: boolean | 'never';
  silent?: (request: Request) => Promise<string>;
}) {
  const calls: { kind: 'create' | 'silent' | 'popup'; value: unknown }[] = [];
  let active: unknown = null;
  class FakePca {
    getActiveAccount = () => active;
    getAllAccounts = () => [];
    setActiveAccount = (account: unknown) => {
      active = account;
    };
    async acquireTokenSilent(request: Request) {
      calls.push({ kind: 'silent', value: request });
      return { accessToken: await (options.silent ?? (async () => 'silent-token'))(request) };
    }
    async acquireTokenPopup(request: Request) {
      calls.push({ kind: 'popup', value: request });
      return { accessToken: 'popup-token', account: { homeAccountId: 'u.t' } };
    }
  }
  const msal = {
    BrowserCacheLocation: { MemoryStorage: 'memoryStorage' },
    InteractionRequiredAuthError: FakeInteractionRequired,
    PublicClientApplication: FakePca,
    createNestablePublicClientApplication: (
      configuration: Configuration,
      _cid: string | undefined,
      factory: (c: Configuration, controller: IController) => unknown,
    ) => {
      calls.push({ kind: 'create', value: configuration });
      if (options.bridge === 'never') return new Promise(() => undefined);
      return Promise.resolve(
        options.bridge === false ? new FakePca() : factory(configuration, {} as IController),
      );
    },
  } as unknown as MsalModule;
  return { msal, calls, active: () => active };
}

function nestedAppAuth(fake: ReturnType<typeof fakeMsal>, handshakeTimeoutMs?: number) {
  return createNestedAppAuth({
    loadMsal: async () => fake.msal,
    loadConfig: async () => config,
    handshakeTimeoutMs,
  });
}

describe('createNestedAppAuth', () => {
  it("asks msal silently for the API scope with the server's authority, in a per-frame cache", async () => {
    const fake = fakeMsal({ bridge: true });
    const acquire = nestedAppAuth(fake);
    await expect(acquire({ forceRefresh: false })).resolves.toBe('silent-token');
    await expect(acquire({ forceRefresh: true })).resolves.toBe('silent-token');
    expect(fake.calls).toEqual([
      {
        kind: 'create',
        value: {
          auth: { clientId: config.clientId, authority: config.authority },
          cache: { cacheLocation: 'memoryStorage' },
        },
      },
      {
        kind: 'silent',
        value: { scopes: [config.apiScope], authority: config.authority, forceRefresh: false },
      },
      {
        kind: 'silent',
        value: { scopes: [config.apiScope], authority: config.authority, forceRefresh: true },
      },
    ]);
  });

  it("uses Teams' prompt (GetTokenPopup) when a silent token needs interaction", async () => {
    const fake = fakeMsal({
      bridge: true,
      silent: async () => {
        throw new FakeInteractionRequired('consent_required');
      },
    });
    await expect(nestedAppAuth(fake)({ forceRefresh: false })).resolves.toBe('popup-token');
    expect(fake.calls.map((c) => c.kind)).toEqual(['create', 'silent', 'popup']);
    expect(fake.calls[2]!.value).toEqual({
      scopes: [config.apiScope],
      authority: config.authority,
    });
    expect(fake.active()).toEqual({ homeAccountId: 'u.t' });
  });

  it('passes on other errors without a prompt', async () => {
    const fake = fakeMsal({ bridge: true, silent: async () => Promise.reject(persistentError) });
    await expect(nestedAppAuth(fake)({ forceRefresh: false })).rejects.toBe(persistentError);
    expect(fake.calls.map((c) => c.kind)).toEqual(['create', 'silent']);
  });

  it('fails when Teams does not open the bridge, instead of using a standard msal client', async () => {
    const fake = fakeMsal({ bridge: false });
    await expect(nestedAppAuth(fake)({ forceRefresh: false })).rejects.toThrow(
      'Teams did not open its nested app auth bridge',
    );
    expect(fake.calls.map((c) => c.kind)).toEqual(['create']);
  });

  it('gives up when Teams never answers the handshake', async () => {
    const fake = fakeMsal({ bridge: 'never' });
    await expect(nestedAppAuth(fake, 20)({ forceRefresh: false })).rejects.toThrow(
      'did not answer the nested app auth handshake within 20 ms',
    );
  });

  it('falls back to Teams SSO end to end when the sign-in settings cannot be read', async () => {
    const fake = fakeMsal({ bridge: true });
    const { source, warnings } = sources();
    const acquire = withTeamsSsoFallback({
      ...source,
      nestedAppAuth: createNestedAppAuth({
        loadMsal: async () => fake.msal,
        loadConfig: () => Promise.reject(new Error('Candor could not read its sign-in settings')),
      }),
    });
    await expect(acquire({ forceRefresh: false })).resolves.toContain('sso');
    expect(warnings[0]).toContain('could not read its sign-in settings');
    expect(fake.calls).toEqual([]);
  });
});
