import { AuthError, ConfidentialClientApplication, ServerError } from '@azure/msal-node';
import { HttpError, msg } from '../http-errors.js';

export type AppTokenOptions = {
  authorityHost: URL;
  clientId: string;
  clientSecret: string;
  /** The resource's `.default` scope, for example https://graph.microsoft.com/.default. */
  scope: string;
};

/** App-only (client credentials) tokens, one per tenant: Candor acts as itself in the caller's tenant. */
export type AppTokenSource = {
  token(tenantId: string): Promise<string>;
};

export function createAppTokenSource(opts: AppTokenOptions): AppTokenSource {
  // One msal app per tenant: its authority is the tenant, and msal caches that tenant's token itself.
  const apps = new Map<string, ConfidentialClientApplication>();

  const appFor = (tenantId: string): ConfidentialClientApplication => {
    let app = apps.get(tenantId);
    if (!app) {
      app = new ConfidentialClientApplication({
        auth: {
          clientId: opts.clientId,
          clientSecret: opts.clientSecret,
          authority: new URL(
            `/${encodeURIComponent(tenantId)}`,
            opts.authorityHost.origin,
          ).toString(),
          // Listing the host (host:port, no scheme) skips instance discovery against the public
          // cloud, so any conformant authority works, a loopback https one included.
          knownAuthorities: [opts.authorityHost.host],
        },
      });
      apps.set(tenantId, app);
    }
    return app;
  };

  return {
    async token(tenantId) {
      try {
        const result = await appFor(tenantId).acquireTokenByClientCredential({
          scopes: [opts.scope],
        });
        if (!result?.accessToken) throw new Error('msal returned no access token');
        return result.accessToken;
      } catch (error) {
        throw describeTokenError(error);
      }
    },
  };
}

/** What the IT admin needs to know; never includes the secret or a token. */
function describeTokenError(error: unknown): HttpError {
  let message = msg('server.graph.tokenUnavailable');
  if (error instanceof AuthError) {
    const code = error.errorCode;
    const aadsts = /AADSTS\d+/.exec(error.errorMessage)?.[0];
    const detail = aadsts ? `${code}, ${aadsts}` : code;
    if (code === 'invalid_client') {
      message = msg('server.graph.badCredentials', { detail });
    } else if (code === 'unauthorized_client' || code === 'invalid_request') {
      message = msg('server.graph.tenantRefused', { detail });
    } else if (error instanceof ServerError) {
      message = msg('server.graph.tokenServerError', { detail });
    }
  }
  const httpError = new HttpError(503, 'graph_unavailable', message);
  httpError.cause = error;
  return httpError;
}
