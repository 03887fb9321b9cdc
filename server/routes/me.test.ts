import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, meContextSchema, type Member } from '../../shared/api.js';
import { demo, seededUser, startEntraFakes, type EntraFakes } from '../test-support/entra-fakes.js';
import { buildTestApp, type TestApp } from '../test-support/test-app.js';
import { sortMembers } from './me.js';

const adele = seededUser('Adele Vance'); // owns Platform, organises Weekly sync
const amara = seededUser('Amara Okafor'); // Platform member, not in Customer Success
const miriam = seededUser('Miriam Graham'); // in no team, joins Weekly sync
const ravi = seededUser('Ravi Shankar'); // Fabrikam

let fakes: EntraFakes;
let target: TestApp;

beforeAll(async () => {
  fakes = await startEntraFakes();
  target = await buildTestApp(fakes);
});

afterAll(async () => {
  await target?.close();
  await fakes?.close();
});

async function getContext(query: string, token: string | null) {
  const response = await target.app.inject({
    method: 'GET',
    url: `/api/me/context?${query}`,
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
  return { status: response.statusCode, body: response.json() as unknown };
}

const tokenFor = (userId: string, overrides?: Parameters<EntraFakes['idp']['issueUserToken']>[1]) =>
  fakes.idp.issueUserToken(userId, overrides);

describe('GET /api/me/context', () => {
  it('shows an owner their role and every member, owners first then by name', async () => {
    const { status, body } = await getContext(
      `teamId=${demo.platform.id}`,
      await tokenFor(adele.id),
    );
    expect(status).toBe(200);
    const me = meContextSchema.parse(body);
    expect(me.role).toBe('owner');
    expect(me.scope).toEqual({ kind: 'team', id: demo.platform.id });
    expect(me.user).toEqual({
      userId: adele.id,
      tenantId: adele.tenantId,
      displayName: 'Adele Vance',
    });
    expect(me.members).toHaveLength(8);
    expect(me.members.slice(0, 2).every((m) => m.role === 'owner')).toBe(true);
    const names = me.members.slice(2).map((m) => m.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(me.stale).toBe(false);
    expect(Number.isNaN(Date.parse(me.fetchedAt))).toBe(false);
  });

  it('gives a plain member the member role', async () => {
    const { status, body } = await getContext(
      `teamId=${demo.platform.id}`,
      await tokenFor(amara.id),
    );
    expect(status).toBe(200);
    expect(meContextSchema.parse(body).role).toBe('member');
  });

  it('refuses a member of team A access to team B', async () => {
    const { status, body } = await getContext(
      `teamId=${demo.customerSuccess.id}`,
      await tokenFor(amara.id),
    );
    expect(status).toBe(403);
    const { error } = apiErrorSchema.parse(body);
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/not a member of this team/);
  });

  it("refuses a Fabrikam user a Contoso team, reading Graph only in the caller's tenant", async () => {
    const before = fakes.graph.calls.length;
    const { status, body } = await getContext(
      `teamId=${demo.platform.id}`,
      await tokenFor(ravi.id),
    );
    expect(status).toBe(403);
    expect(apiErrorSchema.parse(body).error.code).toBe('forbidden');
    const calls = fakes.graph.calls.slice(before);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.tenantId === undefined || c.tenantId === ravi.tenantId)).toBe(true);
  });

  it('answers a meeting participant for the meeting chat', async () => {
    const chatId = encodeURIComponent(demo.weeklySync.chatId);
    const { status, body } = await getContext(`chatId=${chatId}`, await tokenFor(miriam.id));
    expect(status).toBe(200);
    const me = meContextSchema.parse(body);
    expect(me.scope).toEqual({ kind: 'chat', id: demo.weeklySync.chatId });
    expect(me.role).toBe('member');
    expect(me.members).toHaveLength(demo.weeklySync.members.length);
  });

  it('takes the display name from Graph when the token has none', async () => {
    const token = await tokenFor(amara.id, { claims: { name: undefined } });
    const { body } = await getContext(`teamId=${demo.platform.id}`, token);
    expect(meContextSchema.parse(body).user.displayName).toBe('Amara Okafor');
  });

  it('answers 401 without a token', async () => {
    const { status, body } = await getContext(`teamId=${demo.platform.id}`, null);
    expect(status).toBe(401);
    expect(apiErrorSchema.parse(body).error.code).toBe('unauthenticated');
  });

  it.each([
    ['neither teamId nor chatId', ''],
    ['both teamId and chatId', `teamId=${demo.platform.id}&chatId=19%3Aabc%40thread.v2`],
  ])('answers 400 for %s', async (_label, query) => {
    const { status, body } = await getContext(query, await tokenFor(adele.id));
    expect(status).toBe(400);
    expect(apiErrorSchema.parse(body).error.code).toBe('bad_request');
  });
});

describe('sortMembers', () => {
  const m = (displayName: string, role: Member['role']): Member => ({
    userId: displayName,
    displayName,
    email: null,
    role,
  });

  it('puts owners first, then sorts by name, guests among members', () => {
    const sorted = sortMembers([
      m('Zoe', 'member'),
      m('Yann', 'owner'),
      m('Ann', 'guest'),
      m('Bo', 'owner'),
    ]);
    expect(sorted.map((x) => x.displayName)).toEqual(['Bo', 'Yann', 'Ann', 'Zoe']);
  });
});
