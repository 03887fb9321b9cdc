import type { Kysely } from 'kysely';

/**
 * Live events are kept for replay only for a while (server/live/retention.ts). Pruning looks
 * them up by age, so index `at`; without it each prune would scan the whole table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('events_at').on('events').column('at').execute();
}
