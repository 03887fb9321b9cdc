/**
 * The host side of nested app auth: what Teams (and Entra behind it) answers an app's msal requests.
 * Tokens are real ones from the dev identity provider; the checks are the ones Entra makes.
 */
import type { OrgUser } from './org.js';
import {
  naaResponse,
  type NaaError,
  type NaaRequest,
  type NaaResponse,
  type NaaResult,
  type NaaTokenParams,
} from './naa-protocol.js';
import {
  graphScopeOf,
  graphTokenResult,
  oidcScopes,
  type GraphConsentAnswer,
} from './naa-graph.js';
import { account, accountContext, failure } from './naa-results.js';
import { clientSupportedSdkVersion } from './runtime-config.js';
import { tokenExpiry } from './token-client.js';

/**
 * `?naa=`: off (the default) advertises no NAA, so apps use getAuthToken; `1` grants tokens; `consent`
 * asks for interaction (GetTokenPopup) once per user first; `error` refuses every token as Entra does when
 * the app registration lacks the `brk-multihub://` redirect URI.
 */
export const naaModes = ['off', 'on', 'consent', 'error'] as const;
export type NaaMode = (typeof naaModes)[number];

/** The app registration as the manifest's `webApplicationInfo` names it, and the authority Teams uses. */
export type AppRegistration = {
  clientId: string;
  /** `api://<host>/<client-id>/access_as_user` */
  apiScope: string;
  /** The identity provider's root, e.g. `https://127.0.0.1:8443`. */
  authorityHost: string;
  /** The Graph root delegated Graph tokens are for (GRAPH_BASE_URL's origin). */
  graphRoot?: string;
  /** The delegated Graph permissions the registration lists (its API permissions), e.g. `Tasks.ReadWrite`. */
  graphPermissions?: string[];
};

export type UserTokens = { accessToken: string; idToken: string | null };

/** What the host needs to broker nested app auth, when it offers it. */
export type NaaServices = {
  mode: Exclude<NaaMode, 'off'>;
  registration(): Promise<AppRegistration>;
  /**
   * `fresh` skips any cache, as when msal asks with `forceRefresh` after the API refused a token;
   * `scope` asks for a delegated Graph permission instead of the app's API.
   */
  tokens(userId: string, options: { fresh: boolean; scope?: string }): Promise<UserTokens>;
  /** Users who went through the consent prompt (GetTokenPopup) on this page. */
  consented: Set<string>;
  /** How the person answers the consent prompt for a Graph permission (read when it shows). */
  graphConsent?: () => GraphConsentAnswer;
  /** Users who consented to the Graph permissions on this page (`user scope` pairs). */
  graphConsented?: Set<string>;
};

const multiTenant = new Set(['common', 'organizations']);

/** Answers one msal request for the signed-in `user` of a frame on `origin`. */
export async function answerNestedAppAuth(
  request: NaaRequest,
  context: FrameAuthContext,
  naa: NaaServices,
): Promise<NaaResponse> {
  let result: NaaResult;
  try {
    const registration = await naa.registration();
    result =
      request.method === 'GetInitContext'
        ? initContext(context.user, registration)
        : await tokenResult(request, context, registration, naa);
  } catch (error) {
    const description = error instanceof Error ? error.message : String(error);
    result = failure('TRANSIENT_ERROR', 'server_error', description);
  }
  return naaResponse(request.requestId, result);
}

export type FrameAuthContext = { user: OrgUser; origin: string };

function initContext(user: OrgUser, registration: AppRegistration): NaaResult {
  return {
    success: true,
    initContext: {
      sdkName: 'Candor Teams stand-in',
      sdkVersion: clientSupportedSdkVersion,
      accountContext: accountContext(user, registration),
      capabilities: { queryAccount: false },
    },
  };
}

/** GetToken (silent) and GetTokenPopup (interactive): the same checks, then real tokens. */
async function tokenResult(
  request: NaaRequest,
  context: FrameAuthContext,
  registration: AppRegistration,
  naa: NaaServices,
): Promise<NaaResult> {
  const params = request.tokenParams;
  if (!params)
    return failure('PERSISTENT_ERROR', 'invalid_request', 'A token request needs tokenParams.');
  const refused = refusal(params, context, registration, naa.mode);
  if (refused) return { success: false, error: refused };
  const { user } = context;
  const graphScope = graphScopeOf(params.scope, registration);
  if (graphScope) return graphTokenResult(request, context, registration, naa, graphScope);
  if (naa.mode === 'consent' && !naa.consented.has(user.id)) {
    if (request.method === 'GetToken') {
      return failure(
        'USER_INTERACTION_REQUIRED',
        'invalid_grant',
        `AADSTS65001: The user or administrator has not consented to use the application with ID '${params.clientId}'. Send an interactive authorization request for this user and resource.`,
      );
    }
    // GetTokenPopup: the user accepts the host's consent prompt.
    naa.consented.add(user.id);
  }
  const tokens = await naa.tokens(user.id, { fresh: params.forceRefresh === true });
  if (!tokens.idToken) {
    return failure(
      'TRANSIENT_ERROR',
      'server_error',
      'The dev host got no id token for this user. Rebuild and restart the dev server (npm start).',
    );
  }
  const now = Date.now();
  return {
    success: true,
    token: {
      access_token: tokens.accessToken,
      id_token: tokens.idToken,
      expires_in: Math.max(0, Math.floor((tokenExpiry(tokens.accessToken, now) - now) / 1000)),
      scope: registration.apiScope,
      authority: `${registration.authorityHost}/${user.tenantId}`,
      properties: null,
    },
    account: account(user, registration),
  };
}

