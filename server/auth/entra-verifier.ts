import {
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import { HttpError, unauthenticated } from '../http-errors.js';
import type { AuthUser, TokenVerifier } from './types.js';

export type EntraVerifierOptions = {
  /** For example https://login.microsoftonline.com, or the dev host's identity provider. */
  authorityHost: URL;
  clientId: string;
  /** Lower-case tenant ids; empty means any tenant. */
  allowedTenants: string[];
  publicUrl: URL;
};

/** The delegated scope Candor's API exposes; the client asks for `api://<host>/<client-id>/access_as_user`. */
export const apiScopeName = 'access_as_user';

const clockToleranceSeconds = 60;
const tenantIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const signInAgain = 'Close and reopen Candor in Teams to sign in again.';

/**
 * Validates Entra v2 access tokens for Candor's API, for any tenant (a multi-tenant app):
 * RS256 signed by a key from the authority's JWKS, issued by `${authority}/{tid}/v2.0` for the
 * token's own tenant, for Candor's audience, delegated (`access_as_user`), and from an allowed tenant.
 */
export function createEntraTokenVerifier(opts: EntraVerifierOptions): TokenVerifier {
  const authority = opts.authorityHost.origin;
  // jose caches the key set, and refetches it (at most every 30 s) when a token names an unknown key.
  const keys = createRemoteJWKSet(new URL('/common/discovery/v2.0/keys', authority));
  const audiences = [
    opts.clientId,
    `api://${opts.publicUrl.host}/${opts.clientId}`,
    `api://${opts.publicUrl.hostname}/${opts.clientId}`,
  ];
  const allowed = new Set(opts.allowedTenants.map((t) => t.toLowerCase()));

  return {
    async verify(token) {
      const tenantId = readTenantUnverified(token);
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          algorithms: ['RS256'],
          issuer: `${authority}/${tenantId}/v2.0`,
          audience: audiences,
          clockTolerance: clockToleranceSeconds,
          requiredClaims: ['exp'],
        }));
      } catch (error) {
        throw describeVerifyError(error);
      }
      if (allowed.size > 0 && !allowed.has(tenantId.toLowerCase())) {
        throw unauthenticated(
          'Your organisation is not allowed to use this Candor server. Ask your IT admin to add your tenant to ENTRA_ALLOWED_TENANTS, or use the Candor your organisation runs.',
          'tenant_not_allowed',
        );
      }
      return toAuthUser(payload, tenantId);
    },
  };
}

/** Reads `alg` and `tid` before verifying, because the expected issuer depends on the token's own tenant. */
function readTenantUnverified(token: string): string {
  let alg: unknown;
  let tid: unknown;
  try {
    alg = decodeProtectedHeader(token).alg;
    tid = decodeJwt(token).tid;
  } catch {
    throw unauthenticated(`The sign-in token is malformed (not a JWT). ${signInAgain}`);
  }
  if (alg !== 'RS256') {
    throw unauthenticated(
      `The sign-in token uses an unsupported signing algorithm (${String(alg)}); only RS256 tokens from Microsoft Entra ID are accepted. ${signInAgain}`,
    );
  }
  if (typeof tid !== 'string' || !tenantIdPattern.test(tid)) {
    throw unauthenticated(
      `The sign-in token has no valid tenant id (tid), so it is not an Entra ID work or school token. ${signInAgain}`,
    );
  }
  return tid.toLowerCase();
}

function toAuthUser(payload: JWTPayload, tenantId: string): AuthUser {
  // App-only tokens (client credentials) carry roles, not scp; they must not act as a user.
  if (payload.idtyp === 'app' || typeof payload.scp !== 'string') {
    throw unauthenticated(
      'This token was issued to an application, not a signed-in user. Call Candor with a delegated user token for the access_as_user scope.',
    );
  }
  if (!payload.scp.split(' ').includes(apiScopeName)) {
    throw unauthenticated(
      `The sign-in token does not grant Candor's ${apiScopeName} scope. Ask your IT admin to consent to Candor's API permission, then reopen Candor in Teams.`,
    );
  }
  if (typeof payload.oid !== 'string' || payload.oid.length === 0) {
    throw unauthenticated(`The sign-in token has no user object id (oid). ${signInAgain}`);
  }
  const name = typeof payload.name === 'string' ? payload.name : '';
  const upn = typeof payload.preferred_username === 'string' ? payload.preferred_username : null;
  return { userId: payload.oid, tenantId, displayName: name, upn };
}

function describeVerifyError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof errors.JWTExpired) {
    return unauthenticated(`Your sign-in has expired. ${signInAgain}`, 'token_expired');
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') {
      return unauthenticated(
        `The sign-in token is for a different application (wrong audience). Request a token for Candor's API (api://<host>/<client-id>/access_as_user). ${signInAgain}`,
      );
    }
    if (error.claim === 'iss') {
      return unauthenticated(
        `The sign-in token was not issued by this server's Microsoft Entra authority for your tenant (wrong issuer). Candor accepts v2.0 tokens only: the app registration needs accessTokenAcceptedVersion 2. ${signInAgain}`,
      );
    }
    return unauthenticated(
      `The sign-in token is not valid yet or is incomplete (${error.claim}). ${signInAgain}`,
    );
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return unauthenticated(
      `The sign-in token was signed with a key Microsoft Entra ID does not publish (unknown signing key). ${signInAgain}`,
    );
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return unauthenticated(`The sign-in token's signature is invalid. ${signInAgain}`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return unauthenticated(
      `The sign-in token uses an unsupported signing algorithm. ${signInAgain}`,
    );
  }
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) {
    return unauthenticated(`The sign-in token is malformed. ${signInAgain}`);
  }
  // Anything else means the key set could not be fetched (network, timeout, bad response):
  // a sign-in service outage, not the user's fault, so 503 rather than 401.
  const outage = new HttpError(
    503,
    'auth_unavailable',
    'Candor cannot reach the Microsoft sign-in service to check your sign-in right now. Try again in a minute; if it keeps happening, ask your IT admin to check that the server can reach ENTRA_AUTHORITY_HOST.',
  );
  // Kept for the server log (the error handler logs 5xx); the token itself is never attached.
  outage.cause = error;
  return outage;
}
