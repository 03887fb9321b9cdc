import type { FastifyInstance, FastifyRequest } from 'fastify';
import { roomIdSchema, type RoomId } from '../../shared/events.js';
import { requireUser, type AppDeps } from '../app.js';
import { badRequest } from '../http-errors.js';
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
};

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
  const open = new Set<SseStream>();

  // Open streams would keep the server from closing; end them so clients reconnect elsewhere.
  app.addHook('preClose', async () => {
    for (const stream of open) stream.close();
  });

  // A wildcard, not `:room`: chat ids are long, and parameters are capped at 100 characters.
  app.get('/api/live/*', async (request, reply) => {
    const user = requireUser(request);
    const room = parseRoom((request.params as { '*': string })['*']);
    const after = resumeCursor(request);
    await authoriseRoom(authorisers, user, room);

    reply.hijack(); // From here on we own the raw response; Fastify must not reply too.
    let unsubscribe: (() => void) | null = null;
    const stream = openSseStream(request.raw, reply.raw, limits, () => {
      open.delete(stream);
      unsubscribe?.();
    });
    open.add(stream);
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

function parseRoom(raw: string): RoomId {
  const parsed = roomIdSchema.safeParse(raw);
  if (!parsed.success) {
    throw badRequest(
      'The live-update room id is malformed. Use team:<groupId> or chat:<chatId>, URL-encoded in the path.',
    );
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
    throw badRequest(
      'Last-Event-ID (or ?after=) must be the number of the last event received. Reconnect without it to start over.',
    );
  }
  return Number(raw.trim());
}
