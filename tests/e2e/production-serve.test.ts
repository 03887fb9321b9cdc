/**
 * `npm run serve` as a deployment runs it: the built server (dist/node), production with or without NODE_ENV,
 * configured only by the environment, against conformant https Entra and Graph endpoints (the dev host's,
 * on loopback with their own CA). No dev endpoints, no Vite, no tsx.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../devhost/free-port.js';
import { startFakeGraph, type FakeGraph } from '../../devhost/graph-fake.js';
import { startIdentityProvider, type Idp } from '../../devhost/idp.js';
import { demo, devApp } from '../../devhost/seed.js';
import { testTls } from '../../devhost/test-tls.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const entry = join(repoRoot, 'dist/node/server/main.js');
const owner = demo.platform.members.find((m) => m.role === 'owner')!;

let idp: Idp;
let graph: FakeGraph;
let dataDir: string;

beforeAll(async () => {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`);
  const tls = await testTls();
  idp = await startIdentityProvider({ tls });
  graph = await startFakeGraph({ tls, idpUrl: idp.url });
  dataDir = mkdtempSync(join(tmpdir(), 'candor-prod-'));
});

afterAll(async () => {
  await graph?.close();
  await idp?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

type Run = { child: ChildProcess; output: string[]; exited: Promise<number | null> };

function serve(env: Record<string, string>): Run {
  const output: string[] = [];
  // Only what a deployment sets: no inherited DATABASE_URL or similar from the test runner.
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, output, exited };
}

function productionEnv(port: number): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://localhost:${port}`,
    ENTRA_CLIENT_ID: devApp.clientId,
    ENTRA_CLIENT_SECRET: devApp.clientSecret,
    ENTRA_AUTHORITY_HOST: idp.url,
    GRAPH_BASE_URL: graph.url,
    DATA_DIR: dataDir,
    CANDOR_HMAC_KEY: 'BdUIcu9V3NSKm+HoEw5wJEAlXzn0v6KXuJQw64sETxxQQtPnUCgA5USXQ6cRAp/i',
  };
}

async function waitForHealth(url: string, run: Run): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (run.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`server did not become healthy:\n${run.output.join('')}`);
}

describe('npm run serve (production mode, built server)', () => {
  it('serves the pages and the API on the production path, and no dev host', async () => {
    const port = await freePort();
    const url = `http://localhost:${port}`;
    const run = serve(productionEnv(port));
    try {
      await waitForHealth(url, run);
      const health = (await (await fetch(`${url}/api/health`)).json()) as { storage: string };
      expect(health.storage).toBe('sqlite');

      const page = await fetch(`${url}/tabs/content.html`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain('frame-ancestors');
      expect(page.headers.get('content-security-policy')).toContain('https://teams.microsoft.com');
      expect(page.headers.get('x-frame-options')).toBeNull();

      expect((await fetch(`${url}/devhost/`)).status).toBe(404);
      expect((await fetch(`${url}/devhost/api/org`)).status).toBe(404);

      const token = await idp.issueUserToken(owner.userId);
      const me = await fetch(`${url}/api/me/context?teamId=${demo.platform.id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.status).toBe(200);
      const body = (await me.json()) as { role: string; members: unknown[] };
      expect(body.role).toBe('owner');
      expect(body.members).toHaveLength(demo.platform.members.length);
      // The membership came from Graph over the wire, with an app-only token from the authority.
      expect(graph.calls.some((c) => c.path === `/v1.0/teams/${demo.platform.id}/members`)).toBe(
        true,
      );
      expect(run.output.join('')).not.toContain('stand-in');
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });

  it('refuses to start without CANDOR_HMAC_KEY, naming the variable', async () => {
    const port = await freePort();
    const env = productionEnv(port);
    delete (env as Partial<typeof env>).CANDOR_HMAC_KEY;
    const run = serve(env);
    expect(await run.exited).toBe(1);
    expect(run.output.join('')).toContain('CANDOR_HMAC_KEY is required in production');
  });

  it('is production without NODE_ENV: refuses to start without CANDOR_HMAC_KEY and writes no dev key', async () => {
    const port = await freePort();
    const env = productionEnv(port);
    delete (env as Partial<typeof env>).NODE_ENV;
    delete (env as Partial<typeof env>).CANDOR_HMAC_KEY;
    const run = serve(env);
    expect(await run.exited).toBe(1);
    expect(run.output.join('')).toContain('CANDOR_HMAC_KEY is required in production');
    expect(existsSync(join(dataDir, 'dev-hmac.key'))).toBe(false);
  });

  it('refuses a weak CANDOR_HMAC_KEY, saying how to make one', async () => {
    const port = await freePort();
    const run = serve({ ...productionEnv(port), CANDOR_HMAC_KEY: ' '.repeat(32) });
    expect(await run.exited).toBe(1);
    expect(run.output.join('')).toContain('openssl rand -base64 48');
  });

  it('refuses a plain-http PUBLIC_URL on a public host', async () => {
    const port = await freePort();
    const run = serve({ ...productionEnv(port), PUBLIC_URL: 'http://candor.example.com' });
    expect(await run.exited).toBe(1);
    expect(run.output.join('')).toContain('PUBLIC_URL');
  });
});
