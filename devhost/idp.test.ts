import { ConfidentialClientApplication } from '@azure/msal-node';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTls } from './test-tls.js';
import { startIdentityProvider, type Idp } from './idp.js';
import { contoso, demo, devApp, devPassword, fabrikam, seed } from './seed.js';

const graphRoot = 'https://127.0.0.1:9/graph-root';
const apiScope = `api://localhost:3978/${devApp.clientId}/access_as_user`;
const adele = seed.users[0]!;

let idp: Idp;
beforeAll(async () => {
  idp = await startIdentityProvider({ tls: await testTls() });
});
afterAll(() => idp.close());

function msalApp(
  secret = devApp.clientSecret,
  tenantId = contoso.id,
): ConfidentialClientApplication {
  return new ConfidentialClientApplication({
    auth: {
      clientId: devApp.clientId,
      clientSecret: secret,
      authority: `${idp.url}/${tenantId}`,
      knownAuthorities: [new URL(idp.url).host],
    },
  });
}

async function ropc(
  username: string,
  pwd = devPassword,
  tenant = 'organizations',
  scope = `${apiScope} openid profile`,
): Promise<Response> {
  return fetch(`${idp.url}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: devApp.clientId,
      username,
      password: pwd,
      scope,
    }),
  });
}

describe('identity provider with msal-node client credentials', () => {
  it('issues an app-only token for the requested resource and tenant', async () => {
    const result = await msalApp().acquireTokenByClientCredential({
      scopes: [`${graphRoot}/.default`],
    });
    expect(result?.accessToken).toBeTruthy();
    const claims = decodeJwt(result?.accessToken ?? '');
    expect(claims).toMatchObject({
      aud: graphRoot,
      tid: contoso.id,
      appid: devApp.clientId,
      idtyp: 'app',
      roles: devApp.appRoles,
      oid: devApp.servicePrincipalIds[contoso.id],
      iss: `https://sts.windows.net/${contoso.id}/`,
    });
    expect(
      idp.requests.some((r) => r.path === `/${contoso.id}/v2.0/.well-known/openid-configuration`),
    ).toBe(true);
    // The token verifies against the published keys.
    const jwks = createRemoteJWKSet(new URL(`${idp.url}/common/discovery/v2.0/keys`));
    await expect(
      jwtVerify(result?.accessToken ?? '', jwks, { audience: graphRoot }),
    ).resolves.toBeTruthy();
  });

  it('answers a wrong secret with invalid_client AADSTS7000215', async () => {
    await expect(
      msalApp('wrong').acquireTokenByClientCredential({ scopes: [`${graphRoot}/.default`] }),
    ).rejects.toMatchObject({
      errorCode: 'invalid_client',
      errorMessage: expect.stringContaining('AADSTS7000215'),
    });
    const res = await fetch(`${idp.url}/${contoso.id}/oauth2/v2.0/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: devApp.clientId,
        client_secret: 'x',
        scope: `${graphRoot}/.default`,
      }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: 'invalid_client',
      error_codes: [7000215],
      trace_id: expect.any(String),
      correlation_id: expect.any(String),
    });
  });

  it('fails the next token requests with Retry-After when told to', async () => {
    idp.failNext(1, 429, 7);
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: devApp.clientId,
      client_secret: devApp.clientSecret,
      scope: `${graphRoot}/.default`,
    });
    const first = await fetch(`${idp.url}/${fabrikam.id}/oauth2/v2.0/token`, {
      method: 'POST',
      body,
    });
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    const second = await fetch(`${idp.url}/${fabrikam.id}/oauth2/v2.0/token`, {
      method: 'POST',
      body,
    });
    expect(second.status).toBe(200);
    expect(decodeJwt(((await second.json()) as { access_token: string }).access_token).tid).toBe(
      fabrikam.id,
    );
  });
});

describe('identity provider user tokens', () => {
  it('issues a delegated Microsoft Graph token for a permission (Tasks.ReadWrite): audience the Graph root', async () => {
    const graph = 'https://127.0.0.1:8444';
    const res = await ropc(adele.upn, devPassword, contoso.id, `${graph}/Tasks.ReadWrite openid`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; scope: string };
    expect(body.scope).toBe(`${graph}/Tasks.ReadWrite`);
    expect(decodeJwt(body.access_token)).toMatchObject({
      aud: graph,
      scp: 'Tasks.ReadWrite',
      oid: adele.id,
      tid: contoso.id,
    });
    // Any other https resource is not Graph, and not a registered API.
    const other = await ropc(
      adele.upn,
      devPassword,
      contoso.id,
      'https://evil.example/Tasks.ReadWrite',
    );
    expect(other.status).toBe(400);
    expect(((await other.json()) as { error: string }).error).toBe('invalid_resource');
  });

  it('issues a v2 ROPC token that verifies with the common JWKS, tenant issuer and client-id audience', async () => {
    const res = await ropc(adele.upn);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      access_token: string;
      token_type: string;
      expires_in: number;
    };
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(3600);
    const jwks = createRemoteJWKSet(new URL(`${idp.url}/common/discovery/v2.0/keys`));
    const { payload } = await jwtVerify(body.access_token, jwks, {
      issuer: `${idp.url}/${contoso.id}/v2.0`,
      audience: devApp.clientId,
    });
    expect(payload).toMatchObject({
      oid: adele.id,
      tid: contoso.id,
      name: adele.displayName,
      preferred_username: adele.upn,
      scp: 'access_as_user',
      azp: devApp.clientId,
      ver: '2.0',
    });
  });

  it('rejects an unknown user, a wrong password and an unknown grant with Entra error shapes', async () => {
    const unknown = await ropc('nobody@contoso.example');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: 'invalid_grant', error_codes: [50034] });
    const wrongTenant = await ropc(adele.upn, devPassword, fabrikam.id);
    expect(await wrongTenant.json()).toMatchObject({
      error: 'invalid_grant',
      error_codes: [50034],
    });
    const badPassword = await ropc(adele.upn, 'nope');
    expect(await badPassword.json()).toMatchObject({
      error: 'invalid_grant',
      error_codes: [50126],
    });
    const grant = await fetch(`${idp.url}/common/oauth2/v2.0/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'implicit', client_id: devApp.clientId }),
    });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('serves Entra-shaped metadata, with the {tenantid} issuer template for common', async () => {
    const tenant = (await (
      await fetch(`${idp.url}/${contoso.id}/v2.0/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(tenant.issuer).toBe(`${idp.url}/${contoso.id}/v2.0`);
    expect(tenant.token_endpoint).toBe(`${idp.url}/${contoso.id}/oauth2/v2.0/token`);
    expect(tenant.jwks_uri).toBe(`${idp.url}/${contoso.id}/discovery/v2.0/keys`);
    const common = (await (
      await fetch(`${idp.url}/common/v2.0/.well-known/openid-configuration`)
    ).json()) as Record<string, string>;
    expect(common.issuer).toBe(`${idp.url}/{tenantid}/v2.0`);
  });

  it('issueUserToken overrides produce tokens a verifier must reject', async () => {
    const jwks = createRemoteJWKSet(new URL(`${idp.url}/${contoso.id}/discovery/v2.0/keys`));
    const good = await idp.issueUserToken(demo.weeklySync.organizerId);
    await expect(jwtVerify(good, jwks, { audience: devApp.clientId })).resolves.toBeTruthy();
    const expired = await idp.issueUserToken(adele.id, {
      exp: Math.floor(Date.now() / 1000) - 600,
    });
    await expect(jwtVerify(expired, jwks)).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
    const wrongKid = await idp.issueUserToken(adele.id, { kid: 'unknown-kid' });
    await expect(jwtVerify(wrongKid, jwks)).rejects.toMatchObject({
      code: 'ERR_JWKS_NO_MATCHING_KEY',
    });
    const hs = await idp.issueUserToken(adele.id, { alg: 'HS256' });
    await expect(jwtVerify(hs, jwks)).rejects.toThrow();
    const noOid = await idp.issueUserToken(adele.id, { claims: { oid: undefined }, aud: 'other' });
    expect(decodeJwt(noOid)).not.toHaveProperty('oid');
    expect(decodeJwt(noOid).aud).toBe('other');
  });
});
