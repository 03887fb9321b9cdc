import type { FastifyInstance } from 'fastify';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import {
  createPulseSchema,
  submitResponseSchema,
  type PulseSummary,
  type ResultsResponse,
} from '../../shared/pulse/api.js';
import { edmondsonItems, type PulseItem } from '../../shared/pulse/items.js';
import { countedResponses } from '../../shared/pulse/results.js';
import { requireMember, requireOwner } from '../access.js';
import { requireUser } from '../app-deps.js';
import { badRequest, conflict, forbidden } from '../http-errors.js';
import { render, translatorFor } from '../i18n.js';
import { resolveLimits } from '../limits/limits.js';
import { withIdempotency } from '../storage/idempotency.js';
import type { Database } from '../storage/schema.js';
import {
  normaliseTeamId,
  publishPulseChanged,
  pulseNotFound,
  requirePulseAccess,
  type PulseDeps,
} from './access.js';
import { createPulse, requirePulseQuota, withDefaults } from './create.js';
import { promptFor, sendPrompts, teamMeetingChats } from './retro-prompts.js';
import type { SentPrompts } from '../../shared/retro/api.js';
import { cancelPulse, closePulse, forgetAnswerArrivals } from './lifecycle.js';

import { findPulse, loadResponses, type PulseWithSeries } from './queries.js';
import { submitResponse } from './respond.js';
import { resultsFor } from './results.js';
import { memberMaySee, reachesThreshold, summarise } from './summary.js';

const teamParamsSchema = z.object({ teamId: z.string().min(1).max(200) });
const idParamsSchema = z.object({ id: z.uuid() });

export type PulseDetail = { pulse: PulseSummary; items: readonly PulseItem[] };

export type PulseRouteOptions = { now?: () => Date };

