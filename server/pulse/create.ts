import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { CreatePulse } from '../../shared/pulse/api.js';
import type { Translate } from '../i18n.js';
import type { Access } from '../access.js';
import type { AuthUser } from '../auth/types.js';
import { badRequest, rateLimited } from '../http-errors.js';
import { waitValues } from '../limits/limits.js';
import type { LiveHub } from '../live/hub.js';
import type { Database } from '../storage/schema.js';
import { publishPulseChanged } from './access.js';
import { insertInstance } from './lifecycle.js';
import type { PulseRow } from './queries.js';
import { shortestPeriodDays } from './recurrence.js';

const dayMs = 24 * 60 * 60 * 1000;

/** The checks zod cannot make: they need the clock or Graph's team size. Throws 400 with a sentence. */
export function validateCreate(body: CreatePulse, teamSize: number, now: Date): void {
  const opensAt = new Date(body.opensAt);
  const closesAt = new Date(body.closesAt);
  if (closesAt <= now) {
    throw badRequest('server.pulse.closingPassed');
  }
  if (body.k > teamSize) {
    throw badRequest('server.pulse.kTooHigh', { k: body.k, teamSize });
  }
  if (body.recurrence !== 'none') {
    const days = shortestPeriodDays[body.recurrence];
    if (closesAt.getTime() - opensAt.getTime() > days * dayMs) {
      throw badRequest('server.pulse.closesTooLate', { recurrence: body.recurrence, days });
    }
  }
}

/**
 * Refuses a new pulse when the team has created `perDay` in the last 24 hours, with 429 and when
 * to try again. Counts rows, so it holds across instances; the activity feed of every member is
 * what it protects (each pulse notifies the whole team).
 */
export async function requirePulseQuota(
  trx: Transaction<Database>,
  tenantId: string,
  teamId: string,
  now: Date,
  perDay: number,
): Promise<void> {
  const since = new Date(now.getTime() - dayMs).toISOString();
  const recent = await trx
    .selectFrom('pulse_series')
    .select('created_at')
    .where('tenant_id', '=', tenantId)
    .where('team_id', '=', teamId)
    .where('created_at', '>', since)
    .orderBy('created_at', 'desc')
    .limit(perDay)
    .execute();
  if (recent.length < perDay) return;
  // The oldest of the last `perDay` leaves the window first.
  const oldest = recent[recent.length - 1]!.created_at;
  const waitSeconds = (Date.parse(oldest) + dayMs - now.getTime()) / 1000;
  throw rateLimited(
    'server.pulse.tooManyPulses',
    { perDay, ...waitValues(waitSeconds) },
    waitSeconds,
  );
}

/** A pulse to create: the title and the open question settled. */
export type PulseToCreate = CreatePulse & { title: string; openQuestion: string | null };

/**
 * Fills a left-out title and open question with the defaults in the creator's language. They are
 * stored as written, like words the owner typed: every reader sees the same question.
 */
export function withDefaults(body: CreatePulse, t: Translate): PulseToCreate {
  return {
    ...body,
    title: body.title ?? t('pulse.default.title'),
    openQuestion:
      body.openQuestion === undefined ? t('pulse.default.openQuestion') : body.openQuestion,
  };
}

/** Creates the series and its first instance, and tells the team's tabs. */
export async function createPulse(
  trx: Transaction<Database>,
  hub: LiveHub,
  user: AuthUser,
  teamId: string,
  access: Access,
  body: PulseToCreate,
  now: Date,
): Promise<PulseRow> {
  validateCreate(body, access.members.length, now);
  const opensAt = new Date(body.opensAt);
  const closesAt = new Date(body.closesAt);
  const series = {
    id: randomUUID(),
    tenant_id: user.tenantId,
    team_id: teamId,
    title: body.title,
    recurrence: body.recurrence,
    first_opens_at: opensAt.toISOString(),
    first_closes_at: closesAt.toISOString(),
    k: body.k,
    open_question: body.openQuestion,
    status: 'active',
    created_by: user.userId,
    created_at: now.toISOString(),
  };
  await trx.insertInto('pulse_series').values(series).execute();
  const pulse = await insertInstance(
    trx,
    { ...series, series_id: series.id },
    { opensAt, closesAt },
    now,
  );
  if (!pulse) throw new Error('Unreachable: a new series has no instances yet.');
  await publishPulseChanged(hub, trx, pulse);
  return pulse;
}
