import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { Member } from '../../shared/api.js';
import {
  createRetroSchema,
  retroCommandSchema,
  type RetroSummary,
  type RetroView,
} from '../../shared/retro/api.js';
import { requireMember } from '../access.js';
import { requireUser } from '../app-deps.js';
import type { AuthUser } from '../auth/types.js';
import { badRequest } from '../http-errors.js';
import { languageOf, translatorFor } from '../i18n.js';
import { withIdempotency } from '../storage/idempotency.js';
import type { Database } from '../storage/schema.js';
import {
  markLeft,
  markSeen,
  retroNotFound,
  requireRetroAccess,
  seenIsStale,
  withSeenMark,
  type RetroDeps,
} from './access.js';
import { executeCommand, type CommandOutcome } from './commands.js';
import { createRetro } from './create.js';
import { hashesFor } from './hashing.js';
import { findRetro, loadRetroData, selectRetros, type Q, type RetroRow } from './queries.js';
import { createBoardCache } from './board-cache.js';
import { buildSummary } from './summary.js';
import {
  presenceOf,
  presentWithinMs,
  publishedPresence,
  publishPresenceIfChanged,
  samePresence,
} from './presence.js';
import { registerSettingUpRoutes } from './setting-up.js';
import { registerEarlyRoutes } from './early.js';
import { buildView } from './view.js';

const chatQuerySchema = z.object({ chatId: z.string().min(1).max(400) });
const idParamsSchema = z.object({ id: z.string().min(1).max(64) });

/** When a request reached the server (its handler may run much later, behind a Graph check). */
const arrival = (reply: FastifyReply): Date => new Date(Date.now() - reply.elapsedTime);

