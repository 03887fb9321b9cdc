import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contoso, demo, devApp, devPassword, seed } from './seed.js';
import { startDevStack, type DevStack } from './stack.js';

const adele = seed.users.find((u) => u.id === demo.platform.members[0]?.userId);

let stack: DevStack;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'candor-stack-'));
  stack = await startDevStack({ dataDir, logLevel: 'warn', onOutput: () => undefined });
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** A user token the way the stand-in page gets one: ROPC against the dev identity provider. */
async function userToken(upn: string): Promise<string> {
  const res = await fetch(`${stack.idp.url}/organizations/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: devApp.clientId,
      username: upn,
      password: devPassword,
      scope: `api://${new URL(stack.appUrl).host}/${devApp.clientId}/access_as_user`,
    }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

describe('dev stack', () => {
  it('starts the real server against the https fakes, configured like production', async () => {
    expect(stack.env).toMatchObject({
      NODE_ENV: 'development',
      ENTRA_AUTHORITY_HOST: stack.idp.url,
      GRAPH_BASE_URL: stack.graph.url,
      NODE_EXTRA_CA_CERTS: stack.ca.certPath,
      CANDOR_DEVHOST_IDP_URL: stack.idp.url,
      PUBLIC_URL: stack.appUrl,
    });
    const health = await fetch(`${stack.appUrl}/api/health`);
    expect(health.status).toBe(200);
  });

  it('serves a signed-in user their team role via Entra tokens and Graph over the dev CA', async () => {
    const token = await userToken(adele?.upn ?? '');
    const res = await fetch(`${stack.appUrl}/api/me/context?teamId=${demo.platform.id}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = (await res.json()) as { role: string; members: unknown[] };
    expect(body.role).toBe('owner');
    expect(body.members).toHaveLength(8);
    expect(stack.idp.requests.some((r) => r.path === `/${contoso.id}/oauth2/v2.0/token`)).toBe(
      true,
    );
    expect(
      stack.graph.calls.some((c) => c.tenantId === contoso.id && c.path.endsWith('/members')),
    ).toBe(true);
  });

  it('restarts the server on the same port', async () => {
    await stack.restartServer();
    expect((await fetch(`${stack.appUrl}/api/health`)).status).toBe(200);
  }, 60_000);
});

describe('dev stack start failures', () => {
  it("rejects with the server's output when it exits before becoming healthy", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'candor-stack-fail-'));
    try {
      const entry = join(dir, 'crash.mjs');
      await writeFile(entry, "console.error('boom: PUBLIC_URL is invalid'); process.exit(3);\n");
      const failing = startDevStack({
        dataDir: dir,
        serverEntry: entry,
        onOutput: () => undefined,
      });
      await expect(failing).rejects.toThrow(/exited with code 3[\s\S]*boom: PUBLIC_URL is invalid/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
