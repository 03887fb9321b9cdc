import type { Member, Role } from '../../shared/api.js';
import { forbidden, HttpError, msg } from '../http-errors.js';
import { createAppTokenSource } from './app-token.js';
import {
  createGraphClients,
  graphStatus,
  readAllPages,
  retryWithinBudget,
} from './graph-client.js';
import type { MemberList, MembershipService, Scope } from './types.js';

export type GraphMembershipOptions = {
  authorityHost: URL;
  clientId: string;
  clientSecret: string;
  graphBaseUrl: URL;
  /** How long a member list is fresh. Default 60 s. */
  ttlMs?: number;
  /** How old a cached list may be and still be served, marked stale, while Graph fails. Default 24 h. */
  staleMaxMs?: number;
  now?: () => number;
  /** Fastify's `app.log` fits; defaults to JSON lines on the console. */
  logger?: MembershipLogger;
};

export type MembershipLogger = {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
};

/** The Graph `conversationMember` fields Candor reads (aadUserConversationMember). */
type GraphMember = {
  userId?: string | null;
  displayName?: string | null;
  email?: string | null;
  roles?: string[] | null;
};

type CacheEntry = { list: MemberList; readAt: number; failedAt?: number };

const maxCachedScopes = 10_000;
/** After Graph fails, serve the stale copy straight away for this long instead of asking Graph again. */
const failureBackoffMs = 15_000;

export function createGraphMembership(opts: GraphMembershipOptions): MembershipService {
  const ttlMs = opts.ttlMs ?? 60_000;
  const staleMaxMs = opts.staleMaxMs ?? 24 * 60 * 60_000;
  const now = opts.now ?? Date.now;
  const logger = opts.logger ?? consoleLogger;
  const tokens = createAppTokenSource({
    authorityHost: opts.authorityHost,
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
    scope: `${opts.graphBaseUrl.origin}/.default`,
  });
  const clients = createGraphClients({ graphBaseUrl: opts.graphBaseUrl, tokens });
  const cache = new Map<string, CacheEntry>();
  const inFlight = new Map<string, Promise<MemberList>>();

  async function read(tenantId: string, scope: Scope): Promise<MemberList> {
    // Getting the token first surfaces sign-in problems as themselves (graph-client would wrap them).
    await tokens.token(tenantId);
    const collection = scope.kind === 'team' ? 'teams' : 'chats';
    const raw = await readAllPages<GraphMember>(
      clients.forTenant(tenantId),
      `/${collection}/${encodeURIComponent(scope.id)}/members`,
    );
    return { members: raw.flatMap(toMember), stale: false, fetchedAt: new Date(now()) };
  }

  async function refresh(key: string, tenantId: string, scope: Scope): Promise<MemberList> {
    try {
      const list = await read(tenantId, scope);
      cache.delete(key); // re-insert so Map order tracks recency for eviction
      cache.set(key, { list, readAt: now() });
      evictOldest();
      return list;
    } catch (error) {
      const status = graphStatus(error);
      if (status === 400 || status === 403 || status === 404) {
        cache.delete(key);
        throw forbidden(
          scope.kind === 'team' ? 'server.graph.cannotSeeTeam' : 'server.graph.cannotSeeChat',
        );
      }
      const cached = cache.get(key);
      const where = { tenantId, scope: scope.kind, scopeId: scope.id, graphStatus: status };
      if (cached && now() - cached.readAt <= staleMaxMs) {
        cached.failedAt = now();
        logger.warn(
          { ...where, err: describe(error), cachedAt: cached.list.fetchedAt.toISOString() },
          'Graph membership read failed; serving the stale cached member list',
        );
        return { ...cached.list, stale: true };
      }
      logger.error(
        { ...where, err: describe(error) },
        'Graph membership read failed and nothing is cached',
      );
      if (error instanceof HttpError) throw error;
      throw new HttpError(503, 'graph_unavailable', msg('server.graph.unavailable'));
    }
  }

  function evictOldest(): void {
    for (const key of cache.keys()) {
      if (cache.size <= maxCachedScopes) return;
      cache.delete(key);
    }
  }

  // A channel never moves to another team, so a confirmed pair stays true; refusals are not kept.
  const channels = new Set<string>();

  async function isTeamChannel(tenantId: string, teamId: string, channelId: string) {
    const key = `${tenantId.toLowerCase()}|${teamId.toLowerCase()}|${channelId}`;
    if (channels.has(key)) return true;
    try {
      await tokens.token(tenantId);
      const path = `/teams/${encodeURIComponent(teamId)}/channels/${encodeURIComponent(channelId)}`;
      const channel = (await clients
        .forTenant(tenantId)
        .api(path)
        .select('id')
        .middlewareOptions([retryWithinBudget()])
        .get()) as { id?: unknown };
      if (channel.id !== channelId) return false;
      if (channels.size >= maxCachedScopes) channels.clear();
      channels.add(key);
      return true;
    } catch (error) {
      const status = graphStatus(error);
      // 400/403/404 are Graph's "no such channel here"; anything else is an outage worth a line.
      if (status !== 400 && status !== 403 && status !== 404) {
        logger.warn(
          { tenantId, teamId, channelId, graphStatus: status, err: describe(error) },
          'Graph channel read failed; the meeting is not counted for the team until an owner links it',
        );
      }
      return false;
    }
  }

  return {
    isTeamChannel,
    async members(tenantId, scope) {
      const key = `${tenantId.toLowerCase()}|${scope.kind}|${scope.id}`;
      const cached = cache.get(key);
      if (cached && now() - cached.readAt < ttlMs) return cached.list;
      if (cached?.failedAt !== undefined && now() - cached.failedAt < failureBackoffMs) {
        if (now() - cached.readAt <= staleMaxMs) return { ...cached.list, stale: true };
      }
      let pending = inFlight.get(key);
      if (!pending) {
        pending = refresh(key, tenantId, scope).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
  };
}

function toMember(raw: GraphMember): Member[] {
  if (!raw.userId) return [];
  const roles = (raw.roles ?? []).map((r) => r.toLowerCase());
  const role: Role = roles.includes('owner')
    ? 'owner'
    : roles.includes('guest')
      ? 'guest'
      : 'member';
  return [
    { userId: raw.userId, displayName: raw.displayName ?? '', email: raw.email ?? null, role },
  ];
}

/** A log-safe summary: messages and codes only, never request headers (they hold the token). */
function describe(error: unknown): { name: string; message: string; code?: string } {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    return { name: error.name, message: error.message, code };
  }
  return { name: 'unknown', message: String(error) };
}

// Used only when the caller passes no logger (start.ts builds this before the Fastify logger exists).
const consoleLogger: MembershipLogger = {
  warn: (details, message) =>
    console.warn(JSON.stringify({ level: 'warn', msg: message, ...details })),
  error: (details, message) =>
    console.error(JSON.stringify({ level: 'error', msg: message, ...details })),
};
