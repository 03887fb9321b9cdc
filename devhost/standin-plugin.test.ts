import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityProvider, type Idp } from './idp.js';
import { demo, devApp, seed, userById } from './seed.js';
import { createStandInPlugin, manifestRscPermissions } from './standin-plugin.js';
import type { Org } from './standin/org.js';
import { testTls } from './test-tls.js';

const publicUrl = new URL('http://localhost:3978');
let idp: Idp;
let staticDir: string;
const apps: FastifyInstance[] = [];

async function appWith(options: Partial<Parameters<typeof createStandInPlugin>[0]> = {}) {
  const app = Fastify({ logger: false });
  await app.register(
    createStandInPlugin({
      idpUrl: idp.url,
      clientId: devApp.clientId,
      publicUrl,
      staticDir,
      ...options,
    }),
    { prefix: '/devhost' },
  );
  apps.push(app);
  return app;
}

beforeAll(async () => {
  idp = await startIdentityProvider({ tls: await testTls() });
  staticDir = mkdtempSync(join(tmpdir(), 'standin-static-'));
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>stand-in</title>');
  writeFileSync(join(staticDir, 'assets', 'main-abc.js'), 'console.log(1)');
});

afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  await idp.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('stand-in plugin', () => {
  it('serves the demo org without secrets', async () => {
    const app = await appWith();
    const response = await app.inject({ method: 'GET', url: '/devhost/api/org' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(devApp.clientSecret);
    const org = response.json<Org>();
    const platform = org.teams.find((t) => t.groupId === demo.platform.id);
    expect(platform).toMatchObject({
      name: 'Platform',
      channel: { id: demo.platform.generalChannelId },
    });
    expect(platform?.members.filter((m) => m.role === 'owner')).toHaveLength(2);
    const sync = org.meetings.find((m) => m.chatId === demo.weeklySync.chatId);
    expect(sync).toMatchObject({
      key: 'weekly-sync',
      onlineMeetingId: demo.weeklySync.id,
      organizerId: demo.weeklySync.organizerId,
    });
    expect(org.users).toHaveLength(seed.users.length);
  });

  it('gets a real user token for the API from the identity provider (ROPC)', async () => {
    const app = await appWith();
    const userId = demo.platform.members[0]!.userId;
    const response = await app.inject({
      method: 'POST',
      url: '/devhost/api/token',
      payload: { userId },
    });
    expect(response.statusCode).toBe(200);
    const claims = decodeJwt(response.json<{ accessToken: string }>().accessToken);
    expect(claims).toMatchObject({
      oid: userId,
      aud: devApp.clientId,
      tid: demo.platform.tenantId,
      scp: 'access_as_user',
    });
  });

  it('gets a delegated Graph token for Tasks.ReadWrite, and nothing outside the Graph root', async () => {
    const graphUrl = new URL('https://127.0.0.1:8444');
    const app = await appWith({ graphUrl });
    const userId = demo.platform.members[0]!.userId;
    const response = await app.inject({
      method: 'POST',
      url: '/devhost/api/token',
      payload: { userId, scope: `${graphUrl.origin}/Tasks.ReadWrite` },
    });
    expect(response.statusCode).toBe(200);
    expect(decodeJwt(response.json<{ accessToken: string }>().accessToken)).toMatchObject({
      oid: userId,
      aud: graphUrl.origin,
      scp: 'Tasks.ReadWrite',
    });
    const elsewhere = await app.inject({
      method: 'POST',
      url: '/devhost/api/token',
      payload: { userId, scope: 'https://graph.microsoft.com/Mail.Read' },
    });
    expect(elsewhere.statusCode).toBe(400);
  });

  it('returns an id token for the user with the app as audience, for nested app auth', async () => {
    const app = await appWith();
    const userId = demo.platform.members[0]!.userId;
    const response = await app.inject({
      method: 'POST',
      url: '/devhost/api/token',
      payload: { userId },
    });
    const { idToken } = response.json<{ idToken?: string }>();
    expect(idToken).toBeTypeOf('string');
    const claims = decodeJwt(idToken!);
    expect(claims).toMatchObject({
      oid: userId,
      aud: devApp.clientId,
      tid: demo.platform.tenantId,
    });
    expect(claims.preferred_username).toBe(userById(userId)!.upn);
    expect(claims).not.toHaveProperty('scp');
  });

  it('names the app registration and authority the stand-in checks nested app auth against', async () => {
    const app = await appWith();
    const response = await app.inject({ method: 'GET', url: '/devhost/api/app' });
    expect(response.json()).toEqual({
      clientId: devApp.clientId,
      apiScope: `api://${publicUrl.host}/${devApp.clientId}/access_as_user`,
      authorityHost: idp.url,
      graphRoot: 'https://graph.microsoft.com',
      graphPermissions: ['Tasks.ReadWrite'],
      rscPermissions: expect.arrayContaining([
        'MeetingStage.Write.Chat',
        'ChannelMeetingStage.Write.Group',
      ]) as unknown,
    });
  });

  it("serves the manifest's RSC permissions, which the stand-in enforces for share to stage", () => {
    const names = manifestRscPermissions(
      resolve(import.meta.dirname, '../appPackage/manifest.json'),
    );
    expect(names).toContain('ChannelMeetingStage.Write.Group');
    expect(names).toContain('MeetingStage.Write.Chat');
  });

  it('validates the body and the user', async () => {
    const app = await appWith();
    const bad = await app.inject({
      method: 'POST',
      url: '/devhost/api/token',
      payload: { user: 'x' },
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await app.inject({
      method: 'POST',
      url: '/devhost/api/token',
      payload: { userId: 'nobody' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it("forwards the identity provider's error clearly", async () => {
    const app = await appWith({ clientId: '00000000-0000-0000-0000-000000000000' });
    const userId = demo.platform.members[0]!.userId;
    const response = await app.inject({
      method: 'POST',
      url: '/devhost/api/token',
      payload: { userId },
    });
    expect(response.statusCode).toBe(502);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(
      /refused a token for .*AADSTS700016|was not found in the directory/,
    );
  });

  it('says so when the identity provider cannot be reached', async () => {
    const app = await appWith({ idpUrl: 'https://127.0.0.1:1' });
    const userId = demo.platform.members[0]!.userId;
    const response = await app.inject({
      method: 'POST',
      url: '/devhost/api/token',
      payload: { userId },
    });
    expect(response.statusCode).toBe(502);
    expect(response.json<{ error: { message: string } }>().error.message).toContain(
      'could not be reached',
    );
  });

  it('serves the built page and its assets under /devhost/', async () => {
    const app = await appWith();
    const index = await app.inject({ method: 'GET', url: '/devhost/?view=meeting' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<title>stand-in</title>');
    const asset = await app.inject({ method: 'GET', url: '/devhost/assets/main-abc.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const bare = await app.inject({ method: 'GET', url: '/devhost' });
    expect([301, 302]).toContain(bare.statusCode);
    expect(bare.headers.location).toBe('/devhost/');
  });

  it('tells the developer to build the page when it is missing', async () => {
    const app = await appWith({ staticDir: join(staticDir, 'missing') });
    const response = await app.inject({ method: 'GET', url: '/devhost/' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npx vite build --config devhost/standin/vite.config.ts');
  });
});
