import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, meContextSchema } from '../../shared/api.js';
import {
  demo,
  devApp,
  freePort,
  seededUser,
  startEntraFakes,
  testPublicUrl,
  type EntraFakes,
} from '../test-support/entra-fakes.js';
import { buildTestApp, type TestApp } from '../test-support/test-app.js';
import { createEntraTokenVerifier } from './entra-verifier.js';

const adele = seededUser('Adele Vance'); // Contoso, owner of Platform
const ravi = seededUser('Ravi Shankar'); // Fabrikam
const contosoId = adele.tenantId;
const nowSeconds = () => Math.floor(Date.now() / 1000);

let fakes: EntraFakes;
let open: TestApp; // any tenant
let contosoOnly: TestApp; // ENTRA_ALLOWED_TENANTS=<contoso>

beforeAll(async () => {
  fakes = await startEntraFakes();
  open = await buildTestApp(fakes);
  contosoOnly = await buildTestApp(fakes, { allowedTenants: [contosoId.toUpperCase()] });
});

afterAll(async () => {
  await open?.close();
  await contosoOnly?.close();
  await fakes?.close();
});

async function callMe(target: TestApp, token: string | null) {
  const response = await target.app.inject({
    method: 'GET',
    url: `/api/me/context?teamId=${demo.platform.id}`,
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() as unknown };
}

async function expectRejected(
  token: string | null,
  code: string,
  messagePart: RegExp,
  target = open,
) {
  const { status, body } = await callMe(target, token);
  expect(status).toBe(401);
  const { error } = apiErrorSchema.parse(body);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(messagePart);
  return error;
}

describe('Entra token verification through the real app', () => {
  it('accepts a v2 token whose audience is the client id', async () => {
    const { status, body } = await callMe(open, await fakes.idp.issueUserToken(adele.id));
    expect(status).toBe(200);
    const me = meContextSchema.parse(body);
    expect(me.user).toEqual({ userId: adele.id, tenantId: contosoId, displayName: 'Adele Vance' });
  });

  it.each([
    ['host with port', `api://${testPublicUrl.host}/${devApp.clientId}`],
    ['host name only', `api://${testPublicUrl.hostname}/${devApp.clientId}`],
  ])('accepts the Application ID URI audience (%s)', async (_label, aud) => {
    const { status } = await callMe(open, await fakes.idp.issueUserToken(adele.id, { aud }));
    expect(status).toBe(200);
  });

  it('rejects a request without a token', async () => {
    await expectRejected(null, 'unauthenticated', /no sign-in token/);
  });

  it('rejects an expired token with token_expired', async () => {
    const token = await fakes.idp.issueUserToken(adele.id, {
      iat: nowSeconds() - 7200,
      nbf: nowSeconds() - 7200,
      exp: nowSeconds() - 3600,
    });
    await expectRejected(token, 'token_expired', /expired.*sign in again/);
  });

  it('allows small clock skew on expiry', async () => {
    const token = await fakes.idp.issueUserToken(adele.id, { exp: nowSeconds() - 20 });
    expect((await callMe(open, token)).status).toBe(200);
  });

  it('rejects a token for another audience', async () => {
    const token = await fakes.idp.issueUserToken(adele.id, {
      aud: 'api://other.example/00000000-0000-0000-0000-000000000001',
    });
    await expectRejected(token, 'unauthenticated', /wrong audience/);
  });

  it('rejects a token from another issuer', async () => {
    const token = await fakes.idp.issueUserToken(adele.id, {
      iss: `https://login.evil.example/${contosoId}/v2.0`,
    });
    await expectRejected(token, 'unauthenticated', /wrong issuer/);
  });

  it('rejects a token whose issuer names a different tenant than its tid', async () => {
    const token = await fakes.idp.issueUserToken(adele.id, {
      iss: `${fakes.idp.url}/${ravi.tenantId}/v2.0`,
    });
    await expectRejected(token, 'unauthenticated', /wrong issuer/);
  });

  it('rejects a v1 token (sts.windows.net issuer)', async () => {
    const token = await fakes.idp.issueUserToken(adele.id, {
      iss: `https://sts.windows.net/${contosoId}/`,
    });
    await expectRejected(token, 'unauthenticated', /v2\.0 tokens only/);
  });

  it('rejects a token signed by a key the authority does not publish', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({
      aud: devApp.clientId,
      iss: `${fakes.idp.url}/${contosoId}/v2.0`,
      tid: contosoId,
      oid: adele.id,
      scp: 'access_as_user',
      name: adele.displayName,
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'attacker-key-1' })
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
    await expectRejected(token, 'unauthenticated', /unknown signing key/);
  });

  it('rejects a token re-signed with another key under a published kid', async () => {
    const genuine = await fakes.idp.issueUserToken(adele.id);
    const [header, payload] = genuine.split('.');
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()))
      .setProtectedHeader(JSON.parse(Buffer.from(header ?? '', 'base64url').toString()))
      .sign(privateKey);
    await expectRejected(forged, 'unauthenticated', /signature is invalid/);
  });

  it('rejects an unsigned token (alg: none)', async () => {
    const token = await fakes.idp.issueUserToken(adele.id, { alg: 'none' });
    await expectRejected(token, 'unauthenticated', /unsupported signing algorithm \(none\)/);
  });

  it('rejects an HMAC-signed token (alg: HS256)', async () => {
    const token = await fakes.idp.issueUserToken(adele.id, { alg: 'HS256' });
    await expectRejected(token, 'unauthenticated', /unsupported signing algorithm \(HS256\)/);
  });

  it('rejects a malformed token', async () => {
    await expectRejected('not-a-jwt', 'unauthenticated', /malformed/);
  });

  it('rejects a tenant outside ENTRA_ALLOWED_TENANTS with tenant_not_allowed', async () => {
    const token = await fakes.idp.issueUserToken(ravi.id);
    await expectRejected(token, 'tenant_not_allowed', /ENTRA_ALLOWED_TENANTS/, contosoOnly);
    // The allow list compares case-insensitively: Contoso (configured upper case) still gets in.
    const adeleToken = await fakes.idp.issueUserToken(adele.id);
    expect((await callMe(contosoOnly, adeleToken)).status).toBe(200);
  });

  it('rejects an app-only token even when it is otherwise valid', async () => {
    const token = await fakes.idp.issueAppToken({
      tenantId: contosoId,
      resource: devApp.clientId,
      iss: `${fakes.idp.url}/${contosoId}/v2.0`,
    });
    await expectRejected(token, 'unauthenticated', /issued to an application/);
  });

  it('rejects a user token without the access_as_user scope', async () => {
    const token = await fakes.idp.issueUserToken(adele.id, { scp: 'User.Read' });
    await expectRejected(token, 'unauthenticated', /access_as_user/);
  });

  it('rejects a token without an object id', async () => {
    const token = await fakes.idp.issueUserToken(adele.id, { claims: { oid: undefined } });
    await expectRejected(token, 'unauthenticated', /oid/);
  });
});

describe('createEntraTokenVerifier', () => {
  it('returns the user from the token claims, tenant in lower case', async () => {
    const verifier = createEntraTokenVerifier({
      authorityHost: new URL(fakes.idp.url),
      clientId: devApp.clientId,
      allowedTenants: [],
      publicUrl: testPublicUrl,
    });
    const user = await verifier.verify(await fakes.idp.issueUserToken(adele.id));
    expect(user).toEqual({
      userId: adele.id,
      tenantId: contosoId.toLowerCase(),
      displayName: 'Adele Vance',
      upn: adele.upn,
    });
  });

  it('answers 503, not 401, when the signing keys cannot be fetched', async () => {
    const verifier = createEntraTokenVerifier({
      // A port nobody listens on: the authority is down.
      authorityHost: new URL(`https://127.0.0.1:${await freePort()}`),
      clientId: devApp.clientId,
      allowedTenants: [],
      publicUrl: testPublicUrl,
    });
    const token = await fakes.idp.issueUserToken(adele.id);
    await expect(verifier.verify(token)).rejects.toMatchObject({
      status: 503,
      message: expect.stringMatching(/cannot reach the Microsoft sign-in service/),
    });
  });
});
