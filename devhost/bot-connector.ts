import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  decodeJwt,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
} from 'jose';
import {
  listenHttps,
  readBody,
  retryAfterHeader,
  sendJson,
  takeFailure,
  type FailPlan,
  type Tls,
} from './https-server.js';
import type { SeedMeeting, SeedTeam } from './seed.js';

/** What the fake Bot Connector recorded: one activity a bot posted into a conversation. */
export type RecordedActivity = {
  id: string;
  conversationId: string;
  /** The tenant the posting token was issued in. */
  tokenTenant: string;
  at: string;
  activity: Record<string, unknown>;
};

export type FakeBotConnector = {
  /** `https://127.0.0.1:<port>` */
  url: string;
  /** The OpenID metadata the app validates incoming tokens with (BOT_OPENID_METADATA_URL). */
  openIdMetadataUrl: string;
  /** The service URL the connector names in activities; posts go to `{serviceUrl}v3/…`. */
  serviceUrl: string;
  /** A Bot Framework token for the bot, as the real connector signs it. */
  issueToken(overrides?: {
    serviceUrl?: string;
    aud?: string;
    iss?: string;
    exp?: number;
  }): Promise<string>;
  /** Tells the app (POST {appUrl}/api/messages) that the bot was added to a meeting chat. */
  installInChat(appUrl: string, meeting: Pick<SeedMeeting, 'chatId' | 'tenantId'>): Promise<void>;
  /** Tells the app that the bot was added to a team (its General channel). */
  installInTeam(
    appUrl: string,
    team: Pick<SeedTeam, 'id' | 'tenantId' | 'generalChannelId'>,
  ): Promise<void>;
  /** Activities posted so far, oldest first; optionally only one conversation's. */
  activities(conversationId?: string): RecordedActivity[];
  /** The next `count` posts answer `status` (a 429 with Retry-After, say) instead of 201. */
  failNext(plan: FailPlan): void;
  /** Every post attempt, refused ones included (status per attempt). */
  attempts(): number[];
  close(): Promise<void>;
};

export type FakeBotConnectorOptions = {
  tls: Tls;
  /** The dev identity provider: outbound tokens must be its app tokens for the Bot Connector. */
  idpUrl: string;
  /** The bot's Microsoft App ID (the dev app registration's client id). */
  botId: string;
  port?: number;
};

const issuer = 'https://api.botframework.com';
const connectorAudience = 'https://api.botframework.com';
const metadataPath = '/v1/.well-known/openidconfiguration';
const keysPath = '/v1/.well-known/keys';

/**
 * A stand-in for the Bot Framework's Bot Connector, over https with the dev CA. Like the real one it
 * publishes OpenID metadata and keys (with Teams' `endorsements`), signs its calls to the bot with
 * `iss` https://api.botframework.com, `aud` the bot id and a `serviceurl` claim, and accepts
 * `POST /teams/v3/conversations/{id}/activities` only with an app token for
 * https://api.botframework.com issued to the bot by the identity provider.
 */
