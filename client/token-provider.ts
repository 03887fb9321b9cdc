import type { IPublicClientApplication } from '@azure/msal-browser';
import type { ClientConfig } from '../shared/api.js';
import { loadApiContract } from './contract.js';
import { getAuthTokenFromHost, HostError, isNestedAppAuthRecommended } from './teams-host.js';
import { raceTimeout } from './timeout.js';
import { TokenCache } from './token.js';

export type TokenProvider = {
  /** A token for Candor's API, from the cache while it is fresh. */
  getToken: () => Promise<string>;
  /** Drops the cached token, after the server answered 401 with it. */
  invalidate: () => void;
};

/** `forceRefresh` is set after the server refused the last token, so no cache may answer with it again. */
export type AcquireOptions = { forceRefresh: boolean };
export type Acquire = (options: AcquireOptions) => Promise<string>;

/** Caches tokens from `acquire` and shares one in-flight request between concurrent callers. */
export function createTokenProvider(acquire: Acquire, now: () => number = Date.now): TokenProvider {
  const cache = new TokenCache(now);
  let inFlight: Promise<string> | null = null;
  let refused = false;
  return {
    getToken() {
      const cached = cache.get();
      if (cached) return Promise.resolve(cached);
      inFlight ??= acquire({ forceRefresh: refused })
        .then((token) => {
          refused = false;
          cache.set(token);
          return token;
        })
        .finally(() => {
          inFlight = null;
        });
      return inFlight;
    },
    invalidate() {
      cache.clear();
      refused = true;
    },
  };
}

export type TokenSources = {
  nestedAppAuthRecommended: () => boolean;
  nestedAppAuth: Acquire;
  teamsSso: () => Promise<string>;
  warn: (message: string) => void;
};

/**
 * Nested app auth where Teams recommends it. When it fails for any reason but the user cancelling (no
 * bridge, no sign-in settings, an app registration without the NAA redirect URI), Teams SSO serves the
 * rest of the session, so a half-configured registration degrades instead of locking people out.
 */
export function withTeamsSsoFallback(sources: TokenSources): Acquire {
  let fellBack = false;
  return async (options) => {
    if (fellBack || !sources.nestedAppAuthRecommended()) return sources.teamsSso();
    try {
      return await sources.nestedAppAuth(options);
    } catch (error) {
      // The user closed Teams' sign-in prompt: say so, and ask again next time rather than fall back.
      if (isUserCancel(error)) throw signInCancelled();
      fellBack = true;
      sources.warn(
        `Candor could not sign in with nested app auth (${describe(error)}), so it uses Teams single sign-on for the rest of this session. To fix this, add the single-page application redirect URI brk-multihub://<your app's domain> to the app registration.`,
      );
      return sources.teamsSso();
    }
  };
}

/** The parts of @azure/msal-browser used here; tests pass a fake. */
export type MsalModule = Pick<
  typeof import('@azure/msal-browser'),
  | 'createNestablePublicClientApplication'
  | 'PublicClientApplication'
  | 'InteractionRequiredAuthError'
  | 'BrowserCacheLocation'
>;

export type NestedAppAuthDeps = {
  loadMsal: () => Promise<MsalModule>;
  loadConfig: () => Promise<ClientConfig>;
  /** How long Teams may take to answer msal's handshake before Candor stops waiting for it. */
  handshakeTimeoutMs?: number;
};

export const naaHandshakeTimeoutMs = 10_000;

export type NestedApp = { msal: MsalModule; pca: IPublicClientApplication; config: ClientConfig };

/**
 * One nested app auth client per frame, made on first use: Candor's API tokens and the Graph tokens
 * for Microsoft To Do share it (and Teams' handshake). A failed connection is tried again next time.
 */
export function nestedAppConnector(deps: NestedAppAuthDeps): () => Promise<NestedApp> {
  let nested: Promise<NestedApp> | null = null;
  return () => {
    nested ??= connect(deps).catch((error: unknown) => {
      nested = null;
      throw error;
    });
    return nested;
  };
}

