/**
 * The nested app auth (NAA) wire format between msal-browser 5.30 (`naa/BridgeProxy`) and a Teams host,
 * carried by teams-js 2.58. teams-js polyfills `window.nestedAppAuthBridge` and posts each msal request
 * to the top window as `{ id, uuidAsString, func: 'nestedAppAuth.execute', args: [], data: <request JSON> }`.
 * Its bridge listener hands msal `args[1]` of a host message when that parses to a `NestedAppAuthResponse`.
 */

export const naaExecute = 'nestedAppAuth.execute';

export type NaaMethod = 'GetInitContext' | 'GetToken' | 'GetTokenPopup';

/** msal's `TokenRequest` fields the host reads. */
export type NaaTokenParams = {
  clientId: string;
  authority?: string;
  scope: string;
  correlationId: string;
  forceRefresh?: boolean;
};

/** msal's `BridgeRequestEnvelope`. */
export type NaaRequest = {
  messageType: 'NestedAppAuthRequest';
  method: NaaMethod;
  requestId: string;
  tokenParams?: NaaTokenParams;
};

/** msal's `BridgeStatusCode`: how the app should react to a failure. */
export type NaaStatus =
  | 'USER_INTERACTION_REQUIRED'
  | 'USER_CANCEL'
  | 'NO_NETWORK'
  | 'TRANSIENT_ERROR'
  | 'PERSISTENT_ERROR'
  | 'DISABLED'
  | 'ACCOUNT_UNAVAILABLE'
  | 'NESTED_APP_AUTH_UNAVAILABLE';

export type NaaError = { status: NaaStatus; code?: string; description?: string };

/** msal's `AccountContext`: who the host has signed in. */
export type NaaAccountContext = { homeAccountId: string; environment: string; tenantId: string };

export type NaaAccount = NaaAccountContext & {
  username: string;
  localAccountId: string;
  name?: string;
  loginHint?: string;
};

export type NaaToken = {
  access_token: string;
  id_token: string;
  /** Seconds from now. */
  expires_in: number;
  scope: string;
  authority?: string;
  properties: null;
};

export type NaaInitContext = {
  sdkName: string;
  sdkVersion: string;
  accountContext?: NaaAccountContext;
  capabilities?: { queryAccount?: boolean };
};

/** The answer to one request; `success` decides whether msal resolves or rejects it. */
export type NaaResult =
  | { success: true; initContext: NaaInitContext }
  | { success: true; token: NaaToken; account: NaaAccount }
  | { success: false; error: NaaError };

/** msal's `BridgeResponseEnvelope`. */
export type NaaResponse = { messageType: 'NestedAppAuthResponse'; requestId: string } & NaaResult;

const methods: readonly string[] = ['GetInitContext', 'GetToken', 'GetTokenPopup'];

/** Parses the `data` string of a `nestedAppAuth.execute` request; null when it is not an msal request. */
export function parseNaaRequest(data: unknown): NaaRequest | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.messageType !== 'NestedAppAuthRequest' || typeof record.requestId !== 'string') {
    return null;
  }
  if (typeof record.method !== 'string' || !methods.includes(record.method)) return null;
  return {
    messageType: 'NestedAppAuthRequest',
    method: record.method as NaaMethod,
    requestId: record.requestId,
    ...(isTokenParams(record.tokenParams) ? { tokenParams: record.tokenParams } : {}),
  };
}

function isTokenParams(value: unknown): value is NaaTokenParams {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.clientId === 'string' && typeof record.scope === 'string';
}

export function naaResponse(requestId: string, result: NaaResult): NaaResponse {
  return { messageType: 'NestedAppAuthResponse', requestId, ...result };
}

/**
 * The reply args for `nestedAppAuth.execute`. teams-js's bridge listener reads only `args[1]`, as a JSON
 * string; `args[0]` is the error slot of the host's usual `[error, result]` answers and stays null.
 */
export function naaReplyArgs(response: NaaResponse): unknown[] {
  return [null, JSON.stringify(response)];
}

/** A one-line, token-free description of a request for the protocol log. */
export function describeNaaRequest(data: unknown): string {
  const request = parseNaaRequest(data);
  if (!request) return 'not a NestedAppAuthRequest';
  const params = request.tokenParams;
  if (!params) return request.method;
  const parts = [`clientId=${params.clientId}`, `scope=${params.scope}`];
  if (params.authority) parts.push(`authority=${params.authority}`);
  if (params.forceRefresh) parts.push('forceRefresh');
  return `${request.method} ${parts.join(' ')}`;
}

/** A one-line, token-free description of a reply for the protocol log. */
export function describeNaaReply(method: string, response: NaaResponse): string {
  if (!response.success) {
    const { status, code, description } = response.error;
    return `${method} → ${status}${code ? ` ${code}` : ''}${description ? `: ${description}` : ''}`;
  }
  if ('initContext' in response) {
    const who = response.initContext.accountContext?.homeAccountId ?? 'no account';
    return `${method} → ${response.initContext.sdkName} ${response.initContext.sdkVersion}, ${who}`;
  }
  return `${method} → token for ${response.account.username} (${response.token.scope}, expires in ${response.token.expires_in} s)`;
}
