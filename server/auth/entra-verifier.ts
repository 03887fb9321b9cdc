import {
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTPayload,
} from 'jose';
import { HttpError, msg, unauthenticated } from '../http-errors.js';
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
        throw unauthenticated('server.auth.tenantNotAllowed', undefined, 'tenant_not_allowed');
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
    throw unauthenticated('server.auth.notJwt');
  }
  if (alg !== 'RS256') {
    throw unauthenticated('server.auth.algorithmNamed', { alg: String(alg) });
  }
  if (typeof tid !== 'string' || !tenantIdPattern.test(tid)) {
    throw unauthenticated('server.auth.noTenant');
  }
  return tid.toLowerCase();
}

function toAuthUser(payload: JWTPayload, tenantId: string): AuthUser {
  // App-only tokens (client credentials) carry roles, not scp; they must not act as a user.
  if (payload.idtyp === 'app' || typeof payload.scp !== 'string') {
    throw unauthenticated('server.auth.appToken');
  }
  if (!payload.scp.split(' ').includes(apiScopeName)) {
    throw unauthenticated('server.auth.noScope', { scope: apiScopeName });
  }
  if (typeof payload.oid !== 'string' || payload.oid.length === 0) {
    throw unauthenticated('server.auth.noOid');
  }
  const name = typeof payload.name === 'string' ? payload.name : '';
  const upn = typeof payload.preferred_username === 'string' ? payload.preferred_username : null;
  return { userId: payload.oid, tenantId, displayName: name, upn };
}

function describeVerifyError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof errors.JWTExpired) {
    return unauthenticated('server.auth.expired', undefined, 'token_expired');
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') {
      return unauthenticated('server.auth.wrongAudience', {
        audience: 'api://<host>/<client-id>/access_as_user',
      });
    }
    if (error.claim === 'iss') {
      return unauthenticated('server.auth.wrongIssuer');
    }
    return unauthenticated('server.auth.claim', { claim: error.claim });
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return unauthenticated('server.auth.unknownKey');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return unauthenticated('server.auth.badSignature');
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return unauthenticated('server.auth.algorithm');
  }
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) {
    return unauthenticated('server.auth.malformed');
  }
  // Anything else means the key set could not be fetched (network, timeout, bad response):
  // a sign-in service outage, not the user's fault, so 503 rather than 401.
  const outage = new HttpError(503, 'auth_unavailable', msg('server.auth.unavailable'));
  // Kept for the server log (the error handler logs 5xx); the token itself is never attached.
  outage.cause = error;
  return outage;
}
