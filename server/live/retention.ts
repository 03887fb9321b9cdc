import { sql } from 'kysely';
import type { Db } from '../storage/db.js';

/** How long live events stay for replay: a panel that reconnects within a day misses nothing. */
export const eventRetentionMs = 24 * 60 * 60 * 1000;
/** How often one instance prunes; no scheduler is needed, publishing triggers it. */
export const pruneEveryMs = 10 * 60 * 1000;
/** Rows deleted per statement, so a prune never holds the database for long. */
const batchSize = 5000;
/** Batches per run; a backlog larger than this is finished by later runs. */
const maxBatches = 20;
/** The advisory lock that keeps instances from pruning the same rows at once (any constant will do). */
const pruneLockId = 7_411_909;

/**
 * Deletes live events written before `before`, except each room's latest one, and returns how many
 * went. Sequence numbers come from `rooms.last_seq`, never from the events, so numbering goes on
 * unchanged; a client that asks for pruned events gets a reset (see room-feed.ts). On PostgreSQL
 * only one instance prunes at a time; the others skip, so several instances never contend.
 */
export async function pruneEvents(db: Db, before: Date): Promise<number> {
  const cutoff = before.toISOString();
  let deleted = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const count = await db.kysely.transaction().execute(async (trx) => {
      if (db.dialect === 'postgres') {
        const { rows } = await sql<{
          locked: boolean;
        }>`select pg_try_advisory_xact_lock(${pruneLockId}) as locked`.execute(trx);
        if (!rows[0]?.locked) return null; // Another instance is pruning right now.
      }
      const result = await trx
        .deleteFrom('events')
        .where(({ eb, refTuple, selectFrom }) =>
          eb(
            refTuple('room', 'seq'),
            'in',
            selectFrom('events as old')
              .innerJoin('rooms', 'rooms.room', 'old.room')
              .select(['old.room', 'old.seq'])
              .where('old.at', '<', cutoff)
              .whereRef('old.seq', '<', 'rooms.last_seq')
              .limit(batchSize)
              .$asTuple('room', 'seq'),
          ),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    });
    if (count === null) break;
    deleted += count;
    if (count < batchSize) break;
  }
  return deleted;
}

export type EventPruner = {
  /** Starts a prune in the background when the last one is `everyMs` old; never throws. */
  maybePrune(): void;
  /** Waits for a running prune, so the database can close under it. */
  idle(): Promise<void>;
};

export function createEventPruner(
  db: Db,
  options: {
    retentionMs?: number;
    everyMs?: number;
    onError: (error: unknown) => void;
    now?: () => number;
  },
): EventPruner {
  const retentionMs = options.retentionMs ?? eventRetentionMs;
  const everyMs = options.everyMs ?? pruneEveryMs;
  const now = options.now ?? Date.now;
  let last = -Infinity;
  let running: Promise<void> | null = null;
  return {
    maybePrune() {
      const at = now();
      if (running || at - last < everyMs) return;
      last = at;
      running = pruneEvents(db, new Date(at - retentionMs))
        .then(
          () => undefined,
          (error: unknown) => {
            last = -Infinity; // Try again on a later publish.
            options.onError(error);
          },
        )
        .finally(() => (running = null));
    },
    async idle() {
      await running;
    },
  };
}
