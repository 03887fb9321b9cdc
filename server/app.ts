import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import type { ApiError } from '../shared/api.js';
import { registerInputGuard } from './input-guard.js';
import {
  clientErrorHandler,
  frameworkClientError,
  frameworkErrors,
  internalErrorBody,
} from './error-replies.js';
import { HttpError, unauthenticated } from './http-errors.js';
import { translatorFor, type Translate } from './i18n.js';
import { resolveLimits } from './limits/limits.js';
import { registerApiRateLimits } from './limits/rate-limits.js';
import { registerFormatRoutes } from './formats/routes.js';
import { registerBotRoutes } from './bot/routes.js';
import { registerLiveRoutes } from './live/routes.js';
import { registerPulseRoutes } from './pulse/routes.js';
import { retroRoomAuthoriser } from './retro/access.js';
import { registerRetroRoutes } from './retro/routes.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerMeRoutes } from './routes/me.js';
import { registerSecurityHeaders } from './security-headers.js';
import { telemetry } from './telemetry/telemetry.js';
import { registerTodoRoutes } from './todo/routes.js';
import { registerTrendsRoutes } from './trends/routes.js';
import type { AppDeps } from './app-deps.js';

/** Finds the built front end beside the source (`server/`) or the build (`dist/node/server/`). */
export function defaultStaticDir(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, '../dist/client'), resolve(here, '../../client')];
  return candidates.find((dir) => existsSync(join(dir, 'tabs', 'content.html'))) ?? null;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const limits = resolveLimits(config.limits);
  const app = Fastify({
    logger:
      deps.logger === undefined
        ? {
            level: config.logLevel,
            redact: {
              paths: ['req.headers.authorization', 'req.headers.cookie'],
              censor: '[redacted]',
            },
          }
        : deps.logger,
    // Only the configured proxies may set X-Forwarded-For; by default no one can (TRUST_PROXY).
    trustProxy: config.trustProxy,
    // Idle keep-alive sockets would otherwise hold a shutdown open; SSE streams end on preClose.
    forceCloseConnections: true,
    bodyLimit: 256 * 1024,
    // Errors raised while routing (a broken %-escape) or by Node's HTTP parser answer in the
    // app's error shape too, not Fastify's.
    frameworkErrors,
    clientErrorHandler,
    // A path parameter may be a chat id of up to 400 characters, %-escaped.
    routerOptions: { maxParamLength: 1200 },
    // A body trickled in a byte at a time would otherwise hold its connection forever. Node's
    // requestTimeout covers receiving the request only, so a live stream (a GET) is not bound by it.
    requestTimeout: limits.requestTimeoutMs,
    // Live streams turn this off for their own socket (server/live/sse-stream.ts).
    connectionTimeout: limits.connectionTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      // Node enforces requestTimeout only when given to the server's constructor (setting it
      // afterwards, as Fastify does, has no effect), and checks it only this often (default 30 s).
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(30_000, Math.max(50, limits.requestTimeoutMs / 10)),
    },
  });

  app.decorateRequest('user', null);
  // The route template (`/api/retros/:retroId`), never the URL: ids and queries stay out of telemetry.
  app.addHook('onResponse', async (request, reply) => {
    telemetry.request(
      request.routeOptions.url,
      request.method,
      reply.statusCode,
      reply.elapsedTime,
    );
  });
  registerSecurityHeaders(app, config.publicUrl, config.graphBaseUrl);
  registerErrorHandling(app);
  registerInputGuard(app);

  const rateLimits = await registerApiRateLimits(app, limits);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/health')) return;
    // The Bot Connector signs its calls with its own token, checked by the bot's route.
    if (isBotEndpoint(request.url)) return;
    try {
      const header = request.headers.authorization;
      const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
      if (!match?.[1]) {
        throw unauthenticated('server.auth.noToken');
      }
      request.user = await deps.verifier.verify(match[1]);
    } catch (error) {
      // The body is not read yet: closing after the reply frees the socket instead of waiting
      // for (or draining) a body nobody will use.
      void reply.header('Connection', 'close');
      await rateLimits.failedSignIn(request);
      throw error;
    }
  });
  // After sign-in, so the limits count per person and per tenant rather than per proxy address.
  app.addHook('onRequest', rateLimits.perCaller);

  registerHealthRoutes(app, deps);
  registerMeRoutes(app, deps);
  registerPulseRoutes(app, deps);
  registerLiveRoutes(app, deps, {
    authorisers: { retro: retroRoomAuthoriser(deps) },
    streamsPerUser: limits.streamsPerUser,
    recheckMs: limits.streamRecheckMs,
  });
  registerRetroRoutes(app, deps);
  registerFormatRoutes(app, deps);
  registerTrendsRoutes(app, deps);
  registerTodoRoutes(app, deps);
  if (deps.bot) {
    registerBotRoutes(app, {
      config,
      db: deps.db,
      validator: deps.bot.validator,
      failedSignIn: rateLimits.failedSignIn,
    });
  }

  if (deps.devStandIn) {
    if (config.mode === 'production') {
      throw new Error(
        'Refusing to mount the dev host Teams stand-in page with NODE_ENV=production. To fix this error, start production with `npm run serve`, which never mounts it.',
      );
    }
    app.log.warn(
      '**************************************************************************\n' +
        '* DEV MODE: the Teams stand-in page is mounted at /devhost/.             *\n' +
        '* It impersonates Teams for local development. Never expose this server. *\n' +
        '**************************************************************************',
    );
    await app.register(deps.devStandIn, { prefix: '/devhost' });
  }

  const staticDir = deps.staticDir === undefined ? defaultStaticDir() : deps.staticDir;
  if (staticDir) {
    await app.register(fastifyStatic, {
      root: staticDir,
      prefix: '/',
      wildcard: true,
      index: false,
      // Our setHeaders decides Cache-Control; without this the plugin overwrites it.
      cacheControl: false,
      setHeaders(res, path) {
        res.setHeader(
          'Cache-Control',
          path.includes(`${join('/', 'assets', '/')}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
    app.get('/', (_request, reply) => reply.redirect('/tabs/content.html'));
  } else {
    app.log.warn('No built front end found; run `npm run build` to serve the pages.');
  }

  return app;
}

const isBotEndpoint = (url: string) => url === '/api/messages' || url.startsWith('/api/messages?');

function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const t = translatorFor(request);
    let status = 500;
    let body: ApiError = internalErrorBody(request.id, t);
    if (error instanceof HttpError) {
      status = error.status;
      body = { error: { code: error.code, message: error.messageIn(t) } };
      if (error.retryAfterSeconds !== undefined) {
        void reply.header('Retry-After', String(error.retryAfterSeconds));
      }
    } else if (error instanceof ZodError) {
      status = 400;
      body = { error: { code: 'bad_request', message: describeZodError(error, t) } };
    } else {
      const refusal = frameworkClientError(error, t);
      if (refusal) ({ status, body } = refusal);
    }
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    void reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ApiError = {
      error: {
        code: 'not_found',
        message: translatorFor(request)('server.error.nothingAt', {
          method: request.method,
          path: request.url.split('?')[0] ?? '',
        }),
      },
    };
    void reply.status(404).send(body);
  });
}

/** A translated lead sentence around zod's own (English) detail of the first problem. */
function describeZodError(error: ZodError, t: Translate): string {
  const first = error.issues[0];
  return t('server.error.invalidRequest', {
    hasPath: first?.path.length ? 'yes' : 'no',
    path: first?.path.join('.') ?? '',
    detail: first?.message ?? t('server.error.invalidRequestUnknown'),
  });
}
