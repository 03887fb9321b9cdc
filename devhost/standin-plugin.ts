import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { devPassword, seed as defaultSeed, userById, type Seed } from './seed.js';
import type { Org } from './standin/org.js';

export type StandInOptions = {
  /** The dev identity provider's root, e.g. `https://127.0.0.1:8443` (no trailing slash). */
  idpUrl: string;
  /** The dev app registration's client id: the audience of the user tokens. */
  clientId: string;
  /** The app's public origin; the API scope is `api://<host>/<clientId>/access_as_user`. */
  publicUrl: URL;
  /** The Graph root (GRAPH_BASE_URL): delegated Graph tokens (Microsoft To Do) are for it. */
  graphUrl?: URL;
  /** The fake Bot Connector, whose recorded posts the meeting chat pane shows. */
  botConnectorUrl?: string;
  /** The built stand-in page; defaults to `dist/devhost` in the repo. */
  staticDir?: string;
  /** The Teams manifest template whose RSC permissions the stand-in enforces; defaults to appPackage's. */
  manifestPath?: string;
  seed?: Seed;
};

const repoRoot = resolve(import.meta.dirname, '..');
const buildCommand = 'npx vite build --config devhost/standin/vite.config.ts';

const tokenRequestSchema = z.object({
  userId: z.string().min(1).max(100),
  /** A delegated Graph permission, `<graph root>/Tasks.ReadWrite`; the app's API scope otherwise. */
  scope: z.string().min(1).max(300).optional(),
});
const chatQuerySchema = z.object({ conversationId: z.string().min(1).max(1000) });

type IdpTokenResponse = {
  access_token?: string;
  id_token?: string;
  error?: string;
  error_description?: string;
};

/** The demo org for the page: names and ids, no secrets. */
export function orgFromSeed(data: Seed): Org {
  return {
    tenants: data.tenants.map(({ id, name }) => ({ id, name })),
    users: data.users.map(({ id, displayName, upn, tenantId }) => ({
      id,
      displayName,
      upn,
      tenantId,
    })),
    teams: data.teams.map((team) => ({
      groupId: team.id,
      name: team.displayName,
      tenantId: team.tenantId,
      channel: { id: team.generalChannelId, name: 'General' },
      members: team.members.map(({ userId, role }) => ({ userId, role })),
    })),
    meetings: data.meetings.map((meeting) => ({
      chatId: meeting.chatId,
      onlineMeetingId: meeting.id,
      key: meeting.subject
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
      title: meeting.subject,
      tenantId: meeting.tenantId,
      organizerId: meeting.organizerId,
      memberIds: meeting.members.map((m) => m.userId),
    })),
  };
}

type ManifestPermissions = {
  authorization?: { permissions?: { resourceSpecific?: { name: string }[] } };
};

/** The resource-specific permission names the manifest declares, as Teams reads them at install. */
export function manifestRscPermissions(manifestPath: string): string[] {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestPermissions;
  return (manifest.authorization?.permissions?.resourceSpecific ?? []).map((p) => p.name);
}

function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.status(status).send({ error: { code, message } });
}

/**
 * The Teams stand-in, mounted by the dev server at `/devhost`: the page, the demo org, and user tokens
 * from the dev identity provider (ROPC), so app frames get real tokens through `getAuthToken`.
 */
