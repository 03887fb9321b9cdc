import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  listenHttps,
  readBody,
  retryAfterHeader,
  sendJson,
  takeFailure,
  type FailPlan,
  type Tls,
} from './https-server.js';
import {
  entraError,
  multiTenantSegments,
  token,
  type IdpClient,
  type IdpContext,
} from './idp-grants.js';
import { appClaims, createTokenSigner, userClaims, type TokenOverrides } from './idp-tokens.js';
import { seed as defaultSeed, userById, type Seed, type SeedApp } from './seed.js';

export type { IdpClient } from './idp-grants.js';

export type IdpOptions = {
  port?: number;
  host?: string;
  tls: Tls;
  seed?: Seed;
  /** Registered apps; defaults to the seed's dev app. */
  clients?: IdpClient[];
};

export type Idp = {
  /** `https://127.0.0.1:port`, no trailing slash. Use it as ENTRA_AUTHORITY_HOST. */
  url: string;
  /** A v2 access token for the app's API, as ROPC would return it; `overrides` bend it for negative tests. */
  issueUserToken(
    userId: string,
    overrides?: TokenOverrides & { clientId?: string; scp?: string },
  ): Promise<string>;
  /** An app-only token, as client credentials would return it. */
  issueAppToken(
    opts: {
      tenantId: string;
      resource: string;
      clientId?: string;
      roles?: string[];
    } & TokenOverrides,
  ): Promise<string>;
  /** The next `count` token requests answer `status` (with Retry-After when given). */
  failNext(count: number, status: number, retryAfterSeconds?: number): void;
  requests: { method: string; path: string }[];
  close(): Promise<void>;
};

export async function startIdentityProvider(opts: IdpOptions): Promise<Idp> {
  const data = opts.seed ?? defaultSeed;
  const clients: IdpClient[] = opts.clients ?? [
    { clientId: data.devApp.clientId, clientSecret: data.devApp.clientSecret },
  ];
  const signer = await createTokenSigner();
  const failure: FailPlan = { count: 0, status: 503 };
  const requests: Idp['requests'] = [];
  let url = '';

  const appFor = (client: IdpClient): SeedApp =>
    client.clientId === data.devApp.clientId
      ? data.devApp
      : {
          ...data.devApp,
          clientId: client.clientId,
          displayName: client.clientId,
          servicePrincipalIds: {},
        };

  const ctx: IdpContext = { data, clients, signer, failure, appFor, url: () => url };
  const server = await listenHttps({
    tls: opts.tls,
    host: opts.host,
    port: opts.port,
    handler: async (req, res) => {
      const path = new URL(req.url ?? '/', 'https://idp.invalid').pathname;
      requests.push({ method: req.method ?? 'GET', path });
      await route(ctx, req, res, path);
    },
  });
  url = server.url;

  return {
    url,
    async issueUserToken(userId, overrides = {}) {
      const user = userById(userId, data);
      if (!user) throw new Error(`No seeded user ${userId}. Use an id from devhost/seed.ts.`);
      const clientId = overrides.clientId ?? data.devApp.clientId;
      const claims = userClaims({
        issuerBase: url,
        user,
        clientId,
        audience: clientId,
        scp: overrides.scp,
      });
      return signer.sign(claims, overrides);
    },
    async issueAppToken({ tenantId, resource, clientId, roles, ...overrides }) {
      const client = clients.find((c) => c.clientId === (clientId ?? data.devApp.clientId));
      const app = client
        ? appFor(client)
        : { ...data.devApp, clientId: clientId ?? data.devApp.clientId };
      return signer.sign(
        appClaims({ app, tenantId, resource, roles: roles ?? client?.roles }),
        overrides,
      );
    },
    failNext(count, status, retryAfterSeconds) {
      Object.assign(failure, { count, status, retryAfterSeconds });
    },
    requests,
    close: server.close,
  };
}

async function route(
  ctx: IdpContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const [tenant = '', ...rest] = path.split('/').filter(Boolean);
  const tail = rest.join('/');
  if (req.method === 'GET' && (tail === 'discovery/v2.0/keys' || tail === 'discovery/keys')) {
    return sendJson(res, 200, ctx.signer.jwks, { 'Cache-Control': 'max-age=86400, private' });
  }
  if (req.method === 'GET' && tail === 'v2.0/.well-known/openid-configuration') {
    if (!knownTenant(ctx, tenant))
      return entraError(
        res,
        400,
        'invalid_tenant',
        90002,
        `Tenant '${tenant}' not found. Check the tenant id in the authority URL.`,
      );
    return sendJson(res, 200, openIdConfiguration(ctx.url(), tenant));
  }
  if (req.method === 'POST' && tail === 'oauth2/v2.0/token') {
    const failed = takeFailure(ctx.failure);
    if (failed) {
      return entraError(
        res,
        failed.status,
        'temporarily_unavailable',
        90033,
        'A transient error has occurred. Please try again.',
        retryAfterHeader(failed),
      );
    }
    const form = new URLSearchParams(await readBody(req));
    return token(ctx, res, tenant, form);
  }
  return entraError(
    res,
    404,
    'invalid_request',
    900561,
    `The dev identity provider has no endpoint ${req.method} ${path}. It supports discovery, keys, client credentials and ROPC.`,
  );
}

function knownTenant(ctx: IdpContext, tenant: string): boolean {
  return (
    multiTenantSegments.has(tenant) || ctx.data.tenants.some((t) => t.id === tenant.toLowerCase())
  );
}

/** Entra's metadata document; for common/organizations the issuer keeps the `{tenantid}` template. */
function openIdConfiguration(url: string, tenant: string): Record<string, unknown> {
  const base = `${url}/${tenant}`;
  const issuerTenant = multiTenantSegments.has(tenant) ? '{tenantid}' : tenant;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic',
    ],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${url}/${issuerTenant}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${url}/oidc/userinfo`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      'sub',
      'iss',
      'cloud_instance_name',
      'cloud_instance_host_name',
      'cloud_graph_host_name',
      'msgraph_host',
      'aud',
      'exp',
      'iat',
      'auth_time',
      'acr',
      'nonce',
      'preferred_username',
      'name',
      'tid',
      'ver',
      'at_hash',
      'c_hash',
      'email',
    ],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}