/** Tokens through Teams' nested app auth bridge with msal-browser: silently, or with Teams' prompt. */
export function createNestedAppAuth(
  deps: NestedAppAuthDeps,
  nestedApp: () => Promise<NestedApp> = nestedAppConnector(deps),
): Acquire {
  return async ({ forceRefresh }) => {
    const { msal, pca, config } = await nestedApp();
    const scopes = [config.apiScope];
    // The authority goes in every request: msal passes the request's (not the configuration's) to Teams.
    const authority = config.authority;
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    try {
      const silent = { scopes, authority, forceRefresh, ...(account ? { account } : {}) };
      return (await pca.acquireTokenSilent(silent)).accessToken;
    } catch (error) {
      if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
      const result = await pca.acquireTokenPopup({ scopes, authority });
      pca.setActiveAccount(result.account);
      return result.accessToken;
    }
  };
}

async function connect(deps: NestedAppAuthDeps): Promise<NestedApp> {
  const [config, msal] = await Promise.all([deps.loadConfig(), deps.loadMsal()]);
  let bridged = false;
  const created = msal.createNestablePublicClientApplication(
    {
      auth: { clientId: config.clientId, authority: config.authority },
      // Teams keeps the tokens; a per-frame memory cache can't mix up the users of frames on one origin.
      cache: { cacheLocation: msal.BrowserCacheLocation.MemoryStorage },
    },
    undefined,
    // msal calls this only when Teams' bridge answered; otherwise it returns a standard client, whose
    // popups would leave Teams for Entra's own sign-in page.
    (configuration, controller) => {
      bridged = true;
      return new msal.PublicClientApplication(configuration, controller);
    },
  );
  const timeoutMs = deps.handshakeTimeoutMs ?? naaHandshakeTimeoutMs;
  const raced = await raceTimeout(created, timeoutMs);
  if (raced.kind === 'timeout') {
    throw new Error(`Teams did not answer the nested app auth handshake within ${timeoutMs} ms`);
  }
  if (!bridged) throw new Error('Teams did not open its nested app auth bridge');
  return { msal, pca: raced.value, config };
}

/** msal's code for a closed prompt: `user_canceled` from Teams' bridge, `user_cancelled` from a browser popup. */
export function isUserCancel(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('errorCode' in error)) return false;
  const code = (error as { errorCode: unknown }).errorCode;
  return code === 'user_canceled' || code === 'user_cancelled';
}

function signInCancelled(): HostError {
  return new HostError(
    'failed',
    'Sign-in to Candor was cancelled. Reopen Candor and accept the sign-in prompt to continue.',
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function fetchClientConfig(): Promise<ClientConfig> {
  const response = await fetch('/api/health/client-config', {
    headers: { accept: 'application/json' },
  });
  if (!response.ok) {
    throw new Error(
      `Candor could not read its sign-in settings (HTTP ${response.status}). Reload the tab; if it keeps happening, the server may be misconfigured.`,
    );
  }
  const { clientConfigSchema } = await loadApiContract();
  return clientConfigSchema.parse(await response.json());
}

const nestedAppDeps: NestedAppAuthDeps = {
  // msal-browser is ~75 KB gzip: loaded only on hosts that use nested app auth.
  loadMsal: () => import('@azure/msal-browser'),
  loadConfig: fetchClientConfig,
};

/** This frame's nested app auth client, shared by every kind of token it asks for. */
export const nestedApp = nestedAppConnector(nestedAppDeps);

/** The app's token provider: nested app auth where Teams recommends it, Teams SSO otherwise. */
export const tokenProvider: TokenProvider = createTokenProvider(
  withTeamsSsoFallback({
    nestedAppAuthRecommended: isNestedAppAuthRecommended,
    nestedAppAuth: createNestedAppAuth(nestedAppDeps, nestedApp),
    teamsSso: getAuthTokenFromHost,
    warn: (message) => console.warn(message),
  }),
);