/** The pulse API. Every route checks tenant and team membership (Graph) on every request. */
export function registerPulseRoutes(
  app: FastifyInstance,
  deps: PulseDeps,
  options: PulseRouteOptions = {},
): void {
  const now = options.now ?? (() => new Date());
  const { db, hub } = deps;
  const limits = resolveLimits(deps.config.limits);

  app.get('/api/teams/:teamId/pulses', async (request) => {
    const user = requireUser(request);
    const teamId = normaliseTeamId(teamParamsSchema.parse(request.params).teamId);
    const access = await requireMember(deps.membership, user, { kind: 'team', id: teamId });
    const rows = await db.kysely
      .selectFrom('pulses')
      .innerJoin('pulse_series', 'pulse_series.id', 'pulses.series_id')
      .selectAll('pulses')
      .select('pulse_series.recurrence')
      .where('pulses.tenant_id', '=', user.tenantId)
      .where('pulses.team_id', '=', teamId)
      .orderBy('pulses.opens_at', 'desc')
      .orderBy('pulses.id')
      .execute();
    const visible = access.role === 'owner' ? rows : rows.filter(memberMaySee);
    return {
      pulses: await summarise(db.kysely, deps.config.hmacKey, user, access.role, visible),
      role: access.role,
      teamSize: access.members.length,
    };
  });

  app.post('/api/teams/:teamId/pulses', async (request, reply) => {
    const user = requireUser(request);
    const teamId = normaliseTeamId(teamParamsSchema.parse(request.params).teamId);
    const body = withDefaults(createPulseSchema.parse(request.body), translatorFor(request));
    const access = await requireOwner(deps.membership, user, { kind: 'team', id: teamId });
    const run = async (trx: Transaction<Database>) => {
      await requirePulseQuota(trx, user.tenantId, teamId, now(), limits.pulsesPerTeamPerDay);
      const created = await createPulse(trx, hub, user, teamId, access, body, now());
      return { status: 201, result: created.id };
    };
    // A retried create with the same Idempotency-Key returns the first pulse instead of a second.
    const key = idempotencyKey(request.headers['idempotency-key']);
    const outcome = key
      ? await withIdempotency(
          db,
          deps.config.hmacKey,
          {
            key,
            scope: `pulse-create:${user.tenantId}:${teamId}:${user.userId}`,
            body: request.body,
            tenantId: user.tenantId,
          },
          run,
          201,
        )
      : await db.kysely.transaction().execute(run);
    const pulse = await findPulse(db.kysely, db, outcome.result ?? '');
    if (!pulse) throw pulseNotFound();
    const [summary] = await summarise(db.kysely, deps.config.hmacKey, user, 'owner', [pulse]);
    return reply.status(outcome.status).send({ pulse: summary });
  });

  app.get('/api/pulses/:id', async (request): Promise<PulseDetail> => {
    const user = requireUser(request);
    const { id } = idParamsSchema.parse(request.params);
    const { pulse, access } = await requirePulseAccess(deps, user, id);
    if (access.role !== 'owner' && !memberMaySee(pulse)) throw forbidden('server.pulse.notVisible');
    const [summary] = await summarise(db.kysely, deps.config.hmacKey, user, access.role, [pulse]);
    if (!summary) throw pulseNotFound();
    return { pulse: summary, items: edmondsonItems };
  });

  // Silent at info level: a request log line per answer would record who answered when.
  app.post('/api/pulses/:id/responses', { logLevel: 'error' }, async (request, reply) => {
    const user = requireUser(request);
    const { id } = idParamsSchema.parse(request.params);
    const body = submitResponseSchema.parse(request.body);
    await requirePulseAccess(deps, user, id);
    const confirmation = await submitResponse(db, deps.config.hmacKey, user, id, body, now());
    const message = render(confirmation.message, translatorFor(request));
    return reply.status(201).send({ ...confirmation, message });
  });

  /**
   * An owner action on a locked pulse row. `rewritesAnswers`: it deletes or rewrites answers, so
   * once it commits the old copies are made unreadable (see forgetAnswerArrivals).
   */
  const ownerAction = (
    path: string,
    act: (trx: Transaction<Database>, pulse: PulseWithSeries, teamSize: number) => Promise<void>,
    rewritesAnswers = false,
  ) =>
    app.post(`/api/pulses/:id/${path}`, async (request) => {
      const user = requireUser(request);
      const { id } = idParamsSchema.parse(request.params);
      const { pulse: seen } = await requirePulseAccess(deps, user, id);
      const access = await requireOwner(deps.membership, user, { kind: 'team', id: seen.team_id });
      await db.kysely.transaction().execute(async (trx) => {
        const pulse = await findPulse(trx, db, id, 'update');
        if (!pulse) throw pulseNotFound();
        await act(trx, pulse, access.members.length);
      });
      if (rewritesAnswers) await forgetAnswerArrivals(db, request.log, [id]);
      const pulse = await findPulse(db.kysely, db, id);
      if (!pulse) throw pulseNotFound();
      const [summary] = await summarise(db.kysely, deps.config.hmacKey, user, 'owner', [pulse]);
      return { pulse: summary };
    });

  ownerAction(
    'close',
    async (trx, pulse, teamSize) => {
      if (pulse.status !== 'open' && pulse.status !== 'scheduled') {
        throw conflict('server.pulse.alreadyStatus', { status: pulse.status });
      }
      await closePulse(trx, hub, pulse, teamSize, now());
    },
    true,
  );

  ownerAction(
    'cancel',
    async (trx, pulse) => {
      if (pulse.status !== 'open' && pulse.status !== 'scheduled') {
        throw conflict('server.pulse.cannotCancel', { status: pulse.status });
      }
      await cancelPulse(trx, hub, pulse);
    },
    true,
  );

  ownerAction('share', async (trx, pulse) => {
    if (pulse.status !== 'closed') {
      throw badRequest('server.pulse.shareBeforeClose');
    }
    // Counted responses, as the results count them: sharing a withheld pulse would show members nothing.
    if (!reachesThreshold(countedResponses(await loadResponses(trx, pulse.id)).length, pulse.k)) {
      throw badRequest('server.pulse.nothingToShare');
    }
    if (pulse.shared === 1) return;
    await trx.updateTable('pulses').set({ shared: 1 }).where('id', '=', pulse.id).execute();
    await publishPulseChanged(hub, trx, pulse);
  });

  // Stop sharing: members lose the results (and the pulse leaves their list) at once; idempotent.
  ownerAction('unshare', async (trx, pulse) => {
    if (pulse.shared !== 1) return;
    await trx.updateTable('pulses').set({ shared: 0 }).where('id', '=', pulse.id).execute();
    await publishPulseChanged(hub, trx, pulse);
  });

  // An owner sends a released pulse's team figures into the next retro of the team's meetings.
  app.post('/api/pulses/:id/retro-prompts', async (request): Promise<SentPrompts> => {
    const user = requireUser(request);
    const { id } = idParamsSchema.parse(request.params);
    const { pulse } = await requirePulseAccess(deps, user, id);
    await requireOwner(deps.membership, user, { kind: 'team', id: pulse.team_id });
    const prompt = await promptFor(db, pulse);
    const chats = await teamMeetingChats(db.kysely, pulse.tenant_id, pulse.team_id);
    if (chats.length === 0) throw conflict('prompts.error.noMeetings');
    const sentAt = now();
    await sendPrompts(db.kysely, pulse, prompt, chats, user.userId, sentAt);
    return { meetings: chats.length, sentAt: sentAt.toISOString() };
  });

  app.get('/api/pulses/:id/results', async (request): Promise<ResultsResponse> => {
    const user = requireUser(request);
    const { id } = idParamsSchema.parse(request.params);
    const { pulse, access } = await requirePulseAccess(deps, user, id);
    return resultsFor(db.kysely, pulse, access.role, translatorFor(request));
  });
}

function idempotencyKey(raw: string | string[] | undefined): string | null {
  if (raw === undefined) return null;
  const key = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  if (!/^[\w.:-]{1,200}$/.test(key)) {
    throw badRequest('server.error.idempotencyKeyMalformed');
  }
  return key;
}