export async function startFakeBotConnector(
  opts: FakeBotConnectorOptions,
): Promise<FakeBotConnector> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' };
  const idpKeys = await fetchIdpKeys(opts.idpUrl);
  const recorded: RecordedActivity[] = [];
  const attemptStatuses: number[] = [];
  const fail: FailPlan = { count: 0, status: 429 };
  let url = '';

  const server = await listenHttps({
    tls: opts.tls,
    port: opts.port,
    handler: async (req, res) => {
      const path = new URL(req.url ?? '/', 'https://x').pathname;
      if (req.method === 'GET' && path === metadataPath) {
        return sendJson(res, 200, {
          issuer,
          authorization_endpoint: `${url}/v1/.well-known/authorize`,
          jwks_uri: `${url}${keysPath}`,
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
        });
      }
      if (req.method === 'GET' && path === keysPath) {
        return sendJson(res, 200, { keys: [{ ...jwk, endorsements: ['msteams'] }] });
      }
      if (req.method === 'GET' && path === '/devhost/activities') {
        const conversation = new URL(req.url ?? '/', 'https://x').searchParams.get(
          'conversationId',
        );
        return sendJson(res, 200, { activities: listFor(conversation ?? undefined) });
      }
      const match = /^\/teams\/v3\/conversations\/([^/]+)\/activities\/?$/.exec(path);
      if (req.method === 'POST' && match?.[1]) {
        return postActivity(req, res, decodeURIComponent(match[1]));
      }
      sendJson(res, 404, {
        error: { code: 'NotFound', message: `No route for ${req.method} ${path}` },
      });
    },
  });
  url = server.url;
  const serviceUrl = `${url}/teams/`;

  function listFor(conversationId?: string): RecordedActivity[] {
    return recorded.filter((a) => !conversationId || a.conversationId === conversationId);
  }

  async function postActivity(req: IncomingMessage, res: ServerResponse, conversationId: string) {
    const refuse = (status: number, code: string, message: string) => {
      attemptStatuses.push(status);
      sendJson(res, status, { error: { code, message } });
    };
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return refuse(401, 'Unauthorized', 'Authorization header missing.');
    let tokenTenant: string;
    try {
      const claims = decodeJwt(token);
      tokenTenant = String(claims.tid ?? '');
      await jwtVerify(token, idpKeys, {
        audience: connectorAudience,
        issuer: `https://sts.windows.net/${tokenTenant}/`,
        algorithms: ['RS256'],
      });
      if (claims.appid !== opts.botId && claims.azp !== opts.botId) {
        return refuse(401, 'Unauthorized', 'The token was not issued to this bot.');
      }
    } catch (error) {
      return refuse(401, 'Unauthorized', `Token validation failed: ${String(error)}`);
    }
    const failure = takeFailure(fail);
    if (failure) {
      attemptStatuses.push(failure.status);
      return sendJson(
        res,
        failure.status,
        { error: { code: 'Throttled', message: 'Too many requests.' } },
        retryAfterHeader(failure),
      );
    }
    let activity: Record<string, unknown>;
    try {
      activity = JSON.parse(await readBody(req)) as Record<string, unknown>;
    } catch {
      return refuse(400, 'BadArgument', 'The body is not JSON.');
    }
    if (activity.type !== 'message')
      return refuse(400, 'BadArgument', 'Only messages are accepted.');
    const id = `1${Date.now()}${recorded.length}`;
    recorded.push({ id, conversationId, tokenTenant, at: new Date().toISOString(), activity });
    attemptStatuses.push(201);
    sendJson(res, 201, { id });
  }

  async function issueToken(overrides: Parameters<FakeBotConnector['issueToken']>[0] = {}) {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ serviceurl: overrides.serviceUrl ?? serviceUrl })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(overrides.iss ?? issuer)
      .setAudience(overrides.aud ?? opts.botId)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(overrides.exp ?? now + 3600)
      .sign(privateKey as CryptoKey);
  }

  async function send(appUrl: string, activity: Record<string, unknown>): Promise<void> {
    const res = await fetch(new URL('/api/messages', appUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await issueToken()}`,
      },
      body: JSON.stringify(activity),
    });
    if (!res.ok) {
      throw new Error(
        `The app answered ${res.status} to the Bot Connector's ${String(activity.type)}: ${await res.text()}`,
      );
    }
  }

  const bot = { id: `28:${opts.botId}`, name: 'Candor' };
  const base = (conversation: Record<string, unknown>, tenantId: string) => ({
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:${randomUUID()}`, aadObjectId: randomUUID() },
    recipient: bot,
    conversation: { ...conversation, tenantId },
    timestamp: new Date().toISOString(),
    locale: 'en-US',
  });

  return {
    url,
    openIdMetadataUrl: `${url}${metadataPath}`,
    serviceUrl,
    issueToken,
    async installInChat(appUrl, meeting) {
      const conversation = { id: meeting.chatId, conversationType: 'groupChat', isGroup: true };
      const channelData = { tenant: { id: meeting.tenantId } };
      await send(appUrl, {
        ...base(conversation, meeting.tenantId),
        type: 'installationUpdate',
        id: randomUUID(),
        action: 'add',
        channelData,
      });
      await send(appUrl, {
        ...base(conversation, meeting.tenantId),
        type: 'conversationUpdate',
        id: randomUUID(),
        membersAdded: [{ id: bot.id }],
        channelData,
      });
    },
    async installInTeam(appUrl, team) {
      const conversation = {
        id: team.generalChannelId,
        conversationType: 'channel',
        isGroup: true,
      };
      const channelData = {
        tenant: { id: team.tenantId },
        team: { id: team.generalChannelId, aadGroupId: team.id, name: 'Team' },
        eventType: 'teamMemberAdded',
      };
      await send(appUrl, {
        ...base(conversation, team.tenantId),
        type: 'conversationUpdate',
        id: randomUUID(),
        membersAdded: [{ id: bot.id }],
        channelData,
      });
    },
    activities: listFor,
    failNext(plan) {
      Object.assign(fail, plan);
    },
    attempts: () => [...attemptStatuses],
    close: server.close,
  };
}

async function fetchIdpKeys(idpUrl: string) {
  const res = await fetch(new URL('/common/discovery/v2.0/keys', idpUrl));
  if (!res.ok) throw new Error(`The dev identity provider's keys answered ${res.status}`);
  return createLocalJWKSet((await res.json()) as Parameters<typeof createLocalJWKSet>[0]);
}