export function createStandInPlugin(options: StandInOptions): FastifyPluginAsync {
  const data = options.seed ?? defaultSeed;
  const org = orgFromSeed(data);
  const staticDir = options.staticDir ?? resolve(repoRoot, 'dist/devhost');
  const scope = `api://${options.publicUrl.host}/${options.clientId}/access_as_user`;
  const idpUrl = options.idpUrl.replace(/\/+$/, '');
  const graphRoot = (options.graphUrl ?? new URL('https://graph.microsoft.com')).origin;
  const rscPermissions = manifestRscPermissions(
    options.manifestPath ?? resolve(repoRoot, 'appPackage/manifest.json'),
  );

  return async (app) => {
    app.get('/api/org', async () => org);

    // The registration the manifest's webApplicationInfo names, and the authority: what the stand-in checks
    // nested app auth requests against, as Teams and Entra do.
    app.get('/api/app', async () => ({
      clientId: options.clientId,
      apiScope: scope,
      authorityHost: idpUrl,
      // Delegated Graph permissions the app registration lists (API permissions): To Do's.
      graphRoot,
      graphPermissions: ['Tasks.ReadWrite'],
      // The stand-in refuses what Teams would refuse without them (share to a channel meeting's stage).
      rscPermissions,
    }));

    app.post('/api/token', async (request, reply) => {
      const parsed = tokenRequestSchema.safeParse(request.body);
      if (!parsed.success) {
        return sendError(
          reply,
          400,
          'bad_request',
          'Send a JSON body { "userId": "<object id of a demo user>" }, with "scope" for a Graph permission.',
        );
      }
      const asked = parsed.data.scope;
      if (asked !== undefined && !asked.startsWith(`${graphRoot}/`)) {
        return sendError(
          reply,
          400,
          'bad_request',
          `The stand-in gets tokens for Candor's API, or Graph permissions under ${graphRoot}/; not "${asked}".`,
        );
      }
      const user = userById(parsed.data.userId, data);
      if (!user) {
        return sendError(
          reply,
          404,
          'not_found',
          `No demo user has id "${parsed.data.userId}". Pick a user from /devhost/api/org.`,
        );
      }
      const endpoint = `${idpUrl}/${user.tenantId}/oauth2/v2.0/token`;
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'password',
            client_id: options.clientId,
            username: user.upn,
            password: devPassword,
            // openid adds the id token that nested app auth answers with.
            scope: `${asked ?? scope} openid profile`,
          }),
        });
      } catch (error) {
        const cause =
          error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
        return sendError(
          reply,
          502,
          'internal',
          `The dev identity provider at ${idpUrl} could not be reached${cause}. Check that it is running (npm start starts it) and that NODE_EXTRA_CA_CERTS points at its CA.`,
        );
      }
      const body = (await response.json().catch(() => ({}))) as IdpTokenResponse;
      if (!response.ok || typeof body.access_token !== 'string') {
        const reason = body.error_description ?? body.error ?? `HTTP ${response.status}`;
        return sendError(
          reply,
          502,
          'internal',
          `The dev identity provider refused a token for ${user.upn}: ${reason}`,
        );
      }
      return { accessToken: body.access_token, idToken: body.id_token };
    });

    // What the bot posted into a conversation, for the meeting chat pane (the real chat shows it).
    app.get('/api/chat-activities', async (request, reply) => {
      const parsed = chatQuerySchema.safeParse(request.query);
      if (!parsed.success) {
        return sendError(reply, 400, 'bad_request', 'Send ?conversationId=<chat id>.');
      }
      // A stand-in without the fake Bot Connector (some test stacks) has a chat with no posts.
      if (!options.botConnectorUrl) return { activities: [] };
      const url = new URL('/devhost/activities', options.botConnectorUrl);
      url.searchParams.set('conversationId', parsed.data.conversationId);
      const response = await fetch(url);
      return reply.status(response.status).send(await response.json());
    });

    // Relative asset URLs need the trailing slash.
    app.get('', async (request, reply) => {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      return reply.redirect(`${app.prefix}/${query}`);
    });

    if (existsSync(join(staticDir, 'index.html'))) {
      await app.register(fastifyStatic, {
        root: staticDir,
        prefix: '/',
        decorateReply: false,
        index: ['index.html'],
        redirect: true,
        // Otherwise send() overwrites the Cache-Control that setHeaders sets.
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
    } else {
      app.log.warn(`The Teams stand-in page is not built (${staticDir}). Run \`${buildCommand}\`.`);
      const notBuilt = async (_request: unknown, reply: FastifyReply) =>
        reply
          .status(503)
          .type('text/html; charset=utf-8')
          .send(
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stand-in not built</title></head><body><main><h1>The Teams stand-in page is not built</h1><p>Run <code>${buildCommand}</code> in the repository, then restart the dev server. (<code>npm start</code> does both.)</p></main></body></html>`,
          );
      app.get('/', { prefixTrailingSlash: 'slash' }, notBuilt);
      app.get('/probe.html', notBuilt);
    }
  };
}
