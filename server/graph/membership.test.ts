import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from '../http-errors.js';
import { demo, devApp, startEntraFakes, type EntraFakes } from '../test-support/entra-fakes.js';
import { createGraphMembership, type GraphMembershipOptions } from './membership.js';
import type { Scope } from './types.js';

const contosoId = demo.platform.tenantId;
const fabrikamId = demo.fabrikamDesign.tenantId;
const platform: Scope = { kind: 'team', id: demo.platform.id };
const customerSuccess: Scope = { kind: 'team', id: demo.customerSuccess.id };

let fakes: EntraFakes;

beforeAll(async () => {
  fakes = await startEntraFakes();
});

afterEach(() => {
  fakes.graph.setDown(false);
  fakes.graph.setPageSize(100);
});

afterAll(async () => {
  await fakes?.close();
});

type Logged = { level: 'warn' | 'error'; obj: object; msg: string };

/** A membership service on the fakes, with a clock the test moves and a logger it reads. */
function membershipOnFakes(overrides: Partial<GraphMembershipOptions> = {}) {
  let clock = Date.parse('2026-03-02T09:00:00Z');
  const logged: Logged[] = [];
  const membership = createGraphMembership({
    authorityHost: new URL(fakes.idp.url),
    clientId: devApp.clientId,
    clientSecret: devApp.clientSecret,
    graphBaseUrl: new URL(fakes.graph.url),
    now: () => clock,
    logger: {
      warn: (obj, msg) => void logged.push({ level: 'warn', obj, msg }),
      error: (obj, msg) => void logged.push({ level: 'error', obj, msg }),
    },
    ...overrides,
  });
  return { membership, logged, advance: (ms: number) => (clock += ms) };
}

/** Graph calls for one team or chat's member list, including retries and later pages. */
function memberCalls(scope: Scope): number {
  const collection = scope.kind === 'team' ? 'teams' : 'chats';
  return fakes.graph.calls.filter((c) =>
    decodeURIComponent(c.path).includes(`/${collection}/${scope.id}/members`),
  ).length;
}

