import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { base64url, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { SeedApp, SeedUser } from './seed.js';

/**
 * Test overrides for an issued token. Claims set to `undefined` in `claims` are removed, so tests can
 * build tokens that lack a claim. `alg: 'none'` gives an unsigned token; `HS256` one signed with a
 * secret nobody publishes; `kid` changes only the header, so the key lookup fails.
 */
export type TokenOverrides = {
  aud?: string;
  iss?: string;
  tid?: string;
  /** Absolute expiry, seconds since the epoch. */
  exp?: number;
  nbf?: number;
  iat?: number;
  kid?: string;
  alg?: 'RS256' | 'HS256' | 'none';
  claims?: Record<string, unknown>;
};

export type Jwks = { keys: JWK[] };

export type TokenSigner = {
  jwks: Jwks;
  sign(claims: Record<string, unknown>, overrides?: TokenOverrides): Promise<string>;
};

export const userTokenLifetimeSeconds = 3600;
export const appTokenLifetimeSeconds = 3599;

export async function createTokenSigner(): Promise<TokenSigner> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  // Entra's kid is the certificate thumbprint (x5t); a thumbprint-like value keeps that shape.
  const kid = base64url.encode(createHash('sha1').update(JSON.stringify(jwk)).digest());
  const jwks: Jwks = { keys: [{ ...jwk, kty: 'RSA', use: 'sig', kid, x5t: kid, alg: 'RS256' }] };
  const hmacSecret = randomBytes(32);

  return {
    jwks,
    async sign(claims, overrides = {}) {
      const now = Math.floor(Date.now() / 1000);
      const payload: Record<string, unknown> = { ...claims };
      for (const key of ['aud', 'iss', 'tid', 'exp', 'nbf', 'iat'] as const) {
        if (overrides[key] !== undefined) payload[key] = overrides[key];
      }
      payload.iat ??= now;
      payload.nbf ??= now;
      for (const [key, value] of Object.entries(overrides.claims ?? {})) {
        if (value === undefined) delete payload[key];
        else payload[key] = value;
      }
      const alg = overrides.alg ?? 'RS256';
      const header = { typ: 'JWT', alg, kid: overrides.kid ?? kid };
      if (alg === 'none') return unsignedJwt(header, payload);
      const key: CryptoKey | Uint8Array = alg === 'HS256' ? hmacSecret : privateKey;
      return new SignJWT(payload).setProtectedHeader(header).sign(key);
    },
  };
}

function unsignedJwt(header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const part = (value: unknown): string => base64url.encode(JSON.stringify(value));
  return `${part(header)}.${part(payload)}.`;
}

/** Claims of an Entra v2 delegated access token for the app's own API (`aud` is the client id). */
export function userClaims(opts: {
  issuerBase: string;
  user: SeedUser;
  clientId: string;
  audience: string;
  scp?: string;
}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  const { user } = opts;
  return {
    aud: opts.audience,
    iss: `${opts.issuerBase}/${user.tenantId}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + userTokenLifetimeSeconds,
    aio: randomBytes(24).toString('base64url'),
    azp: opts.clientId,
    azpacr: '0',
    name: user.displayName,
    given_name: user.givenName,
    family_name: user.surname,
    oid: user.id,
    preferred_username: user.upn,
    rh: '0.AAAA' + randomBytes(16).toString('base64url') + '.',
    scp: opts.scp ?? 'access_as_user',
    sid: randomUUID(),
    sub: pairwiseSubject(user.id, opts.clientId),
    tid: user.tenantId,
    uti: randomBytes(16).toString('base64url'),
    ver: '2.0',
  };
}

/** Claims of a v1 app-only token as Entra issues for Graph: `iss` is sts.windows.net, `idtyp` is `app`. */
export function appClaims(opts: {
  app: SeedApp;
  tenantId: string;
  resource: string;
  roles?: string[];
}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  const oid = opts.app.servicePrincipalIds[opts.tenantId] ?? randomUUID();
  const sts = `https://sts.windows.net/${opts.tenantId}/`;
  return {
    aud: opts.resource,
    iss: sts,
    iat: now,
    nbf: now,
    exp: now + appTokenLifetimeSeconds,
    aio: randomBytes(24).toString('base64url'),
    app_displayname: opts.app.displayName,
    appid: opts.app.clientId,
    appidacr: '1',
    azp: opts.app.clientId,
    idp: sts,
    idtyp: 'app',
    oid,
    rh: '0.AAAA' + randomBytes(16).toString('base64url') + '.',
    roles: opts.roles ?? opts.app.appRoles,
    sub: oid,
    tid: opts.tenantId,
    uti: randomBytes(16).toString('base64url'),
    ver: '1.0',
  };
}

/** Entra's `sub` is pairwise: stable per user and app, different across apps. */
function pairwiseSubject(userId: string, clientId: string): string {
  return createHash('sha256').update(`${userId}:${clientId}`).digest('base64url').slice(0, 43);
}
