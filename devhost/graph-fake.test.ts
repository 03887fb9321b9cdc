import { Client, PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGraph, type FakeGraph } from './graph-fake.js';
import { startIdentityProvider, type Idp } from './idp.js';
import { contoso, demo, fabrikam } from './seed.js';
import { testTls } from './test-tls.js';

type MembersPage = {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  value: {
    '@odata.type': string;
    userId: string;
    roles: string[];
    email: string;
    tenantId: string;
  }[];
};

let idp: Idp;
let graph: FakeGraph;
let contosoToken: string;
let fabrikamToken: string;

beforeAll(async () => {
  const tls = await testTls();
  idp = await startIdentityProvider({ tls });
  graph = await startFakeGraph({ tls, idpUrl: idp.url });
  contosoToken = await idp.issueAppToken({ tenantId: contoso.id, resource: graph.url });
  fabrikamToken = await idp.issueAppToken({ tenantId: fabrikam.id, resource: graph.url });
});
afterAll(async () => {
  await graph?.close();
  await idp?.close();
});

function get(path: string, token: string | null = contosoToken): Promise<Response> {
  return fetch(path.startsWith('https://') ? path : `${graph.url}/v1.0${path}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
}

describe('fake Graph members', () => {
  it('pages the 8-member team by $top=3 with absolute nextLinks', async () => {
    const pages: MembersPage[] = [];
    let next: string | undefined = `/teams/${demo.platform.id}/members?$top=3`;
    while (next) {
      const res = await get(next);
      expect(res.status).toBe(200);
      const page = (await res.json()) as MembersPage;
      pages.push(page);
      next = page['@odata.nextLink'];
      if (next)
        expect(next.startsWith(`${graph.url}/v1.0/teams/${demo.platform.id}/members?`)).toBe(true);
    }
    expect(pages.map((p) => p.value.length)).toEqual([3, 3, 2]);
    const members = pages.flatMap((p) => p.value);
    expect(new Set(members.map((m) => m.userId))).toEqual(
      new Set(demo.platform.members.map((m) => m.userId)),
    );
    expect(members.filter((m) => m.roles.includes('owner'))).toHaveLength(2);
    expect(members[0]).toMatchObject({
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      tenantId: contoso.id,
    });
  });

  it('works with graph-client PageIterator and an encoded meeting chat id', async () => {
    graph.setPageSize(4);
    try {
      const client = Client.initWithMiddleware({
        authProvider: { getAccessToken: async () => contosoToken },
        baseUrl: `${graph.url}/`,
        defaultVersion: 'v1.0',
        customHosts: new Set([new URL(graph.url).hostname]),
      });
      const first = (await client
        .api(`/chats/${encodeURIComponent(demo.weeklySync.chatId)}/members`)
        .get()) as PageCollection;
      const seen: { userId: string; roles: string[] }[] = [];
      await new PageIterator(client, first, (m) => {
        seen.push(m as { userId: string; roles: string[] });
        return true;
      }).iterate();
      expect(seen).toHaveLength(6);
      expect(seen.find((m) => m.userId === demo.weeklySync.organizerId)?.roles).toEqual(['owner']);
      expect(
        graph.calls.filter((c) => c.path === `/v1.0/chats/${demo.weeklySync.chatId}/members`),
      ).toHaveLength(2);
    } finally {
      graph.setPageSize(100);
    }
  });

  it('answers 401 in Graph shape without a token and with a bad one', async () => {
    const none = await get(`/teams/${demo.platform.id}/members`, null);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({
      error: {
        code: 'InvalidAuthenticationToken',
        innerError: { 'request-id': expect.any(String) },
      },
    });
    const wrongAudience = await idp.issueAppToken({
      tenantId: contoso.id,
      resource: 'https://example.com',
    });
    const bad = await get(`/teams/${demo.platform.id}/members`, wrongAudience);
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
      /audience/i,
    );
    const expired = await idp.issueAppToken({
      tenantId: contoso.id,
      resource: graph.url,
      exp: Math.floor(Date.now() / 1000) - 600,
    });
    expect((await get(`/teams/${demo.platform.id}/members`, expired)).status).toBe(401);
    const tampered = `${contosoToken.slice(0, -4)}AAAA`;
    expect((await get(`/teams/${demo.platform.id}/members`, tampered)).status).toBe(401);
  });

  it("hides another tenant's team and chat behind 404 NotFound", async () => {
    const team = await get(`/teams/${demo.platform.id}/members`, fabrikamToken);
    expect(team.status).toBe(404);
    expect(await team.json()).toMatchObject({
      error: { code: 'NotFound', message: expect.stringContaining(demo.platform.id) },
    });
    const chat = await get(
      `/chats/${encodeURIComponent(demo.weeklySync.chatId)}/members`,
      fabrikamToken,
    );
    expect(chat.status).toBe(404);
    expect((await get(`/teams/${demo.fabrikamDesign.id}/members`, fabrikamToken)).status).toBe(200);
    expect((await get('/teams/00000000-0000-0000-0000-000000000000/members')).status).toBe(404);
  });

  it("lists a team's channels and finds one by thread id; a meeting chat or another team's channel is 404", async () => {
    const general = encodeURIComponent(demo.platform.generalChannelId);
    const one = await get(`/teams/${demo.platform.id}/channels/${general}`);
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({
      '@odata.context': expect.stringMatching(/\/channels\/\$entity$/) as string,
      id: demo.platform.generalChannelId,
      displayName: 'General',
      membershipType: 'standard',
      tenantId: contoso.id,
    });
    const list = await get(`/teams/${demo.platform.id}/channels`);
    expect(list.status).toBe(200);
    const { value } = (await list.json()) as { value: { id: string }[] };
    expect(value.map((c) => c.id)).toEqual([demo.platform.generalChannelId]);

    const meetingChat = encodeURIComponent(demo.weeklySync.chatId);
    const notChannel = await get(`/teams/${demo.platform.id}/channels/${meetingChat}`);
    expect(notChannel.status).toBe(404);
    expect(await notChannel.json()).toMatchObject({ error: { code: 'NotFound' } });
    const otherTeams = encodeURIComponent(demo.customerSuccess.generalChannelId);
    expect((await get(`/teams/${demo.platform.id}/channels/${otherTeams}`)).status).toBe(404);
    expect(
      (await get(`/teams/${demo.platform.id}/channels/${general}`, fabrikamToken)).status,
    ).toBe(404);
  });

  it('fails the next requests with 429 and Retry-After, then recovers; setDown gives 503', async () => {
    graph.failNext(2, 429, 3);
    for (let i = 0; i < 2; i++) {
      const res = await get(`/teams/${demo.platform.id}/members`);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('3');
      expect(await res.json()).toMatchObject({ error: { code: 'TooManyRequests' } });
    }
    expect((await get(`/teams/${demo.platform.id}/members`)).status).toBe(200);
    graph.setDown(true);
    const down = await get(`/teams/${demo.platform.id}/members`);
    graph.setDown(false);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ error: { code: 'ServiceUnavailable' } });
  });
});

describe('fake Graph activity notifications', () => {
  const post = (path: string, body: unknown): Promise<Response> =>
    fetch(`${graph.url}/v1.0${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${contosoToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('records a valid notification and rejects one without activityType', async () => {
    const body = {
      topic: {
        source: 'entityUrl',
        value: `https://graph.microsoft.com/v1.0/teams/${demo.platform.id}`,
      },
      activityType: 'pulseOpened',
      previewText: { content: 'A new pulse is open' },
      recipient: {
        '@odata.type': 'microsoft.graph.teamMembersNotificationRecipient',
        teamId: demo.platform.id,
      },
      templateParameters: [{ name: 'pulseName', value: 'Weekly pulse' }],
    };
    const ok = await post(`/teams/${demo.platform.id}/sendActivityNotification`, body);
    expect(ok.status).toBe(204);
    expect(graph.notifications.at(-1)).toMatchObject({
      scope: { kind: 'team', id: demo.platform.id },
      activityType: 'pulseOpened',
      tenantId: contoso.id,
    });
    const count = graph.notifications.length;
    const bad = await post(`/teams/${demo.platform.id}/sendActivityNotification`, {
      ...body,
      activityType: undefined,
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'BadRequest', message: expect.stringContaining('activityType') },
    });
    expect(graph.notifications).toHaveLength(count);
  });
});

describe('fake Graph Microsoft To Do', () => {
  const user = demo.weeklySync.organizerId;
  const delegated = (scp: string) => idp.issueUserToken(user, { aud: graph.url, scp });
  const send = async (method: string, path: string, token: string, body?: unknown) =>
    fetch(`${graph.url}/v1.0${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it("serves the delegated user's default list, and creates, reads and completes a task", async () => {
    const token = await delegated('Tasks.ReadWrite');
    const lists = (await (await send('GET', '/me/todo/lists', token)).json()) as {
      value: { id: string; wellknownListName: string; displayName: string }[];
    };
    const list = lists.value.find((l) => l.wellknownListName === 'defaultList')!;
    expect(list.displayName).toBe('Tasks');
    const created = await send('POST', `/me/todo/lists/${list.id}/tasks`, token, {
      title: 'Write the runbook',
      dueDateTime: { dateTime: '2030-02-28T00:00:00', timeZone: 'UTC' },
    });
    expect(created.status).toBe(201);
    const task = (await created.json()) as { id: string; status: string };
    expect(task.status).toBe('notStarted');
    const patched = await send('PATCH', `/me/todo/lists/${list.id}/tasks/${task.id}`, token, {
      status: 'completed',
    });
    expect(((await patched.json()) as { status: string }).status).toBe('completed');
    const read = await send('GET', `/me/todo/lists/${list.id}/tasks/${task.id}`, token);
    expect(await read.json()).toMatchObject({
      id: task.id,
      status: 'completed',
      dueDateTime: { dateTime: '2030-02-28T00:00:00.0000000', timeZone: 'UTC' },
      completedDateTime: { timeZone: 'UTC' },
    });
    expect(graph.todo.tasks(user).map((t) => t.id)).toContain(task.id);
  });

  it('refuses a token without Tasks.ReadWrite (403), an app-only token (400) and a missing task (404)', async () => {
    const readOnly = await delegated('User.Read');
    const refused = await send('GET', '/me/todo/lists', readOnly);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('Forbidden');
    expect((await send('GET', '/me/todo/lists', contosoToken)).status).toBe(400);
    const token = await delegated('Tasks.ReadWrite');
    const lists = (await (await send('GET', '/me/todo/lists', token)).json()) as {
      value: { id: string }[];
    };
    const missing = await send('GET', `/me/todo/lists/${lists.value[0]!.id}/tasks/nope`, token);
    expect(missing.status).toBe(404);
    const noTitle = await send('POST', `/me/todo/lists/${lists.value[0]!.id}/tasks`, token, {});
    expect(noTitle.status).toBe(400);
  });
});
