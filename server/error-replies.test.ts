import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../shared/api.js';
import { seededUser } from './test-support/entra-fakes.js';
import { useEntraFakes } from './test-support/hooks.js';
import { buildTestApp, type TestApp } from './test-support/test-app.js';

const entra = useEntraFakes();

describe('framework-level errors answer in the app error shape', () => {
  let target: TestApp;
  let auth: Record<string, string>;

  beforeAll(async () => {
    target = await buildTestApp(entra.fakes);
    // A route that fails after the fact, to see what a 500 tells the user.
    target.app.post('/api/test-only/boom', async () => {
      throw new Error('database went away');
    });
    auth = {
      authorization: `Bearer ${await entra.fakes.idp.issueUserToken(seededUser('Adele Vance').id)}`,
    };
  });
  afterAll(async () => {
    await target?.close();
  });

  const shapeOf = async (options: InjectOptions) => {
    const response = await target.app.inject(options);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const { error } = apiErrorSchema.parse(response.json());
    return { status: response.statusCode, ...error };
  };
  const json = (payload: string, type = 'application/json'): InjectOptions => ({
    method: 'POST',
    url: '/api/retros',
    headers: { ...auth, 'content-type': type },
    payload,
  });

  it.each([
    [
      'a malformed %-escape, signed in',
      () => ({ method: 'GET', url: '/api/retros/%E0%A4%A', headers: auth }),
      400,
      /broken %-escape/,
    ],
    [
      'a malformed %-escape, signed out',
      () => ({ method: 'GET', url: '/api/retros/%E0%A4%A' }),
      400,
      /broken %-escape/,
    ],
    [
      'a route that does not exist',
      () => ({ method: 'GET', url: '/api/nothing-here', headers: auth }),
      404,
      /Nothing is at GET \/api\/nothing-here/,
    ],
    ['bad JSON', () => json('{"chatId":'), 400, /not valid JSON/],
    ['an empty JSON body', () => json(''), 400, /body is empty/],
    [
      'a __proto__ key',
      () => json('{"__proto__":{"admin":true}}'),
      400,
      /reserved key \(__proto__ or constructor\)/,
    ],
    [
      'a body over the limit',
      () => json(JSON.stringify({ text: 'x'.repeat(300_000) })),
      413,
      /larger than Candor accepts/,
    ],
    ['an unsupported content type', () => json('<retro/>', 'application/xml'), 415, /JSON only/],
    [
      'an over-long path parameter',
      () => ({ method: 'GET', url: `/api/retros/${'x'.repeat(1_300)}`, headers: auth }),
      414,
      /longer than Candor accepts/,
    ],
  ] as const)('%s', async (_what, options, status, message) => {
    const error = await shapeOf(options() as InjectOptions);
    expect(error.status).toBe(status);
    expect(error.code).toBe(status === 404 ? 'not_found' : 'bad_request');
    expect(error.message).toMatch(message);
  });

  it('a 500 never says the work is saved, and gives a reference for the admin', async () => {
    const response = await target.app.inject({
      method: 'POST',
      url: '/api/test-only/boom',
      headers: auth,
    });
    expect(response.statusCode).toBe(500);
    const { error } = apiErrorSchema.parse(response.json());
    expect(error.code).toBe('internal');
    expect(error.message).not.toMatch(/is saved/);
    expect(error.message).toMatch(
      /may not have been saved\. Try again; if it keeps failing, tell your admin the reference req-\w+\./,
    );
    expect(error.message).not.toContain('database went away');
  });

  it('a request the HTTP parser refuses gets the app shape on the socket', async () => {
    await target.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = target.app.server.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n');
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    const { error } = apiErrorSchema.parse(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)));
    expect(error).toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(/could not read this request/),
    });
  });
});