/** The retro API. Every route checks tenant and chat membership (Graph) on every request. */
export function registerRetroRoutes(app: FastifyInstance, deps: RetroDeps): void {
  // Reads outside a transaction share one board load per retro and rev (a refetch wave).
  const boards = createBoardCache();
  registerSettingUpRoutes(app, deps);
  registerEarlyRoutes(app, deps);
  const viewFor = async (
    q: Q,
    retro: RetroRow,
    user: AuthUser,
    members: Member[],
    /** When the request reached the server: a leave after it wins over this read's mark. */
    arrivedAt?: Date,
  ) => {
    const now = new Date();
    const hashes = hashesFor(deps.config.hmacKey, retro.tenant_id, retro.id, user.userId);
    let data = q === deps.db.kysely ? await boards.load(q, retro) : await loadRetroData(q, retro);
    // Reading the retro is being here: presence feeds `facilitatorAway` and the participant count.
    // A fresh mark is left alone, so a wave of reads after an event is not a wave of writes.
    if (
      seenIsStale(data.marks, hashes.seen, now) &&
      (await markSeen(q, retro.id, hashes.seen, now, arrivedAt ?? now))
    ) {
      data.marks = withSeenMark(data.marks, hashes.seen, now);
    }
    // Whoever reads first after someone arrived, left or went quiet tells every panel (one
    // `presence` op), so all show the same count within a second instead of each its own.
    const presence = presenceOf(retro, data.marks, members, now, deps.config.hmacKey);
    if (
      retro.status === 'active' &&
      q === deps.db.kysely &&
      !samePresence(presence, publishedPresence(retro))
    ) {
      // Published here or by another reader meanwhile: either way the row has moved on.
      await publishPresenceIfChanged(deps, retro.id, members, now);
      const updated = await findRetro(q, deps.db, retro.id);
      if (updated) data = await boards.load(q, updated);
    }
    return buildView(data, { userId: user.userId, hashes }, members, now, deps.config.hmacKey);
  };

  app.post('/api/retros', async (request, reply) => {
    const user = requireUser(request);
    const body = createRetroSchema.parse(request.body);
    const access = await requireMember(deps.membership, user, { kind: 'chat', id: body.chatId });
    const key = optionalIdempotencyKey(request);
    const run = async (q: Transaction<Database>) => {
      const retro = await createRetro(deps, q, user, access.members, body);
      return { status: 201, result: retro.id };
    };
    const outcome = key
      ? await withIdempotency(
          deps.db,
          deps.config.hmacKey,
          {
            key,
            scope: `retro-create:${user.tenantId}:${body.chatId}:${user.userId}`,
            body: request.body,
            tenantId: user.tenantId,
          },
          run,
          201,
        )
      : await deps.db.kysely.transaction().execute(run);
    // The reply is built now, from what is stored, both the first time and on a replay.
    const retro = await findRetro(deps.db.kysely, deps.db, outcome.result ?? '');
    if (!retro) throw retroNotFound();
    return reply
      .status(outcome.status)
      .send({ retro: await viewFor(deps.db.kysely, retro, user, access.members) });
  });

  app.get('/api/retros/current', async (request, reply): Promise<{ retro: RetroView | null }> => {
    const user = requireUser(request);
    const { chatId } = chatQuerySchema.parse(request.query);
    const access = await requireMember(deps.membership, user, { kind: 'chat', id: chatId });
    const retro = await selectRetros(deps.db.kysely)
      .where('retros.tenant_id', '=', user.tenantId)
      .where('retros.chat_id', '=', chatId)
      // Active first, then the latest ended one.
      .orderBy((eb) => eb.case().when('status', '=', 'active').then(0).else(1).end())
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    if (!retro) return { retro: null };
    return { retro: await viewFor(deps.db.kysely, retro, user, access.members, arrival(reply)) };
  });

  app.get('/api/retros/history', async (request) => {
    const user = requireUser(request);
    const { chatId } = chatQuerySchema.parse(request.query);
    await requireMember(deps.membership, user, { kind: 'chat', id: chatId });
    const rows = await deps.db.kysely
      .selectFrom('retros')
      .select(['id', 'title', 'created_at', 'status'])
      .where('tenant_id', '=', user.tenantId)
      .where('chat_id', '=', chatId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return {
      retros: rows.map((r) => ({
        id: r.id,
        title: r.title,
        date: r.created_at,
        status: r.status === 'ended' ? ('ended' as const) : ('active' as const),
      })),
    };
  });

  app.get('/api/retros/:id', async (request, reply): Promise<RetroView> => {
    const user = requireUser(request);
    const { id } = idParamsSchema.parse(request.params);
    const { retro, access } = await requireRetroAccess(deps, user, id);
    return viewFor(deps.db.kysely, retro, user, access.members, arrival(reply));
  });

  // A panel closing (pagehide) says so, so the others' "n of m ready" drops within a second rather
  // than after 75 s. The person's presence mark is aged past "here now", not deleted: they still
  // count among the participants, and a facilitator who only reloaded is not away at once.
  app.post('/api/retros/:id/leave', async (request, reply) => {
    const user = requireUser(request);
    const { id } = idParamsSchema.parse(request.params);
    const { retro, access } = await requireRetroAccess(deps, user, id);
    const hashes = hashesFor(deps.config.hmacKey, retro.tenant_id, retro.id, user.userId);
    const now = new Date();
    const gone = new Date(now.getTime() - presentWithinMs - 1).toISOString();
    await markLeft(deps.db.kysely, retro.id, hashes.seen, now);
    await deps.db.kysely
      .updateTable('retro_marks')
      .set({ at: gone })
      .where('retro_id', '=', retro.id)
      .where('kind', '=', 'seen')
      .where('person_hash', '=', hashes.seen)
      .where('at', '>', gone)
      .execute();
    await publishPresenceIfChanged(deps, retro.id, access.members, now);
    return reply.status(204).send();
  });

  app.get('/api/retros/:id/summary', async (request): Promise<RetroSummary> => {
    const user = requireUser(request);
    const { id } = idParamsSchema.parse(request.params);
    const { retro, access } = await requireRetroAccess(deps, user, id);
    return buildSummary(
      await loadRetroData(deps.db.kysely, retro),
      access.members,
      translatorFor(request),
    );
  });

  // Silent at info level, like pulse answers: a request line (address, time) beside a command's
  // rev in the event table could point at the author of an anonymous card or vote.
  app.post('/api/retros/:id/commands', { logLevel: 'warn' }, async (request, reply) => {
    const user = requireUser(request);
    const { id } = idParamsSchema.parse(request.params);
    const key = optionalIdempotencyKey(request);
    if (!key) {
      throw badRequest('server.error.idempotencyKeyMissing');
    }
    const command = retroCommandSchema.parse(request.body);
    const { retro, access } = await requireRetroAccess(deps, user, id);
    const hashes = hashesFor(deps.config.hmacKey, retro.tenant_id, retro.id, user.userId);
    const input = {
      retroId: retro.id,
      user,
      hashes,
      members: access.members,
      command,
      language: languageOf(request.headers['accept-language']),
    };
    let done: CommandOutcome | null = null;
    const outcome = await withIdempotency(
      deps.db,
      deps.config.hmacKey,
      {
        key,
        scope: `retro-command:${retro.id}:${hashes.caller}`,
        body: request.body,
        tenantId: retro.tenant_id,
      },
      async (trx) => {
        done = await executeCommand(deps, trx, input);
        return { status: 200 };
      },
    );
    // After the commit, and never in the way of the reply: a failed post is recorded, not thrown.
    if ((done as CommandOutcome | null)?.ended) void deps.bot?.deliver(retro.id);
    // `Prefer: return=minimal` (RFC 7240), as the panels send it: the caller's delta, which costs the
    // same on any board. A replay has no delta to give (nothing of a reply is stored), so it gets
    // the whole view, as does a client that asks for the representation.
    if (done && prefersMinimal(request)) {
      return reply
        .status(outcome.status)
        .header('preference-applied', 'return=minimal')
        .send({ delta: (done as CommandOutcome).reply });
    }
    // Nothing of the reply is stored: the first answer and a replay alike are the caller's view now.
    const updated = await findRetro(deps.db.kysely, deps.db, retro.id);
    if (!updated) throw retroNotFound();
    const view = await viewFor(deps.db.kysely, updated, user, access.members);
    return reply.status(outcome.status).send({ retro: view });
  });
}

/** Whether the request asks for a minimal answer (`Prefer: return=minimal`, RFC 7240). */
function prefersMinimal(request: FastifyRequest): boolean {
  const raw = request.headers.prefer;
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return values.some((value) =>
    value.split(',').some((token) => token.trim().toLowerCase() === 'return=minimal'),
  );
}

function optionalIdempotencyKey(request: FastifyRequest): string | null {
  const raw = request.headers['idempotency-key'];
  if (raw === undefined) return null;
  const key = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  if (!/^[\w.:-]{1,200}$/.test(key)) {
    throw badRequest('server.error.idempotencyKeyMalformed');
  }
  return key;
}