/** Entra's refusal for this request, in the order Entra checks: client, redirect URI, tenant, scope. */
export function refusal(
  params: NaaTokenParams,
  context: FrameAuthContext,
  registration: AppRegistration,
  mode: NaaServices['mode'],
): NaaError | null {
  if (params.clientId !== registration.clientId) {
    return persistent(
      'unauthorized_client',
      `AADSTS700016: Application with identifier '${params.clientId}' was not found in the directory. Use the client id of the app registration the manifest's webApplicationInfo names (${registration.clientId}).`,
    );
  }
  if (mode === 'error') {
    return persistent(
      'invalid_request',
      `AADSTS50011: The redirect URI 'brk-multihub://${new URL(context.origin).host}' specified in the request does not match the redirect URIs configured for the application '${params.clientId}'. Add it as a single-page application redirect URI in the app registration.`,
    );
  }
  return (
    authorityRefusal(params.authority, context.user, registration) ??
    scopeRefusal(params.scope, registration)
  );
}

function persistent(code: string, description: string): NaaError {
  return { status: 'PERSISTENT_ERROR', code, description };
}

/** No authority means the user's home tenant; a tenant-specific one must be the user's own. */
function authorityRefusal(
  authority: string | undefined,
  user: OrgUser,
  registration: AppRegistration,
): NaaError | null {
  if (!authority) return null;
  let url: URL;
  try {
    url = new URL(authority);
  } catch {
    return persistent('invalid_authority', `The authority '${authority}' is not a URL.`);
  }
  if (url.origin !== new URL(registration.authorityHost).origin) {
    return persistent(
      'invalid_authority',
      `The authority '${authority}' is not the one this host signs in with (${registration.authorityHost}). Use the authority from /api/health/client-config.`,
    );
  }
  const tenant = url.pathname.split('/').find(Boolean)?.toLowerCase() ?? '';
  if (multiTenant.has(tenant) || tenant === user.tenantId.toLowerCase()) return null;
  return persistent(
    'invalid_grant',
    `AADSTS50020: User account '${user.upn}' from identity provider '${registration.authorityHost}/${user.tenantId}' does not exist in tenant '${tenant}' and cannot access the application in that tenant. Use the common authority or the user's own tenant.`,
  );
}

/**
 * The app's own API scope (plus OpenID scopes) may be asked for, or one of the Graph permissions the
 * registration lists, on its own: one resource per token, as Entra issues them.
 */
function scopeRefusal(scope: string, registration: AppRegistration): NaaError | null {
  const resource = registration.apiScope.slice(0, registration.apiScope.lastIndexOf('/'));
  const requested = scope.split(' ').filter((s) => s && !oidcScopes.has(s));
  const graphRoot = registration.graphRoot;
  if (graphRoot && requested.some((s) => s.startsWith(`${graphRoot}/`))) {
    const listed = new Set((registration.graphPermissions ?? []).map((p) => `${graphRoot}/${p}`));
    const unlisted = requested.find((s) => !listed.has(s));
    if (unlisted) {
      return persistent(
        'invalid_scope',
        `AADSTS65005: The application '${registration.clientId}' asked for scope '${unlisted}' that isn't listed in its API permissions, alone. Add the Microsoft Graph permission to the app registration, and ask for one resource per token.`,
      );
    }
    return null;
  }
  if (requested.length === 0) {
    return persistent(
      'invalid_scope',
      `AADSTS70011: The provided value for the input parameter 'scope' is not valid. Ask for ${registration.apiScope}.`,
    );
  }
  for (const s of requested) {
    const slash = s.lastIndexOf('/');
    const asked = slash > 0 ? s.slice(0, slash) : s;
    if (asked !== resource) {
      return persistent(
        'invalid_resource',
        `AADSTS500011: The resource principal named ${asked} was not found in the tenant. Ask for ${registration.apiScope}.`,
      );
    }
    if (s !== registration.apiScope && s !== `${resource}/.default`) {
      return persistent(
        'invalid_scope',
        `AADSTS70011: The provided value for the input parameter 'scope' is not valid. The scope '${s}' is not exposed by the app; ask for ${registration.apiScope}.`,
      );
    }
  }
  return null;
}
