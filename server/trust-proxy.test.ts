import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { closeCoreDeps, createCoreDeps } from './deps.js';
import { silentLogger } from './test-support/entra-fakes.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** The real app from the real config path; returns the client address Fastify saw and logged. */
async function addressSeen(trustProxy: string | undefined, forwardedFor: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'candor-trust-proxy-'));
  const config = loadConfig({
    PUBLIC_URL: 'http://localhost:3978',
    ENTRA_CLIENT_ID: 'client',
    ENTRA_CLIENT_SECRET: 'secret',
    DATA_DIR: dataDir,
    CANDOR_HMAC_KEY: randomBytes(48).toString('base64'),
    ...(trustProxy === undefined ? {} : { TRUST_PROXY: trustProxy }),
  });
  const core = await createCoreDeps(config, silentLogger);
  const logged: { req?: { remoteAddress?: string } }[] = [];
  const app = await buildApp({
    config,
    ...core,
    staticDir: null,
    logger: { level: 'info', stream: { write: (line: string) => logged.push(JSON.parse(line)) } },
  });
  cleanups.push(async () => {
    await app.close();
    await closeCoreDeps(core);
    rmSync(dataDir, { recursive: true, force: true });
  });
  let ip: string | null = null;
  app.addHook('onRequest', async (request) => {
    ip = request.ip;
  });
  // inject() connects from 127.0.0.1, as a reverse proxy on the same host would.
  const res = await app.inject({
    method: 'GET',
    url: '/api/health',
    headers: { 'x-forwarded-for': forwardedFor },
  });
  expect(res.statusCode).toBe(200);
  const loggedAddress = logged.find((line) => line.req?.remoteAddress)?.req?.remoteAddress;
  return { ip, loggedAddress };
}

describe('trusted proxies (TRUST_PROXY)', () => {
  it('by default, X-Forwarded-For changes neither request.ip nor the logged address', async () => {
    expect(await addressSeen(undefined, '1.2.3.4')).toEqual({
      ip: '127.0.0.1',
      loggedAddress: '127.0.0.1',
    });
  });

  it('with TRUST_PROXY=127.0.0.1, the proxy’s X-Forwarded-For names the client', async () => {
    expect(await addressSeen('127.0.0.1', '1.2.3.4')).toEqual({
      ip: '1.2.3.4',
      loggedAddress: '1.2.3.4',
    });
  });

  it('with TRUST_PROXY naming the proxy, a forged hop before it is not believed', async () => {
    // The client sent 6.6.6.6; the trusted proxy appended the address it really saw.
    expect((await addressSeen('127.0.0.1', '6.6.6.6, 1.2.3.4')).ip).toBe('1.2.3.4');
  });

  it('with TRUST_PROXY set to another address, a client on 127.0.0.1 is not believed', async () => {
    expect((await addressSeen('10.0.0.0/8', '1.2.3.4')).ip).toBe('127.0.0.1');
  });
});