describe('Graph membership', () => {
  it('follows every nextLink: 8 members over 3 pages', async () => {
    fakes.graph.setPageSize(3);
    const { membership } = membershipOnFakes();
    const before = memberCalls(platform);

    const list = await membership.members(contosoId, platform);

    expect(memberCalls(platform) - before).toBe(3);
    expect(list.members).toHaveLength(8);
    expect(new Set(list.members.map((m) => m.userId))).toEqual(
      new Set(demo.platform.members.map((m) => m.userId)),
    );
    expect(list.members.filter((m) => m.role === 'owner')).toHaveLength(2);
    expect(list.stale).toBe(false);
  });

  it('maps owners, members and guests, with names and email', async () => {
    const { membership } = membershipOnFakes();
    const list = await membership.members(contosoId, customerSuccess);
    expect(list.members).toHaveLength(25);
    const roles = list.members.map((m) => m.role);
    expect(roles.filter((r) => r === 'owner')).toHaveLength(2);
    expect(roles.filter((r) => r === 'guest')).toHaveLength(1);
    const guest = list.members.find((m) => m.userId === demo.guest.id);
    expect(guest).toMatchObject({ role: 'guest', displayName: demo.guest.displayName });
    expect(list.members.every((m) => m.displayName.length > 0 && m.email !== '')).toBe(true);
  });

  it('reads a meeting chat by its encoded id; the organiser is the owner', async () => {
    const { membership } = membershipOnFakes();
    const chat: Scope = { kind: 'chat', id: demo.weeklySync.chatId };
    const list = await membership.members(contosoId, chat);
    expect(list.members).toHaveLength(demo.weeklySync.members.length);
    expect(list.members.find((m) => m.role === 'owner')?.userId).toBe(demo.weeklySync.organizerId);
  });

  it('honours 429 Retry-After: waits about a second, retries, then succeeds', async () => {
    const { membership } = membershipOnFakes();
    const before = memberCalls(platform);
    fakes.graph.failNext(1, 429, 1);

    const started = performance.now();
    const list = await membership.members(contosoId, platform);
    const elapsed = performance.now() - started;

    expect(list.members).toHaveLength(8);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    // The throttled call and its retry both reached Graph.
    expect(memberCalls(platform) - before).toBe(2);
  });

  it('does not hold a user for a long Retry-After: fails fast instead', async () => {
    const { membership } = membershipOnFakes();
    fakes.graph.failNext(1, 429, 30);
    const started = performance.now();
    const error = await membership.members(contosoId, platform).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(error).toMatchObject({ status: 503, code: 'graph_unavailable' });
  });

  it('retries a 503 without Retry-After after a short back-off', async () => {
    const { membership } = membershipOnFakes();
    const before = memberCalls(platform);
    fakes.graph.failNext(1, 503);
    expect((await membership.members(contosoId, platform)).members).toHaveLength(8);
    expect(memberCalls(platform) - before).toBe(2);
  });

  it('serves the cache within the TTL and reads Graph again after it', async () => {
    const { membership, advance } = membershipOnFakes({ ttlMs: 60_000 });
    const before = memberCalls(platform);
    const first = await membership.members(contosoId, platform);
    advance(59_000);
    expect(await membership.members(contosoId, platform)).toBe(first);
    expect(memberCalls(platform) - before).toBe(1);
    advance(2_000);
    await membership.members(contosoId, platform);
    expect(memberCalls(platform) - before).toBe(2);
  });

  it('asks Graph once for concurrent reads of the same team', async () => {
    const { membership } = membershipOnFakes();
    const before = memberCalls(platform);
    const lists = await Promise.all(
      [1, 2, 3, 4].map(() => membership.members(contosoId, platform)),
    );
    expect(lists.every((l) => l.members.length === 8)).toBe(true);
    expect(memberCalls(platform) - before).toBe(1);
  });

  it('serves the stale cache, marked stale, while Graph is down', async () => {
    const { membership, advance, logged } = membershipOnFakes();
    const fresh = await membership.members(contosoId, platform);
    advance(5 * 60_000); // past the TTL
    fakes.graph.setDown(true);

    const stale = await membership.members(contosoId, platform);

    expect(stale.stale).toBe(true);
    expect(stale.members).toEqual(fresh.members);
    expect(stale.fetchedAt).toEqual(fresh.fetchedAt);
    expect(logged.some((l) => l.level === 'warn' && /stale/.test(l.msg))).toBe(true);
    // The log line carries no token.
    expect(JSON.stringify(logged)).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);

    // During the failure back-off Candor answers from the cache without asking Graph again.
    const calls = memberCalls(platform);
    advance(5_000);
    expect((await membership.members(contosoId, platform)).stale).toBe(true);
    expect(memberCalls(platform)).toBe(calls);

    // Graph recovers: after the back-off the next read is fresh again.
    fakes.graph.setDown(false);
    advance(30_000);
    expect((await membership.members(contosoId, platform)).stale).toBe(false);
  });

  it('answers 503 graph_unavailable while Graph is down and nothing is cached', async () => {
    const { membership } = membershipOnFakes();
    fakes.graph.setDown(true);
    const error = await membership.members(contosoId, platform).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 503, code: 'graph_unavailable' });
    expect((error as HttpError).message).toMatch(/can't read Teams membership.*try again/i);
  });

  it("answers 403 for another tenant's team", async () => {
    const { membership } = membershipOnFakes();
    const error = await membership.members(fabrikamId, platform).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, code: 'forbidden' });
    expect((error as HttpError).message).toMatch(/can't see this team.*add Candor/);
  });

  it('answers 503 with advice for the IT admin when the client secret is wrong', async () => {
    const { membership } = membershipOnFakes({ clientSecret: 'not-the-secret' });
    const error = await membership.members(contosoId, platform).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, code: 'graph_unavailable' });
    expect((error as HttpError).message).toMatch(/ENTRA_CLIENT_SECRET/);
    expect((error as HttpError).message).not.toContain('not-the-secret');
  });
});

describe('Graph channel of a team', () => {
  const general = demo.platform.generalChannelId;
  const channelCalls = () => fakes.graph.calls.filter((c) => c.path.includes('/channels/')).length;

  it("confirms the team's own channel once, then from the cache", async () => {
    const { membership } = membershipOnFakes();
    const before = channelCalls();
    expect(await membership.isTeamChannel(contosoId, demo.platform.id, general)).toBe(true);
    expect(await membership.isTeamChannel(contosoId, demo.platform.id, general)).toBe(true);
    expect(channelCalls() - before).toBe(1);
  });

  it("refuses a meeting chat, another team's channel and another tenant's team, quietly", async () => {
    const { membership, logged } = membershipOnFakes();
    const t = demo.platform.id;
    expect(await membership.isTeamChannel(contosoId, t, demo.weeklySync.chatId)).toBe(false);
    const otherChannel = demo.customerSuccess.generalChannelId;
    expect(await membership.isTeamChannel(contosoId, t, otherChannel)).toBe(false);
    expect(await membership.isTeamChannel(fabrikamId, t, general)).toBe(false);
    expect(logged).toEqual([]);
  });

  it('says no, and logs why, while Graph is down', async () => {
    const { membership, logged } = membershipOnFakes();
    fakes.graph.setDown(true);
    expect(await membership.isTeamChannel(contosoId, demo.platform.id, general)).toBe(false);
    expect(logged).toMatchObject([{ level: 'warn', obj: { graphStatus: 503 } }]);
  });
});
