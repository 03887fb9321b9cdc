import type { FastifyInstance, FastifyRequest } from 'fastify';
import { roomIdSchema, type RoomId } from '../../shared/events.js';
import { requireUser, type AppDeps } from '../app-deps.js';
import { badRequest, HttpError, rateLimited } from '../http-errors.js';
import { defaultLimits } from '../limits/limits.js';
import { telemetry } from '../telemetry/telemetry.js';
import { sseComment } from './sse.js';
import { authoriseRoom, membershipAuthorisers, type RoomAuthorisers } from './room-access.js';
import {
  defaultStreamLimits,
  openSseStream,
  type SseStream,
  type StreamLimits,
} from './sse-stream.js';

export type LiveRouteOptions = Partial<StreamLimits> & {
  /** Authorisers for more room kinds (for example `retro`), on top of team and chat. */
  authorisers?: RoomAuthorisers;
  /** Open streams one person may hold on this instance. */
  streamsPerUser?: number;
  /** How often an open stream re-checks its room access (jittered between half and all of it). */
  recheckMs?: number;
};

/** A refused stream's client waits this long; by then the person may have closed other windows. */
const streamQuotaRetrySeconds = 30;

/**
 * `GET /api/live/<url-encoded room id>`: the room's events as Server-Sent Events, resuming after
 * `Last-Event-ID` (or `?after=` for clients that cannot set it). Auth is the app's hook; the room
 * is authorised here on every connection.
 */
export function registerLiveRoutes(
  app: FastifyInstance,
  deps: Pick<AppDeps, 'hub' | 'membership'>,
  options: LiveRouteOptions = {},
): void {
  const authorisers: RoomAuthorisers = {
    ...membershipAuthorisers(deps.membership),
    ...options.authorisers,
  };
  const limits: StreamLimits = {
    heartbeatMs: options.heartbeatMs ?? defaultStreamLimits.heartbeatMs,
    maxBufferedBytes: options.maxBufferedBytes ?? defaultStreamLimits.maxBufferedBytes,
    maxBlockedMs: options.maxBlockedMs ?? defaultStreamLimits.maxBlockedMs,
  };
  const streamsPerUser = options.streamsPerUser ?? defaultLimits.streamsPerUser;
  const recheckMs = options.recheckMs ?? defaultLimits.streamRecheckMs;
  const open = new Set<SseStream>();
  /** Open (or opening) streams per `tenant|user`, for the per-person quota. */
  const held = new Map<string, number>();

  // Open streams would keep the server from closing; end them so clients reconnect elsewhere.
  app.addHook('preClose', async () => {
    for (const stream of open) stream.close();
  });

  // A wildcard, not `:room`: chat ids are long, and parameters are capped at 100 characters.
  app.get('/api/live/*', async (request, reply) => {
    const user = requireUser(request);
    const room = parseRoom((request.params as { '*': string })['*']);
    const after = resumeCursor(request);
    // Counted before the await, so a burst of opens cannot all pass the check at once.
    const release = holdStream(held, `${user.tenantId}|${user.userId}`, streamsPerUser);
    try {
      await authoriseRoom(authorisers, user, room);
    } catch (error) {
      release();
      throw error;
    }

    reply.hijack(); // From here on we own the raw response; Fastify must not reply too.
    let unsubscribe: (() => void) | null = null;
    let recheck: NodeJS.Timeout | null = null;
    const stream = openSseStream(request.raw, reply.raw, limits, () => {
      open.delete(stream);
      unsubscribe?.();
      release();
      if (recheck) clearTimeout(recheck);
      telemetry.liveConnections(-1);
    });
    open.add(stream);
    telemetry.liveConnections(1);
    // Access is proven when the stream opens; someone who leaves the team or meeting chat later
    // must stop receiving its events, so check again about once per membership cache refresh.
    const scheduleRecheck = () => {
      recheck = setTimeout(() => {
        authoriseRoom(authorisers, user, room).then(
          () => {
            if (!stream.closed) scheduleRecheck();
          },
          (error: unknown) => {
            if (error instanceof HttpError && (error.status === 403 || error.status === 404)) {
              stream.write(sseComment('access ended; reopen Candor to continue'));
              stream.close();
            } else if (!stream.closed) {
              // Graph or the database failing is not a refusal; the next check decides.
              request.log.warn({ err: error }, 'live stream access re-check failed');
              scheduleRecheck();
            }
          },
        );
      }, jittered(recheckMs));
      recheck.unref();
    };
    scheduleRecheck();
    try {
      const stop = deps.hub.subscribe(room, after, (frame) => stream.write(frame));
      if (stream.closed) stop();
      else unsubscribe = stop;
    } catch (error) {
      request.log.error({ err: error }, 'live subscription failed');
      stream.close(); // The client reconnects with its last event id.
    }
  });
}

/** Takes one of the person's stream slots or throws 429; returns the slot's (idempotent) release. */
function holdStream(held: Map<string, number>, key: string, max: number): () => void {
  const count = held.get(key) ?? 0;
  if (count >= max) {
    throw rateLimited(
      'server.live.tooManyStreams',
      { max, seconds: streamQuotaRetrySeconds },
      streamQuotaRetrySeconds,
    );
  }
  held.set(key, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (held.get(key) ?? 1) - 1;
    if (left > 0) held.set(key, left);
    else held.delete(key);
  };
}

/** Between half and all of `ms`, so streams opened together do not re-check together. */
function jittered(ms: number): number {
  return ms / 2 + Math.random() * (ms / 2);
}

function parseRoom(raw: string): RoomId {
  const parsed = roomIdSchema.safeParse(raw);
  if (!parsed.success) {
    throw badRequest('server.live.badRoom', {
      teamForm: 'team:<groupId>',
      chatForm: 'chat:<chatId>',
    });
  }
  return parsed.data;
}

/** The last event the client saw: `Last-Event-ID` wins, then `?after=`; 0 means from the start. */
function resumeCursor(request: FastifyRequest): number {
  const header = request.headers['last-event-id'];
  const query = (request.query as { after?: unknown }).after;
  const raw =
    typeof header === 'string' && header !== '' ? header : typeof query === 'string' ? query : '0';
  if (!/^\d{1,15}$/.test(raw.trim())) {
    throw badRequest('server.live.badLastEventId');
  }
  return Number(raw.trim());
}
