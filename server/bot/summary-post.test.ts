import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector } from '../../devhost/bot-connector.js';
import { testTls } from '../../devhost/test-tls.js';
import type { BotConfig } from '../config.js';
import { testDatabases } from '../test-support/databases.js';
import { demo, devApp, seededUser, silentLogger } from '../test-support/entra-fakes.js';
import { useEntraFakes, viewOf } from '../test-support/hooks.js';
import {
  addChannelMeeting,
  addMeetingChat,
  personClient,
  startRetroApp,
  type PersonClient,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { createBotService } from './service.js';

const adele = seededUser('Adele Vance'); // facilitator
const diego = seededUser('Diego Siciliani');
const amara = seededUser('Amara Okafor');
const tenantId = demo.weeklySync.tenantId;

const entra = useEntraFakes();
let connector: FakeBotConnector;

beforeAll(async () => {
  connector = await startFakeBotConnector({
    tls: await testTls(),
    idpUrl: entra.fakes.idp.url,
    botId: devApp.clientId,
  });
});
afterAll(async () => {
  await connector?.close();
});

const botConfig = (): BotConfig => ({
  appId: devApp.clientId,
  openIdMetadataUrl: new URL(connector.openIdMetadataUrl),
  issuer: 'https://api.botframework.com',
  outboundScope: 'https://api.botframework.com/.default',
  // A single-tenant bot: its tokens come from its home tenant.
  tokenTenant: tenantId,
  teamsAppId: 'a1b2c3d4-0000-4000-8000-000000000001',
});

async function until<T>(read: () => T | Promise<T>, ok: (value: T) => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe.each(testDatabases())('the summary card in the meeting chat on $dialect', (database) => {
  let target: RetroTestApp;
  let f: PersonClient;
  let a: PersonClient;
  let b: PersonClient;

  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open(), { bot: botConfig() });
    const app = () => target.app;
    f = personClient(app, await entra.fakes.idp.issueUserToken(adele.id));
    a = personClient(app, await entra.fakes.idp.issueUserToken(diego.id));
    b = personClient(app, await entra.fakes.idp.issueUserToken(amara.id));
  });
  afterAll(async () => {
    await target?.close();
  });

  const references = (conversationId: string) =>
    target.db.kysely
      .selectFrom('bot_conversations')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .execute();

  it('keeps the reference Teams gives at install, and drops it at uninstall', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Install and remove');
    await connector.installInChat(target.base, { chatId, tenantId });
    expect(await references(chatId)).toEqual([
      expect.objectContaining({
        tenant_id: tenantId,
        service_url: connector.serviceUrl,
        conversation_type: 'groupChat',
        team_id: null,
      }),
    ]);
    const removal = await fetch(`${target.base}/api/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await connector.issueToken()}`,
      },
      body: JSON.stringify({
        type: 'installationUpdate',
        action: 'remove',
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        recipient: { id: `28:${devApp.clientId}` },
        conversation: { id: chatId, conversationType: 'groupChat', tenantId },
        channelData: { tenant: { id: tenantId } },
      }),
    });
    expect(removal.status).toBe(200);
    expect(await references(chatId)).toEqual([]);
  });

  it('keeps no reference for a tenant outside ENTRA_ALLOWED_TENANTS', async () => {
    const other = await startRetroApp(entra.fakes, target.db, {
      bot: botConfig(),
      entra: { ...target.config.entra, allowedTenants: [demo.designCrit.tenantId] },
    });
    try {
      const chatId = addMeetingChat(entra.fakes, 'Not served here');
      await connector.installInChat(other.base, { chatId, tenantId });
      expect(await references(chatId)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('refuses an install event without a valid Bot Framework token, and keeps nothing', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Forged install');
    const activity = {
      type: 'conversationUpdate',
      channelId: 'msteams',
      serviceUrl: 'https://attacker.example/teams/',
      recipient: { id: `28:${devApp.clientId}` },
      membersAdded: [{ id: `28:${devApp.clientId}` }],
      conversation: { id: chatId, conversationType: 'groupChat', tenantId },
      channelData: { tenant: { id: tenantId } },
    };
    for (const authorization of [
      undefined,
      // A user's Entra token is not the Bot Connector's.
      `Bearer ${await entra.fakes.idp.issueUserToken(adele.id)}`,
      // The connector's own token, but for its service URL, not the one the activity names.
      `Bearer ${await connector.issueToken()}`,
    ]) {
      const res = await target.app.inject({
        method: 'POST',
        url: '/api/messages',
        headers: authorization ? { authorization } : {},
        payload: activity,
      });
      expect(res.statusCode, res.body).toBe(401);
    }
    expect(await references(chatId)).toEqual([]);
  });

  it('posts the card once when the retro ends, after a 429 with Retry-After', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Posting');
    await connector.installInChat(target.base, { chatId, tenantId });
    const created = viewOf(
      await f.post('/api/retros', {
        chatId,
        templateId: 'start-stop-continue',
        title: 'Sprint 42',
        options: { anonymous: true, skip: ['checkin', 'review', 'group', 'discuss'] },
      }),
    );
    const id = created.id;
    viewOf(await a.command(id, { type: 'addCard', columnId: 'stop', text: 'Friday releases' }));
    viewOf(await b.command(id, { type: 'addCard', columnId: 'start', text: 'Pair on deploys' }));
    viewOf(await f.command(id, { type: 'reveal' }));
    const voting = viewOf(await f.command(id, { type: 'advance' }));
    const friday = voting.groups.find((g) => g.title === 'Friday releases');
    viewOf(await a.command(id, { type: 'vote', groupId: friday?.id, delta: 1 }));
    viewOf(await b.command(id, { type: 'vote', groupId: friday?.id, delta: 1 }));
    viewOf(await f.command(id, { type: 'advance' }));
    viewOf(
      await f.command(id, {
        type: 'addAction',
        text: 'Move releases to Tuesday',
        ownerId: diego.id,
        dueDate: '2026-12-18',
        groupId: friday?.id ?? null,
      }),
    );
    viewOf(await f.command(id, { type: 'advance' }));
    for (const [p, value] of [
      [f, 4],
      [a, 5],
      [b, 3],
    ] as const) {
      viewOf(await p.command(id, { type: 'answerRoti', value }));
    }

    connector.failNext({ count: 1, status: 429, retryAfterSeconds: 1 });
    const before = connector.attempts().length;
    // A second instance on the same database tries too: the outbox row lets only one post.
    const other = createBotService({
      bot: botConfig(),
      config: target.config,
      db: target.db,
      membership: { members: async () => ({ members: [], stale: false }) } as never,
      logger: silentLogger,
    });
    const ended = await f.command(id, { type: 'end' }, randomUUID());
    expect(ended.status, ended.raw).toBe(200);
    await other.deliver(id);
    const posted = await until(
      () => connector.activities(chatId),
      (list) => list.length > 0,
    );
    await other.sweep();
    await new Promise((done) => setTimeout(done, 300));
    expect(connector.activities(chatId)).toHaveLength(1);
    expect(connector.attempts().slice(before)).toEqual([429, 201]);

    const activity = posted[0]?.activity as {
      attachments: { contentType: string; content: Record<string, unknown> }[];
    };
    expect(activity.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = JSON.stringify(activity.attachments[0]?.content);
    expect(card).toContain('Retro summary: Sprint 42');
    expect(card).toContain('1. Friday releases (2 votes)');
    expect(card).toContain('<at>Diego Siciliani</at>: Move releases to Tuesday');
    expect(card).toContain('Due 2026-12-18');
    expect(card).toContain('Return on time invested: 4.0 of 5 on average (3 answers)');
    expect(activity.attachments[0]?.content).toMatchObject({
      msteams: {
        entities: [
          {
            type: 'mention',
            text: '<at>Diego Siciliani</at>',
            mentioned: { id: diego.id, name: 'Diego Siciliani' },
          },
        ],
      },
    });
    const row = await target.db.kysely
      .selectFrom('bot_posts')
      .selectAll()
      .where('retro_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
  });

  it('an anonymous retro ended before the reveal posts no card text and no author', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Hidden');
    await connector.installInChat(target.base, { chatId, tenantId });
    const id = viewOf(
      await f.post('/api/retros', { chatId, templateId: 'start-stop-continue', title: 'Quiet' }),
    ).id;
    viewOf(await f.command(id, { type: 'advance' }));
    viewOf(await f.command(id, { type: 'advance' }));
    viewOf(await a.command(id, { type: 'addCard', columnId: 'stop', text: 'Secret grievance' }));
    viewOf(await f.command(id, { type: 'end' }));
    const posted = await until(
      () => connector.activities(chatId),
      (list) => list.length > 0,
    );
    expect(posted).toHaveLength(1);
    const text = JSON.stringify(posted[0]?.activity);
    expect(text).not.toContain('Secret grievance');
    expect(text).not.toContain('Diego');
    expect(text).toContain('The cards were never revealed');
    // Below three answers there is no ROTI line at all.
    expect(text).not.toContain('Return on time invested');
  });

  it('posts into the channel for a channel meeting, through the team install', async () => {
    const team = demo.platform;
    const chatId = addChannelMeeting(entra.fakes, team.id, 'Channel retro');
    await connector.installInTeam(target.base, {
      id: team.id,
      tenantId: team.tenantId,
      generalChannelId: `19:general-${randomUUID()}@thread.tacv2`,
    });
    const owner = team.members.find((m) => m.role === 'owner')?.userId ?? '';
    const o = personClient(() => target.app, await entra.fakes.idp.issueUserToken(owner));
    const id = viewOf(
      await o.post('/api/retros', { chatId, teamId: team.id, templateId: 'start-stop-continue' }),
    ).id;
    viewOf(await o.command(id, { type: 'end' }));
    const posted = await until(
      () => connector.activities(chatId),
      (list) => list.length > 0,
    );
    expect(posted).toHaveLength(1);
  });

  it('posts nothing when the facilitator turned the post off; only they can switch it', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Switched off');
    await connector.installInChat(target.base, { chatId, tenantId });
    const created = viewOf(
      await f.post('/api/retros', {
        chatId,
        templateId: 'start-stop-continue',
        options: { anonymous: true, postSummary: false },
      }),
    );
    expect(created.options.postSummary).toBe(false);
    const id = created.id;
    const refused = await a.command(id, { type: 'setPostSummary', enabled: true });
    expect(refused.status, refused.raw).toBe(409);
    expect(
      viewOf(await f.command(id, { type: 'setPostSummary', enabled: true })).options,
    ).toMatchObject({ postSummary: true });
    expect(
      viewOf(await f.command(id, { type: 'setPostSummary', enabled: false })).options,
    ).toMatchObject({ postSummary: false });
    viewOf(await f.command(id, { type: 'end' }));
    // Ended, the choice is final.
    expect((await f.command(id, { type: 'setPostSummary', enabled: true })).status).toBe(409);
    const row = await target.db.kysely
      .selectFrom('bot_posts')
      .selectAll()
      .where('retro_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('skipped');
    await new Promise((done) => setTimeout(done, 200));
    expect(connector.activities(chatId)).toEqual([]);
  });

  it('does not post when the retro ends with the bot not installed, and records why', async () => {
    const chatId = addMeetingChat(entra.fakes, 'No bot here');
    const id = viewOf(
      await f.post('/api/retros', { chatId, templateId: 'start-stop-continue' }),
    ).id;
    const ended = await f.command(id, { type: 'end' });
    expect(ended.status).toBe(200);
    const row = await until(
      () =>
        target.db.kysely
          .selectFrom('bot_posts')
          .selectAll()
          .where('retro_id', '=', id)
          .executeTakeFirst(),
      (r) => r?.status === 'failed',
    );
    expect(row?.last_error).toMatch(/not installed/);
    expect(connector.activities(chatId)).toEqual([]);
  });
});
