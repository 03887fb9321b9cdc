import type { AppRegistration, FrameAuthContext, NaaServices } from './naa-host.js';
import type { NaaRequest, NaaResult } from './naa-protocol.js';
import { account, failure } from './naa-results.js';
import { tokenExpiry } from './token-client.js';

/** OpenID scopes ride along with any resource's scope. */
export const oidcScopes = new Set(['openid', 'profile', 'offline_access', 'email']);

/** How the person answers Teams' consent prompt for a Graph permission: the stand-in's "To Do consent". */
export const graphConsentAnswers = ['accept', 'refuse', 'close'] as const;
export type GraphConsentAnswer = (typeof graphConsentAnswers)[number];

/**
 * A delegated Graph token: the person consents to the permission first (Teams' prompt, GetTokenPopup),
 * whatever the mode, since an app asks for it only when the person does something that needs it.
 */
export async function graphTokenResult(
  request: NaaRequest,
  context: FrameAuthContext,
  registration: AppRegistration,
  naa: NaaServices,
  scope: string,
): Promise<NaaResult> {
  const { user } = context;
  const consented = (naa.graphConsented ??= new Set());
  const key = `${user.id} ${scope}`;
  if (!consented.has(key)) {
    if (request.method === 'GetToken') {
      return failure(
        'USER_INTERACTION_REQUIRED',
        'consent_required',
        `AADSTS65001: The user or administrator has not consented to use the application with ID '${registration.clientId}' for ${scope}. Send an interactive authorization request for this user and resource.`,
      );
    }
    const answer = naa.graphConsent?.() ?? 'accept';
    if (answer === 'close') {
      return { success: false, error: { status: 'USER_CANCEL', code: 'user_canceled' } };
    }
    if (answer === 'refuse') {
      return failure(
        'PERSISTENT_ERROR',
        'access_denied',
        'AADSTS65004: User declined to consent to access the app.',
      );
    }
    consented.add(key);
  }
  const tokens = await naa.tokens(user.id, {
    fresh: request.tokenParams?.forceRefresh === true,
    scope,
  });
  const now = Date.now();
  return {
    success: true,
    token: {
      access_token: tokens.accessToken,
      id_token: tokens.idToken ?? '',
      expires_in: Math.max(0, Math.floor((tokenExpiry(tokens.accessToken, now) - now) / 1000)),
      scope,
      authority: `${registration.authorityHost}/${user.tenantId}`,
      properties: null,
    },
    account: account(user, registration),
  };
}

/** The one Graph permission a request asks for (`<graph root>/<permission>`), or null for the app's API. */
export function graphScopeOf(scope: string, registration: AppRegistration): string | null {
  if (!registration.graphRoot) return null;
  const requested = scope.split(' ').filter((s) => s && !oidcScopes.has(s));
  const graph = requested.filter((s) => s.startsWith(`${registration.graphRoot}/`));
  return graph.length === 1 && requested.length === 1 ? graph[0]! : null;
}
