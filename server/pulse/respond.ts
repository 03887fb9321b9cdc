import { randomUUID } from 'node:crypto';
import type { SubmitResponse } from '../../shared/pulse/api.js';
import { minAnsweredItems } from '../../shared/pulse/items.js';
import { answeredCount } from '../../shared/pulse/scoring.js';
import type { AuthUser } from '../auth/types.js';
import { badRequest, conflict, forbidden, msg } from '../http-errors.js';
import type { Message } from '../i18n.js';
import type { Db } from '../storage/db.js';
import { pulseNotFound, receiptFor } from './access.js';
import { findPulse, responseValues } from './queries.js';

/** What a submission returns: a confirmation, never the answers. */
export type SubmitConfirmation = { received: true; message: Message };

export const submitConfirmation: SubmitConfirmation = {
  received: true,
  message: msg('server.pulse.received'),
};

/**
 * Stores one anonymous response and the caller's receipt in one transaction. The receipt's
 * primary key refuses a second answer (409). The pulse row is share-locked, so a close cannot
 * rewrite the responses underneath. Nothing here is logged or published: no live counts.
 */
export async function submitResponse(
  db: Db,
  hmacKey: string,
  user: AuthUser,
  pulseId: string,
  body: SubmitResponse,
  now: Date,
): Promise<SubmitConfirmation> {
  const answered = answeredCount(body.answers);
  if (answered < minAnsweredItems) {
    const more = minAnsweredItems - answered;
    throw badRequest('server.pulse.tooFewAnswers', { min: minAnsweredItems, more });
  }
  return db.kysely.transaction().execute(async (trx) => {
    const pulse = await findPulse(trx, db, pulseId, 'share');
    if (!pulse || pulse.tenant_id !== user.tenantId) throw pulseNotFound();
    const iso = now.toISOString();
    if (pulse.status !== 'open' || iso < pulse.opens_at || iso >= pulse.closes_at) {
      throw forbidden(
        pulse.status === 'scheduled' || iso < pulse.opens_at
          ? 'server.pulse.notOpenYet'
          : 'server.pulse.closed',
      );
    }
    const receipt = receiptFor(hmacKey, pulse.tenant_id, pulse.id, user.userId);
    const claimed = await trx
      .insertInto('pulse_receipts')
      .values({ receipt, pulse_id: pulse.id })
      .onConflict((oc) => oc.column('receipt').doNothing())
      .returning('receipt')
      .executeTakeFirst();
    if (!claimed) throw conflict('server.pulse.alreadyAnswered');
    const comment = pulse.open_question === null ? null : body.comment || null;
    await trx
      .insertInto('pulse_responses')
      .values({ pulse_id: pulse.id, id: randomUUID(), ...responseValues(body.answers, comment) })
      .execute();
    return submitConfirmation;
  });
}
