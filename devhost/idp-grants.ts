import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendJson, type FailPlan } from './https-server.js';
import {
  appClaims,
  appTokenLifetimeSeconds,
  userClaims,
  userTokenLifetimeSeconds,
  type TokenSigner,
} from './idp-tokens.js';
import { devPassword, userByUpn, type Seed, type SeedApp } from './seed.js';

export type IdpClient = { clientId: string; clientSecret: string; roles?: string[] };

/** What the identity provider's handlers share. */
export type IdpContext = {
  data: Seed;
  clients: IdpClient[];
  signer: TokenSigner;
  failure: FailPlan;
  appFor(client: IdpClient): SeedApp;
  url(): string;
};

export const multiTenantSegments = new Set(['common', 'organizations', 'consumers']);

/** `POST /{tenant}/oauth2/v2.0/token`: client credentials and ROPC, as Entra answers them. */
export async function token(
  ctx: IdpContext,
  res: ServerResponse,
  tenant: string,
  form: URLSearchParams,
): Promise<void> {
  const grant = form.get('grant_type');
  const clientId = form.get('client_id') ?? '';
  const client = ctx.clients.find((c) => c.clientId === clientId);
  if (grant !== 'client_credentials' && grant !== 'password') {
    return entraError(
      res,
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${grant ?? ''}'. The dev identity provider supports client_credentials and password.`,
    );
  }
  if (!client) {
    return entraError(
      res,
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory. Use the client id of the dev app registration (devhost/seed.ts).`,
    );
  }
  if (grant === 'client_credentials') return clientCredentials(ctx, res, tenant, form, client);
  return password(ctx, res, tenant, form, client);
}

async function clientCredentials(
  ctx: IdpContext,
  res: ServerResponse,
  tenant: string,
  form: URLSearchParams,
  client: IdpClient,
): Promise<void> {
  if (form.get('client_secret') !== client.clientSecret) {
    return entraError(
      res,
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${client.clientId}'.`,
    );
  }
  const tenantId = tenant.toLowerCase();
  if (!ctx.data.tenants.some((t) => t.id === tenantId)) {
    return entraError(
      res,
      400,
      'invalid_request',
      90002,
      `Tenant '${tenant}' not found. Client credentials need a tenant-specific authority: use the tenant id, not common or organizations.`,
    );
  }
  const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
  const scope = scopes.find((s) => s.endsWith('/.default'));
  if (!scope || scopes.length !== 1) {
    return entraError(
      res,
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope '${scopes.join(' ')}' is not valid. Client credential flows must have a single scope value with /.default suffixed to the resource identifier.`,
    );
  }
  const resource = scope.slice(0, -'/.default'.length);
  const claims = appClaims({ app: ctx.appFor(client), tenantId, resource, roles: client.roles });
  return sendJson(res, 200, {
    token_type: 'Bearer',
    expires_in: appTokenLifetimeSeconds,
    ext_expires_in: appTokenLifetimeSeconds,
    access_token: await ctx.signer.sign(claims),
  });
}

async function password(
  ctx: IdpContext,
  res: ServerResponse,
  tenant: string,
  form: URLSearchParams,
  client: IdpClient,
): Promise<void> {
  const secret = form.get('client_secret');
  if (secret !== null && secret !== client.clientSecret) {
    return entraError(
      res,
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided for app '${client.clientId}'.`,
    );
  }
  const username = form.get('username') ?? '';
  const user = userByUpn(username, ctx.data);
  const tenantId = tenant.toLowerCase();
  if (!user || (!multiTenantSegments.has(tenantId) && user.tenantId !== tenantId)) {
    return entraError(
      res,
      400,
      'invalid_grant',
      50034,
      `The user account ${username} does not exist in the ${tenant} directory. To sign into this application, the account must be added to the directory (see devhost/seed.ts for the demo users).`,
    );
  }
  if (form.get('password') !== devPassword) {
    return entraError(
      res,
      400,
      'invalid_grant',
      50126,
      `Error validating credentials due to invalid username or password. Every dev host user's password is '${devPassword}'.`,
    );
  }
  const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
  // OIDC scopes (openid, profile, ...) have no slash; the API scope is `<resource>/<permission>`.
  const apiScope = scopes.map((s) => /^(.+)\/([^/]+)$/.exec(s)).find((m) => m !== null);
  const graph = apiScope?.[1] !== undefined && isGraphResource(apiScope[1]);
  const audience = graph ? (apiScope?.[1] ?? '') : (apiScope?.[1]?.split('/').pop() ?? '');
  if (!apiScope || (!graph && !ctx.clients.some((c) => c.clientId === audience))) {
    return entraError(
      res,
      400,
      'invalid_resource',
      500011,
      `The resource principal named '${apiScope?.[1] ?? scopes.join(' ')}' was not found in the tenant. Request a scope like api://<host>/<client-id>/access_as_user, or a Microsoft Graph permission like https://graph.microsoft.com/Tasks.ReadWrite.`,
    );
  }
  // A delegated Graph token names its permissions in `scp`; `.default` means those the app was granted.
  const defaultScp = graph ? 'User.Read' : 'access_as_user';
  const claims = userClaims({
    issuerBase: ctx.url(),
    user,
    clientId: client.clientId,
    audience,
    scp: apiScope[2] === '.default' ? defaultScp : apiScope[2],
  });
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: apiScope[0],
    expires_in: userTokenLifetimeSeconds,
    ext_expires_in: userTokenLifetimeSeconds,
    access_token: await ctx.signer.sign(claims),
  };
  if (form.get('client_info') === '1') {
    body.client_info = Buffer.from(JSON.stringify({ uid: user.id, utid: user.tenantId })).toString(
      'base64url',
    );
  }
  if (scopes.includes('openid')) {
    body.id_token = await ctx.signer.sign(
      { ...claims, aud: client.clientId },
      { claims: { scp: undefined } },
    );
  }
  return sendJson(res, 200, body);
}

/**
 * Microsoft Graph as a resource of delegated tokens: the public root, or a loopback https root (the
 * dev host's fake Graph), by origin.
 */
function isGraphResource(resource: string): boolean {
  let url: URL;
  try {
    url = new URL(resource);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.pathname !== '/' || url.origin !== resource) return false;
  return ['graph.microsoft.com', '127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** Entra's JSON error body: AADSTS code in the description, trace and correlation ids, timestamp. */
export function entraError(
  res: ServerResponse,
  status: number,
  error: string,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  sendJson(
    res,
    status,
    {
      error,
      error_description: `AADSTS${code}: ${message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
    },
    headers,
  );
}
