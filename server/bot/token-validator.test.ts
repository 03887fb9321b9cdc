import { decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector } from '../../devhost/bot-connector.js';
import { testTls } from '../../devhost/test-tls.js';
import { HttpError } from '../http-errors.js';
import { devApp } from '../test-support/entra-fakes.js';
import { useEntraFakes } from '../test-support/hooks.js';
import {
  createBotTokenValidator,
  sameServiceUrl,
  type BotTokenValidator,
} from './token-validator.js';

const entra = useEntraFakes();
let connector: FakeBotConnector;
let validator: BotTokenValidator;

beforeAll(async () => {
  // The keys come from the connector's OpenID metadata over real https, as in production.
  connector = await startFakeBotConnector({
    tls: await testTls(),
    idpUrl: entra.fakes.idp.url,
    botId: devApp.clientId,
  });
  validator = createBotTokenValidator({
    openIdMetadataUrl: new URL(connector.openIdMetadataUrl),
    issuer: 'https://api.botframework.com',
    appId: devApp.clientId,
  });
});
afterAll(async () => {
  await connector?.close();
});

async function refusal(token: string, serviceUrl = connector.serviceUrl): Promise<HttpError> {
  const error = await validator.verify(`Bearer ${token}`, serviceUrl).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe('Bot Framework token validation', () => {
  it('accepts the Bot Connector’s token for this bot and its service URL', async () => {
    const token = await connector.issueToken();
    await expect(validator.verify(`Bearer ${token}`, connector.serviceUrl)).resolves.toEqual({
      serviceUrl: connector.serviceUrl,
    });
    // The same URL without its trailing slash is the same service.
    await expect(
      validator.verify(`Bearer ${token}`, connector.serviceUrl.replace(/\/$/, '')),
    ).resolves.toBeTruthy();
  });

  it('refuses another issuer', async () => {
    const error = await refusal(await connector.issueToken({ iss: 'https://sts.windows.net/x/' }));
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/"iss" claim/);
  });

  it('refuses a token for another bot (audience)', async () => {
    const error = await refusal(await connector.issueToken({ aud: 'another-bot-id' }));
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/"aud" claim/);
  });

  it('refuses an expired token, past a small clock skew', async () => {
    const past = Math.floor(Date.now() / 1000) - 10 * 60;
    const error = await refusal(await connector.issueToken({ exp: past }));
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/expired/);
    // Within 5 minutes of skew, the same token shape is still good.
    const justNow = Math.floor(Date.now() / 1000) - 60;
    await expect(
      validator.verify(
        `Bearer ${await connector.issueToken({ exp: justNow })}`,
        connector.serviceUrl,
      ),
    ).resolves.toBeTruthy();
  });

  it('refuses an activity whose service URL is not the one the token names', async () => {
    const token = await connector.issueToken();
    const error = await refusal(token, 'https://attacker.example/teams/');
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/another service URL/);
    // The claim binds the pair: a token for another service URL does not vouch for this one.
    const other = await connector.issueToken({ serviceUrl: 'https://elsewhere.example/' });
    expect((await refusal(other)).message).toMatch(/another service URL/);
  });

  it('refuses a bad signature: right key id, another key', async () => {
    const genuine = await connector.issueToken();
    const { kid } = decodeProtectedHeader(genuine);
    const { privateKey } = await generateKeyPair('RS256');
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({ serviceurl: connector.serviceUrl })
      .setProtectedHeader({ alg: 'RS256', kid: kid ?? '' })
      .setIssuer('https://api.botframework.com')
      .setAudience(devApp.clientId)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(privateKey);
    const error = await refusal(forged);
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/could not be verified/);
  });

  it('refuses a key not endorsed for the activity’s channel', async () => {
    const token = await connector.issueToken();
    await expect(
      validator.verify(`Bearer ${token}`, connector.serviceUrl, 'msteams'),
    ).resolves.toBeTruthy();
    await expect(
      validator.verify(`Bearer ${token}`, connector.serviceUrl, 'webchat'),
    ).rejects.toMatchObject({
      status: 401,
      message: expect.stringMatching(/not endorsed for the webchat channel/),
    });
  });

  it('refuses a missing token, and an unsigned one', async () => {
    await expect(validator.verify(undefined, connector.serviceUrl)).rejects.toMatchObject({
      status: 401,
    });
    const [header, payload] = (await connector.issueToken()).split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    expect(header).toBeTruthy();
    expect((await refusal(unsigned)).status).toBe(401);
  });

  it('answers 503, not 401, when the metadata cannot be read', async () => {
    const offline = createBotTokenValidator({
      openIdMetadataUrl: new URL('https://127.0.0.1:1/v1/.well-known/openidconfiguration'),
      issuer: 'https://api.botframework.com',
      appId: devApp.clientId,
    });
    await expect(
      offline.verify(`Bearer ${await connector.issueToken()}`, connector.serviceUrl),
    ).rejects.toMatchObject({ status: 503 });
  });
});

describe('sameServiceUrl', () => {
  it('ignores a trailing slash and host case, nothing else', () => {
    expect(sameServiceUrl('https://SMBA.example/teams/', 'https://smba.example/teams')).toBe(true);
    expect(sameServiceUrl('https://smba.example/teams/', 'https://smba.example/amer/')).toBe(false);
    expect(sameServiceUrl('not a url', 'not a url')).toBe(false);
  });
});
