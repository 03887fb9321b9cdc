import type { Transaction } from 'kysely';
import type { Db } from './db.js';
import type { Database } from './schema.js';

/** A write's response, stored so a retry with the same key gets it back. `body` must survive JSON. */
export type IdempotentResponse<T> = { status: number; body: T };

export type IdempotencyKey = {
  /** The client's `Idempotency-Key`. */
  key: string;
  /** Whose key and for which route, so two users or routes never share a response. */
  scope: string;
};

/** How long a stored response answers retries. */
export const idempotencyTtlMs = 24 * 60 * 60 * 1000;
const sweepEveryMs = 10 * 60 * 1000;
const lastSweep = new WeakMap<Db, number>();

/**
 * Runs `run` once per key: a retry returns the stored response (`replayed: true`) and does not run.
 * The key row is inserted first, in the same transaction as the work, so a concurrent duplicate
 * waits on the primary key until the first commits, then reads its response. If `run` throws,
 * nothing is stored and a retry runs again.
 */
export async function withIdempotency<T>(
  db: Db,
  id: IdempotencyKey,
  run: (trx: Transaction<Database>) => Promise<IdempotentResponse<T>>,
): Promise<IdempotentResponse<T> & { replayed: boolean }> {
  if (!id.key || !id.scope) throw new Error('withIdempotency needs a non-empty key and scope.');
  sweepOccasionally(db);
  // A stored row can vanish between the conflict and the read (expiry); then try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await db.kysely.transaction().execute(async (trx) => {
      const now = new Date();
      const expired = new Date(now.getTime() - idempotencyTtlMs).toISOString();
      await trx
        .deleteFrom('idempotency_keys')
        .where('key', '=', id.key)
        .where('scope', '=', id.scope)
        .where('created_at', '<', expired)
        .execute();
      const claimed = await trx
        .insertInto('idempotency_keys')
        .values({ ...id, status: 0, response: 'null', created_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['key', 'scope']).doNothing())
        .returning('key')
        .executeTakeFirst();
      if (claimed) {
        const response = await run(trx);
        await trx
          .updateTable('idempotency_keys')
          .set({ status: response.status, response: JSON.stringify(response.body ?? null) })
          .where('key', '=', id.key)
          .where('scope', '=', id.scope)
          .execute();
        return { ...response, replayed: false };
      }
      const stored = await trx
        .selectFrom('idempotency_keys')
        .select(['status', 'response'])
        .where('key', '=', id.key)
        .where('scope', '=', id.scope)
        .executeTakeFirst();
      if (!stored) return null;
      return { status: stored.status, body: JSON.parse(stored.response) as T, replayed: true };
    });
    if (result) return result;
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
