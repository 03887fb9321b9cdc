import { describe, expect, it } from 'vitest';
import type { FrameSpec } from './frame-context.js';
import { createFrameState, handleRequest, type HostServices } from './host-handlers.js';
import type { AppRegistration, NaaServices, UserTokens } from './naa-host.js';
import type { NaaResponse } from './naa-protocol.js';
import { testOrg } from './test-org.js';

const origin = 'http://localhost:3978';
const adele = testOrg.users[0]!;
const team = testOrg.teams[0]!;
const registration: AppRegistration = {
  clientId: 'client-1',
  apiScope: 'api://localhost:3978/client-1/access_as_user',
  authorityHost: 'https://127.0.0.1:8443',
  graphRoot: 'https://127.0.0.1:8444',
  graphPermissions: ['Tasks.ReadWrite'],
};
const todoScope = 'https://127.0.0.1:8444/Tasks.ReadWrite';

/** A JWT-shaped token whose payload carries `exp`; the stand-in reads nothing else from it. */
const jwt = (claims: Record<string, unknown>) =>
  `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

function naaHost(
  mode: NaaServices['mode'],
  tokens?: NaaServices['tokens'],
  graphConsent: NaaServices['graphConsent'] = () => 'accept',
) {
  const fetched: { userId: string; fresh: boolean; scope?: string }[] = [];
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const naa: NaaServices = {
    mode,
    registration: async () => registration,
    tokens:
      tokens ??
      (async (userId, { fresh, scope }): Promise<UserTokens> => {
        fetched.push(scope ? { userId, fresh, scope } : { userId, fresh });
        return { accessToken: jwt({ oid: userId, exp }), idToken: jwt({ oid: userId, exp }) };
      }),
    consented: new Set(),
    graphConsent,
  };
  const host: HostServices = {
    sessionId: 'session',
    origin,
    getToken: async () => 'sso-token',
    naa,
    changed: () => undefined,
    saveFinished: () => undefined,
    shareToStage: () => undefined,
    stopStage: () => undefined,
    stageState: () => ({ isAppSharing: false }),
    manifestPermissions: async () => new Set(['MeetingStage.Write.Chat']),
  };
  return { host, fetched };
}

const spec: FrameSpec = {
  frameId: 'f1',
  kind: 'content',
  user: adele,
  place: { kind: 'team', team },
  meetingRole: null,
  tab: null,
};

let nextId = 0;

/** Sends one msal request the way teams-js's bridge does and returns the parsed response envelope. */
async function execute(
  host: HostServices,
  method: string,
  tokenParams?: Record<string, unknown>,
): Promise<NaaResponse> {
  const requestId = `req-${++nextId}`;
  const data = JSON.stringify({
    messageType: 'NestedAppAuthRequest',
    method,
    requestId,
    sendTime: Date.now(),
    clientLibrary: 'msal.js.browser',
    clientLibraryVersion: '5.30.0',
    ...(tokenParams ? { tokenParams } : {}),
  });
  const reply = await handleRequest(
    createFrameState(spec, 'default'),
    { id: nextId, uuid: `uuid-${nextId}`, func: 'nestedAppAuth.execute', args: [], data },
    host,
  );
  // teams-js's bridge listener hands msal args[1], a JSON string.
  expect(reply?.[0]).toBeNull();
  expect(reply?.[1]).toBeTypeOf('string');
  const response = JSON.parse(reply![1] as string) as NaaResponse;
  expect(response).toMatchObject({ messageType: 'NestedAppAuthResponse', requestId });
  return response;
}

const tokenRequest = (overrides: Record<string, unknown> = {}) => ({
  clientId: registration.clientId,
  authority: `${registration.authorityHost}/common`,
  scope: registration.apiScope,
  correlationId: 'c1',
  ...overrides,
});

const errorOf = (response: NaaResponse) => (response.success ? null : response.error);

describe('delegated Graph tokens (Microsoft To Do) in the stand-in', () => {
  it('asks for consent first (GetToken needs interaction), then grants through the prompt', async () => {
    const { host, fetched } = naaHost('on');
    const silent = await execute(host, 'GetToken', tokenRequest({ scope: todoScope }));
    expect(errorOf(silent)).toMatchObject({
      status: 'USER_INTERACTION_REQUIRED',
      code: 'consent_required',
    });
    const prompted = await execute(host, 'GetTokenPopup', tokenRequest({ scope: todoScope }));
    if (!prompted.success || !('token' in prompted)) throw new Error('expected a token');
    expect(prompted.token.scope).toBe(todoScope);
    // Consented once: silent requests get tokens from then on.
    expect((await execute(host, 'GetToken', tokenRequest({ scope: todoScope }))).success).toBe(
      true,
    );
    expect(fetched).toEqual([
      { userId: adele.id, fresh: false, scope: todoScope },
      { userId: adele.id, fresh: false, scope: todoScope },
    ]);
  });

  it('answers a refused prompt with access_denied and a closed one with USER_CANCEL', async () => {
    const refused = naaHost('on', undefined, () => 'refuse');
    expect(
      errorOf(await execute(refused.host, 'GetTokenPopup', tokenRequest({ scope: todoScope }))),
    ).toMatchObject({ status: 'PERSISTENT_ERROR', code: 'access_denied' });
    const closed = naaHost('on', undefined, () => 'close');
    expect(
      errorOf(await execute(closed.host, 'GetTokenPopup', tokenRequest({ scope: todoScope }))),
    ).toMatchObject({ status: 'USER_CANCEL' });
    expect([...refused.fetched, ...closed.fetched]).toEqual([]);
  });

  it('refuses a Graph permission the registration does not list, or mixed with the API scope', async () => {
    const { host } = naaHost('on');
    const mail = tokenRequest({ scope: 'https://127.0.0.1:8444/Mail.Read' });
    expect(errorOf(await execute(host, 'GetTokenPopup', mail))).toMatchObject({
      code: 'invalid_scope',
    });
    const mixed = tokenRequest({ scope: `${registration.apiScope} ${todoScope}` });
    expect(errorOf(await execute(host, 'GetTokenPopup', mixed))).toMatchObject({
      code: 'invalid_scope',
    });
  });
});

describe('nested app auth in the stand-in', () => {
  it('advertises NAA in initialize with the runtime config in the 4th arg, where teams-js looks', async () => {
    const { host } = naaHost('on');
    const reply = await handleRequest(
      createFrameState(spec, 'default'),
      { id: 1, uuid: 'u', func: 'initialize', args: ['2.58.0', 4] },
      host,
    );
    const [frameContext, clientType, version, config] = reply!;
    expect([frameContext, clientType, version]).toEqual(['content', 'web', '2.58.0']);
    expect(JSON.parse(config as string)).toMatchObject({
      apiVersion: 4,
      isNAAChannelRecommended: true,
      supports: { nestedAppAuth: {}, authentication: {} },
    });
  });

  it("answers GetInitContext with the frame user's account context", async () => {
    const { host } = naaHost('on');
    const response = await execute(host, 'GetInitContext');
    expect(response).toMatchObject({
      success: true,
      initContext: {
        sdkVersion: '2.58.0',
        accountContext: {
          homeAccountId: `${adele.id}.${adele.tenantId}`,
          environment: '127.0.0.1:8443',
          tenantId: adele.tenantId,
        },
      },
    });
  });

  it('answers GetToken with access and id tokens and the account msal caches them under', async () => {
    const { host, fetched } = naaHost('on');
    const response = await execute(host, 'GetToken', tokenRequest());
    if (!response.success || !('token' in response)) throw new Error('expected a token');
    expect(response.token.access_token).toContain('.');
    expect(response.token.id_token).toContain('.');
    expect(response.token.scope).toBe(registration.apiScope);
    expect(response.token.expires_in).toBeGreaterThan(3500);
    expect(response.token.expires_in).toBeLessThanOrEqual(3600);
    expect(response.account).toEqual({
      homeAccountId: `${adele.id}.${adele.tenantId}`,
      environment: '127.0.0.1:8443',
      tenantId: adele.tenantId,
      username: adele.upn,
      localAccountId: adele.id,
      name: adele.displayName,
      loginHint: adele.upn,
    });
    expect(fetched).toEqual([{ userId: adele.id, fresh: false }]);
  });

  it('gets fresh tokens when msal forces a refresh, and accepts the user tenant as authority', async () => {
    const { host, fetched } = naaHost('on');
    const own = tokenRequest({
      authority: `${registration.authorityHost}/${adele.tenantId}`,
      forceRefresh: true,
    });
    expect((await execute(host, 'GetToken', own)).success).toBe(true);
    expect(fetched).toEqual([{ userId: adele.id, fresh: true }]);
  });

  it.each([
    ['another client id', { clientId: 'someone-else' }, 'unauthorized_client', /AADSTS700016/],
    [
      'a Graph scope',
      { scope: 'https://graph.microsoft.com/User.Read' },
      'invalid_resource',
      /AADSTS500011/,
    ],
    [
      'a permission the app does not expose',
      { scope: 'api://localhost:3978/client-1/Files.Read' },
      'invalid_scope',
      /AADSTS70011/,
    ],
    ['only OpenID scopes', { scope: 'openid profile' }, 'invalid_scope', /AADSTS70011/],
    [
      "another tenant's authority",
      { authority: 'https://127.0.0.1:8443/tenant-2' },
      'invalid_grant',
      /AADSTS50020/,
    ],
    [
      'another authority host',
      { authority: 'https://login.microsoftonline.com/common' },
      'invalid_authority',
      /not the one this host signs in with/,
    ],
  ])('refuses %s as Entra would, without getting a token', async (_, overrides, code, text) => {
    const { host, fetched } = naaHost('on');
    const error = errorOf(await execute(host, 'GetToken', tokenRequest(overrides)));
    expect(error).toMatchObject({ status: 'PERSISTENT_ERROR', code });
    expect(error?.description).toMatch(text);
    expect(fetched).toEqual([]);
  });

  it('in consent mode needs one GetTokenPopup before silent GetToken succeeds', async () => {
    const { host } = naaHost('consent');
    const first = errorOf(await execute(host, 'GetToken', tokenRequest()));
    expect(first).toMatchObject({ status: 'USER_INTERACTION_REQUIRED', code: 'invalid_grant' });
    expect((await execute(host, 'GetTokenPopup', tokenRequest())).success).toBe(true);
    expect((await execute(host, 'GetToken', tokenRequest())).success).toBe(true);
  });

  it('in error mode starts NAA but refuses every token for the missing brk-multihub redirect URI', async () => {
    const { host, fetched } = naaHost('error');
    expect((await execute(host, 'GetInitContext')).success).toBe(true);
    for (const method of ['GetToken', 'GetTokenPopup']) {
      const error = errorOf(await execute(host, method, tokenRequest()));
      expect(error).toMatchObject({ status: 'PERSISTENT_ERROR', code: 'invalid_request' });
      expect(error?.description).toContain(
        "AADSTS50011: The redirect URI 'brk-multihub://localhost:3978'",
      );
    }
    expect(fetched).toEqual([]);
  });

  it('turns a failure to get tokens into a transient error that says why', async () => {
    const { host } = naaHost('on', async () => {
      throw new Error('The dev identity provider could not be reached.');
    });
    expect(errorOf(await execute(host, 'GetToken', tokenRequest()))).toEqual({
      status: 'TRANSIENT_ERROR',
      code: 'server_error',
      description: 'The dev identity provider could not be reached.',
    });
    const noIdToken = naaHost('on', async () => ({ accessToken: jwt({ exp: 1 }), idToken: null }));
    expect(errorOf(await execute(noIdToken.host, 'GetToken', tokenRequest()))).toMatchObject({
      status: 'TRANSIENT_ERROR',
    });
  });

  it('answers a request without msal JSON in data with an SdkError', async () => {
    const { host } = naaHost('on');
    const reply = await handleRequest(
      createFrameState(spec, 'default'),
      { id: 9, uuid: 'u9', func: 'nestedAppAuth.execute', args: [], data: 'not json' },
      host,
    );
    expect(reply?.[0]).toMatchObject({ errorCode: 4000 });
  });
});
