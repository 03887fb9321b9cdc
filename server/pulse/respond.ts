import { randomUUID } from 'node:crypto';
import type { SubmitResponse } from '../../shared/pulse/api.js';
import { minAnsweredItems } from '../../shared/pulse/items.js';
import { answeredCount } from '../../shared/pulse/scoring.js';
import type { AuthUser } from '../auth/types.js';
import { badRequest, forbidden, HttpError } from '../http-errors.js';
import type { Db } from '../storage/db.js';
import { pulseNotFound, receiptFor } from './access.js';
import { findPulse, responseValues } from './queries.js';

export const alreadyAnsweredMessage =
  "You've already answered this pulse — thank you. Each person answers once so results stay anonymous.";

/** What a submission returns: a confirmation, never the answers. */
export type SubmitConfirmation = { received: true; message: string };

export const submitConfirmation: SubmitConfirmation = {
  received: true,
  message:
    "Your answer is in. It's anonymous: it is stored without your name or the time, and results show only as team totals once enough people answer.",
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
    throw badRequest(
      `Please answer at least ${minAnsweredItems} of the 7 statements so your answer can count — ${more} more to go. You can skip the rest.`,
    );
  }
  return db.kysely.transaction().execute(async (trx) => {
    const pulse = await findPulse(trx, db, pulseId, 'share');
    if (!pulse || pulse.tenant_id !== user.tenantId) throw pulseNotFound();
    const iso = now.toISOString();
    if (pulse.status !== 'open' || iso < pulse.opens_at || iso >= pulse.closes_at) {
      throw forbidden(
        pulse.status === 'scheduled' || iso < pulse.opens_at
          ? 'This pulse is not open yet. You can answer once it opens; Teams will notify you.'
          : 'This pulse is closed, so it no longer takes answers. Watch for the next one in the team channel.',
      );
    }
    const receipt = receiptFor(hmacKey, pulse.tenant_id, pulse.id, user.userId);
    const claimed = await trx
      .insertInto('pulse_receipts')
      .values({ receipt, pulse_id: pulse.id })
      .onConflict((oc) => oc.column('receipt').doNothing())
      .returning('receipt')
      .executeTakeFirst();
    if (!claimed) throw new HttpError(409, 'conflict', alreadyAnsweredMessage);
    const comment = pulse.open_question === null ? null : body.comment || null;
    await trx
      .insertInto('pulse_responses')
      .values({ pulse_id: pulse.id, id: randomUUID(), ...responseValues(body.answers, comment) })
      .execute();
    return submitConfirmation;
  });
}
