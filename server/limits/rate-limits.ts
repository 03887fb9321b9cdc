import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { rateLimited } from '../http-errors.js';
import { waitValues, type Limits } from './limits.js';

export type ApiRateLimits = {
  /** onRequest hook, after sign-in: per person and per tenant, on every signed-in /api request. */
  perCaller(request: FastifyRequest): Promise<void>;
  /** Called when sign-in fails: counts the failure against the client IP; throws 429 past the limit. */
  failedSignIn(request: FastifyRequest): Promise<void>;
};

type Check = ReturnType<FastifyInstance['createRateLimit']>;

/**
 * Per-person, per-tenant and per-IP (failed sign-in) limits from @fastify/rate-limit. Its store is
 * in memory, so each instance counts on its own: N instances allow at most N × each limit. The
 * quotas that matter across instances (cards, pulses, notifications) count database rows.
 */
export async function registerApiRateLimits(
  app: FastifyInstance,
  limits: Limits,
): Promise<ApiRateLimits> {
  // Not global: the plugin would key everything by IP in its own onRequest hook, before sign-in.
  await app.register(fastifyRateLimit, { global: false, timeWindow: limits.windowMs });
  // createRateLimit checks run one after another in a hook of ours; the plugin's own handlers
  // share one "already ran" flag per request, so only the first of two would count.
  // perCaller runs these only for signed-in requests, so `user` is set.
  const perUser = app.createRateLimit({
    max: limits.perUserMax,
    keyGenerator: (request) => `user:${request.user?.tenantId}|${request.user?.userId}`,
  });
  const perTenant = app.createRateLimit({
    max: limits.perTenantMax,
    keyGenerator: (request) => `tenant:${request.user?.tenantId}`,
  });
  // The default key is the client IP, normalised (IPv6 by /64).
  const perIp = app.createRateLimit({ max: limits.perIpUnauthenticatedMax });

  return {
    async perCaller(request) {
      if (!request.user) return;
      await enforce(perUser, request, 'you');
      await enforce(perTenant, request, 'organisation');
    },
    async failedSignIn(request) {
      await enforce(perIp, request, 'address');
    },
  };
}

async function enforce(
  check: Check,
  request: FastifyRequest,
  who: 'you' | 'organisation' | 'address',
): Promise<void> {
  const result = await check(request);
  if (result.isAllowed || !result.isExceeded) return;
  throw rateLimited(
    'server.error.tooManyRequests',
    { who, ...waitValues(result.ttlInSeconds) },
    result.ttlInSeconds,
  );
}
