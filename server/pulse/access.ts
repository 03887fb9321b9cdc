import { createHmac } from 'node:crypto';
import type { Transaction } from 'kysely';
import { pulseEventNames } from '../../shared/pulse/api.js';
import { requireMember, type Access } from '../access.js';
import type { AppDeps } from '../app-deps.js';
import type { AuthUser } from '../auth/types.js';
import { notFound } from '../http-errors.js';
import type { LiveHub } from '../live/hub.js';
import type { Database } from '../storage/schema.js';
import { findPulse, type PulseWithSeries } from './queries.js';

export type PulseDeps = Pick<AppDeps, 'config' | 'db' | 'hub' | 'membership'>;

export const pulseNotFound = () => notFound('server.pulse.notFound');

/**
 * The pulse, if the caller may see it at all: same tenant (else 404, so ids of other
 * organisations reveal nothing) and a member of its team per Graph (else 403).
 */
export async function requirePulseAccess(
  deps: PulseDeps,
  user: AuthUser,
  pulseId: string,
): Promise<{ pulse: PulseWithSeries; access: Access }> {
  const pulse = await findPulse(deps.db.kysely, deps.db, pulseId);
  if (!pulse || pulse.tenant_id !== user.tenantId) throw pulseNotFound();
  const access = await requireMember(deps.membership, user, { kind: 'team', id: pulse.team_id });
  return { pulse, access };
}

/**
 * The receipt proving this person answered this pulse: HMAC-SHA256(key, tenant, pulse, user).
 * It is stored alone, so it says who answered but never what. Rotating CANDOR_HMAC_KEY makes
 * old receipts unrecognisable: people could then answer a still-open pulse a second time.
 */
export function receiptFor(key: string, tenantId: string, pulseId: string, userId: string): string {
  return createHmac('sha256', key)
    .update(`pulse-receipt:${tenantId.toLowerCase()}:${pulseId}:${userId.toLowerCase()}`)
    .digest('hex');
}

/** Team ids are GUIDs; Teams and Graph may differ in case, so store and compare them lower case. */
export const normaliseTeamId = (teamId: string): string => teamId.toLowerCase();

/**
 * Tells the team's tabs to refetch. Only lifecycle changes publish (create, open, close, cancel,
 * share), never a response: an event per answer would time it to a person.
 */
export async function publishPulseChanged(
  hub: LiveHub,
  trx: Transaction<Database>,
  pulse: { id: string; team_id: string },
): Promise<void> {
  await hub.publish(`team:${pulse.team_id}`, pulseEventNames.changed, { pulseId: pulse.id }, trx);
}
