import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { HttpError, msg } from '../http-errors.js';
import type { Db } from '../storage/db.js';
import { incomingActivitySchema, installChange, tenantOf } from './activity.js';
import { forgetConversation, rememberConversation } from './conversations.js';
import type { BotTokenValidator } from './token-validator.js';

export type BotRouteDeps = {
  config: Config;
  db: Db;
  validator: BotTokenValidator;
  /** Counts a refused token against the caller's address, as a failed sign-in does. */
  failedSignIn(request: FastifyRequest): Promise<void>;
};

/**
 * The bot's messaging endpoint. The Bot Connector calls it with its own token (not a user's), so
 * the API's Entra sign-in does not apply here; the Bot Framework token is checked instead, before
 * anything in the body is trusted.
 */
export function registerBotRoutes(app: FastifyInstance, deps: BotRouteDeps): void {
  const allowed = new Set(deps.config.entra.allowedTenants);
  app.post('/api/messages', { logLevel: 'warn' }, async (request, reply) => {
    const body = request.body as { serviceUrl?: unknown; channelId?: unknown } | null;
    const serviceUrl = typeof body?.serviceUrl === 'string' ? body.serviceUrl : '';
    const channelId = typeof body?.channelId === 'string' ? body.channelId : '';
    try {
      await deps.validator.verify(request.headers.authorization, serviceUrl, channelId);
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) {
        void reply.header('Connection', 'close');
        await deps.failedSignIn(request);
      }
      throw error;
    }
    const parsed = incomingActivitySchema.safeParse(request.body);
    if (!parsed.success) {
      const detail = parsed.error.issues[0];
      throw new HttpError(
        400,
        'bad_request',
        msg('bot.activity.malformed', {
          detail: `${detail?.path.join('.') ?? ''}: ${detail?.message ?? ''}`,
        }),
      );
    }
    const activity = parsed.data;
    const tenantId = tenantOf(activity);
    // A tenant Candor does not serve gets no reference kept; the Bot Connector still gets its 200.
    if (tenantId && (allowed.size === 0 || allowed.has(tenantId))) {
      const change = installChange(activity);
      if (change === 'installed') await rememberConversation(deps.db.kysely, activity, new Date());
      if (change === 'uninstalled') await forgetConversation(deps.db.kysely, activity);
    }
    return reply.status(200).send();
  });
}
