import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector } from '../../devhost/bot-connector.js';
import { testTls } from '../../devhost/test-tls.js';
import type { AdaptiveCard } from '../../shared/retro/summary-card.js';
import { createAppTokenSource } from '../graph/app-token.js';
import { demo, devApp } from '../test-support/entra-fakes.js';
import { useEntraFakes } from '../test-support/hooks.js';
import { PostFailed, postCard, retryAfterMs, type RetryPolicy } from './poster.js';

const entra = useEntraFakes();
let connector: FakeBotConnector;
let token: () => Promise<string>;

beforeAll(async () => {
  connector = await startFakeBotConnector({
    tls: await testTls(),
    idpUrl: entra.fakes.idp.url,
    botId: devApp.clientId,
  });
  // A real app-only token for the Bot Connector from the identity provider, as in production.
  const tokens = createAppTokenSource({
    authorityHost: new URL(entra.fakes.idp.url),
    clientId: devApp.clientId,
    clientSecret: devApp.clientSecret,
    scope: 'https://api.botframework.com/.default',
  });
  token = () => tokens.token(demo.weeklySync.tenantId);
});
afterAll(async () => {
  await connector?.close();
});

const card: AdaptiveCard = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Hello', wrap: true }],
  actions: [],
  msteams: { width: 'Full', entities: [] },
};

/** Records the waits instead of sleeping them. */
function policy(over: Partial<RetryPolicy> = {}): RetryPolicy & { waits: number[] } {
  const waits: number[] = [];
  return {
    attempts: 5,
    baseDelayMs: 100,
    maxDelayMs: 10_000,
    sleep: async (ms) => void waits.push(ms),
    waits,
    ...over,
  };
}

const target = (conversationId: string) => ({
  tenantId: demo.weeklySync.tenantId,
  conversationId,
  serviceUrl: connector.serviceUrl,
});

describe('posting a card to the Bot Connector', () => {
  it('waits what Retry-After says after a 429, then posts once', async () => {
    connector.failNext({ count: 2, status: 429, retryAfterSeconds: 3 });
    const p = policy();
    const id = await postCard(target('19:a@thread.v2'), card, 'Hello', token, p);
    expect(id).toBeTruthy();
    expect(p.waits).toEqual([3000, 3000]);
    expect(connector.activities('19:a@thread.v2')).toHaveLength(1);
  });

  it('backs off, doubling, after a 5xx, and gives up after the attempts', async () => {
    connector.failNext({ count: 2, status: 503 });
    const p = policy();
    await postCard(target('19:b@thread.v2'), card, 'Hello', token, p);
    expect(p.waits).toEqual([100, 200]);

    connector.failNext({ count: 10, status: 502 });
    const short = policy({ attempts: 3 });
    await expect(postCard(target('19:c@thread.v2'), card, 'Hello', token, short)).rejects.toEqual(
      new PostFailed('the Bot Connector answered 502', 502),
    );
    expect(short.waits).toEqual([100, 200]);
    expect(connector.activities('19:c@thread.v2')).toEqual([]);
    connector.failNext({ count: 0, status: 502 });
  });

  it('does not wait longer than it may: a Retry-After past the limit fails now', async () => {
    connector.failNext({ count: 1, status: 429, retryAfterSeconds: 600 });
    const p = policy({ maxDelayMs: 60_000 });
    await expect(postCard(target('19:d@thread.v2'), card, 'Hello', token, p)).rejects.toMatchObject(
      {
        status: 429,
      },
    );
    expect(p.waits).toEqual([]);
  });

  it('does not retry what another try cannot fix (a refused token)', async () => {
    const p = policy();
    await expect(
      postCard(target('19:e@thread.v2'), card, 'Hello', async () => 'not-a-token', p),
    ).rejects.toMatchObject({ status: 401 });
    expect(p.waits).toEqual([]);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('7')).toBe(7000);
    const now = Date.parse('2026-12-04T10:00:00Z');
    expect(retryAfterMs('Fri, 04 Dec 2026 10:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });
});
