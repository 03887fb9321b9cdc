import { errors, importJWK, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { z } from 'zod';
import { HttpError, msg, unauthenticated } from '../http-errors.js';

export type BotTokenValidatorOptions = {
  /** OpenID metadata of the Bot Connector's token service; its `jwks_uri` names the signing keys. */
  openIdMetadataUrl: URL;
  /** The `iss` the Bot Connector signs with: https://api.botframework.com. */
  issuer: string;
  /** The bot's Microsoft App ID: the only accepted `aud`. */
  appId: string;
  /** Allowed clock skew; the Bot Framework's own SDKs allow 5 minutes. */
  clockToleranceSeconds?: number;
  /** How long the metadata is trusted before it is read again. Default 24 h. */
  metadataTtlMs?: number;
};

/** What the token vouches for, checked against the activity it came with. */
export type BotTokenClaims = { serviceUrl: string };

export type BotTokenValidator = {
  /**
   * Verifies the Bot Connector's bearer token (signature against the metadata's keys, issuer,
   * audience, expiry) and that its `serviceurl` claim is the activity's `serviceUrl`, so nobody can
   * make Candor post its tokens to another host. Throws a 401 HttpError, or 503 when the keys
   * cannot be read.
   */
  verify(
    authorization: string | undefined,
    activityServiceUrl: string,
    /** The activity's `channelId` (`msteams`): the signing key must be endorsed for it. */
    channelId?: string,
  ): Promise<BotTokenClaims>;
};

const metadataSchema = z.object({ jwks_uri: z.string().url() });
const jwkSchema = z.looseObject({
  kty: z.string(),
  kid: z.string().optional(),
  endorsements: z.array(z.string()).optional(),
});
const jwksSchema = z.object({ keys: z.array(jwkSchema) });
type EndorsedJwk = z.infer<typeof jwkSchema> & JWK;

/**
 * Incoming-token validation with jose rather than the Agents SDK: the SDK derives the key URL from
 * the issuer (login.botframework.com for api.botframework.com), so it cannot be pointed at another
 * conformant metadata URL, such as the dev host's, without a branch in the production path.
 */
export function createBotTokenValidator(opts: BotTokenValidatorOptions): BotTokenValidator {
  const ttl = opts.metadataTtlMs ?? 24 * 60 * 60_000;
  let cache: { keys: EndorsedJwk[]; until: number; fetchedAt: number } | null = null;

  const load = async (): Promise<EndorsedJwk[]> => {
    const metadata = metadataSchema.parse(await getJson(opts.openIdMetadataUrl));
    const { keys } = jwksSchema.parse(await getJson(new URL(metadata.jwks_uri)));
    const now = Date.now();
    cache = { keys, until: now + ttl, fetchedAt: now };
    return keys;
  };

  /** The key a token names; an unknown key id reads the keys again, at most every 30 s (rotation). */
  const keyFor = async (kid: string | undefined): Promise<EndorsedJwk | undefined> => {
    const keys = cache && cache.until > Date.now() ? cache.keys : await load();
    const found = keys.find((k) => k.kid === kid);
    if (found || !cache || Date.now() - cache.fetchedAt < 30_000) return found;
    return (await load()).find((k) => k.kid === kid);
  };

  return {
    async verify(authorization, activityServiceUrl, channelId) {
      const token = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] : undefined;
      if (!token) throw unauthenticated('bot.auth.noToken');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(
          token,
          async (header) => {
            const jwk = await keyFor(header.kid);
            if (!jwk) throw new errors.JWKSNoMatchingKey();
            // The Bot Framework endorses each key for the channels it may speak for.
            if (jwk.endorsements && channelId && !jwk.endorsements.includes(channelId)) {
              throw unauthenticated('bot.auth.endorsement', { channel: channelId });
            }
            return importJWK(jwk, 'RS256');
          },
          {
            algorithms: ['RS256'],
            issuer: opts.issuer,
            audience: opts.appId,
            clockTolerance: opts.clockToleranceSeconds ?? 300,
            requiredClaims: ['exp', 'serviceurl'],
          },
        ));
      } catch (error) {
        throw describe(error);
      }
      const claimed = typeof payload.serviceurl === 'string' ? payload.serviceurl : '';
      if (!claimed || sameServiceUrl(claimed, activityServiceUrl) === false) {
        throw unauthenticated('bot.auth.serviceUrl');
      }
      return { serviceUrl: claimed };
    },
  };
}

async function getJson(url: URL): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`${url.href} answered ${res.status}`);
  return res.json();
}

/** Service URLs compare without a trailing slash and without case in the scheme and host. */
export function sameServiceUrl(a: string, b: string): boolean {
  const norm = (raw: string) => {
    try {
      const u = new URL(raw);
      return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
    } catch {
      return null;
    }
  };
  const left = norm(a);
  return left !== null && left === norm(b);
}

function describe(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof errors.JWTExpired) return unauthenticated('bot.auth.expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return unauthenticated('bot.auth.claim', { claim: error.claim });
  }
  if (
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JOSENotSupported ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JWSInvalid
  ) {
    return unauthenticated('bot.auth.badToken');
  }
  // The metadata or keys could not be read: an outage, so the Bot Connector retries later.
  const outage = new HttpError(503, 'auth_unavailable', msg('bot.auth.unavailable'));
  outage.cause = error;
  return outage;
}
