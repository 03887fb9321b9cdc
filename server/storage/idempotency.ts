import { createHash, createHmac } from 'node:crypto';
import type { Transaction } from 'kysely';
import { HttpError, msg } from '../http-errors.js';
import type { Db } from './db.js';
import type { Database } from './schema.js';

/**
 * What a write keeps so a retry gets a correct answer: its status and, at most, the id of what it
 * created. Never a reply body: a route rebuilds the caller's reply from the current state on replay,
 * so nothing stored names a person next to their own anonymous card, vote or answer.
 */
export type IdempotentOutcome = {
  status: number;
  /** A small, non-personal value the route needs to rebuild its reply, such as a created id. */
  result?: string | null;
};

export type IdempotencyRequest = {
  /** The client's `Idempotency-Key`. Stored only inside a keyed hash. */
  key: string;
  /** Whose key and for which route. Stored only inside the same keyed hash. */
  scope: string;
  /** The request body: a key reused with another body is refused, not answered with the first. */
  body: unknown;
  /** The tenant (not a person), so deleting a tenant's data finds its rows. */
  tenantId: string;
};

/** How long a stored outcome answers retries. */
export const idempotencyTtlMs = 24 * 60 * 60 * 1000;
/** A result longer than this is a programming error: the row must stay small whatever the board. */
export const maxResultLength = 200;
const sweepEveryMs = 10 * 60 * 1000;
const lastSweep = new WeakMap<Db, number>();

/**
 * The row's primary key: HMAC(server key, scope, key). Without the client's random key nobody,
 * not even an operator with `CANDOR_HMAC_KEY`, can tell whose row it is.
 */
export function idempotencyRowKey(hmacKey: string, id: Pick<IdempotencyRequest, 'key' | 'scope'>) {
  return createHmac('sha256', hmacKey)
    .update(`idempotency\n${id.scope}\n${id.key}`)
    .digest('base64url');
}

/**
 * SHA-256 of the client's key and the body, cut to 128 bits (it tells bodies apart; it guards no
 * secret). The random key salts it, so a stored fingerprint cannot be matched against guessed
 * card texts.
 */
export function bodyFingerprint(key: string, body: unknown): string {
  return createHash('sha256')
    .update(`${key}\n${JSON.stringify(body ?? null)}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

export const idempotencyKeyReused = () =>
  new HttpError(422, 'idempotency_key_reused', msg('server.error.idempotencyKeyReused'));

/**
 * Runs `run` once per key: a retry gets the stored outcome back (`replayed: true`) and does not run.
 * The key row is inserted first, in the same transaction as the work, so a concurrent duplicate
 * waits on the primary key until the first commits, then reads its outcome. If `run` throws,
 * nothing is stored and a retry runs again. A key reused with a different body is refused (422).
 */
export async function withIdempotency(
  db: Db,
  hmacKey: string,
  request: IdempotencyRequest,
  run: (trx: Transaction<Database>) => Promise<IdempotentOutcome>,
  /** The status a success answers; stored with the claim, so a plain success writes the row once. */
  successStatus = 200,
): Promise<{ status: number; result: string | null; replayed: boolean }> {
  if (!request.key || !request.scope) {
    throw new Error('withIdempotency needs a non-empty key and scope.');
  }
  sweepOccasionally(db);
  const key = idempotencyRowKey(hmacKey, request);
  const fingerprint = bodyFingerprint(request.key, request.body);
  // A stored row can vanish between the conflict and the read (expiry); then try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await db.kysely.transaction().execute(async (trx) => {
      const now = new Date();
      const expired = new Date(now.getTime() - idempotencyTtlMs).toISOString();
      // One statement claims the key: a new row, or one whose day has passed (taken over).
      const claimed = await trx
        .insertInto('idempotency_keys')
        .values({
          key,
          tenant_id: request.tenantId,
          fingerprint,
          status: successStatus,
          result: null,
          created_at: now.toISOString(),
        })
        .onConflict((oc) =>
          oc
            .column('key')
            .doUpdateSet((eb) => ({
              tenant_id: eb.ref('excluded.tenant_id'),
              fingerprint: eb.ref('excluded.fingerprint'),
              status: eb.ref('excluded.status'),
              result: null,
              created_at: eb.ref('excluded.created_at'),
            }))
            .where('idempotency_keys.created_at', '<', expired),
        )
        .returning('key')
        .executeTakeFirst();
      if (claimed) {
        const done = await run(trx);
        const result = done.result ?? null;
        if (result !== null && result.length > maxResultLength) {
          throw new Error(`An idempotent result must stay under ${maxResultLength} characters.`);
        }
        // Rewriting the row leaves a dead tuple on PostgreSQL: only when there is something to add.
        if (done.status !== successStatus || result !== null) {
          await trx
            .updateTable('idempotency_keys')
            .set({ status: done.status, result })
            .where('key', '=', key)
            .execute();
        }
        return { status: done.status, result, replayed: false };
      }
      const stored = await trx
        .selectFrom('idempotency_keys')
        .select(['status', 'result', 'fingerprint'])
        .where('key', '=', key)
        .executeTakeFirst();
      if (!stored) return null;
      if (stored.fingerprint !== fingerprint) throw idempotencyKeyReused();
      return { status: stored.status, result: stored.result, replayed: true };
    });
    if (outcome) return outcome;
  }
  throw new Error('The idempotency key kept expiring while it was read. Retry the request.');
}

/** Deletes expired keys now and then; no scheduler is needed for that. */
function sweepOccasionally(db: Db): void {
  const now = Date.now();
  if (now - (lastSweep.get(db) ?? 0) < sweepEveryMs) return;
  lastSweep.set(db, now);
  const cutoff = new Date(now - idempotencyTtlMs).toISOString();
  db.kysely
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', cutoff)
    .execute()
    .catch(() => lastSweep.delete(db)); // Try again on a later write.
}
