import type { FastifyPluginAsync, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { AuthUser, TokenVerifier } from './auth/types.js';
import type { BotService } from './bot/service.js';
import type { Config } from './config.js';
import type { MembershipService } from './graph/types.js';
import { unauthenticated } from './http-errors.js';
import type { LiveHub } from './live/hub.js';
import type { Db } from './storage/db.js';

// What route modules need from the app, apart from `app.ts`, so that `app.ts` only composes them.

declare module 'fastify' {
  // Declaration merging needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    /** Set by the auth hook on every /api route but health; null elsewhere. */
    user: AuthUser | null;
  }
}

export type AppDeps = {
  config: Config;
  db: Db;
  hub: LiveHub;
  verifier: TokenVerifier;
  membership: MembershipService;
  /** The Teams bot; null or omitted when BOT_ENABLED is false. */
  bot?: BotService | null;
  /** Directory of the built front end; omitted in tests that need no pages. */
  staticDir?: string | null;
  /** The dev host's Teams stand-in page. Refused in production. */
  devStandIn?: FastifyPluginAsync;
  logger?: FastifyServerOptions['logger'];
};

/** The user proven by the auth hook. Routes under /api call this instead of reading headers. */
export function requireUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw unauthenticated('server.auth.required');
  return request.user;
}
