import type { CatalogueLanguage } from '../../shared/i18n/locales.js';
import type { Q } from '../retro/queries.js';

/**
 * Puts an ended retro's summary into the outbox, in the command's transaction, so it is recorded
 * exactly when the retro ends. The retro id is the key: ending twice cannot post twice.
 * `post: false` (the facilitator turned the post off) keeps a `skipped` row, for the record.
 */
export async function enqueueSummaryPost(
  q: Q,
  retro: { id: string; tenant_id: string },
  language: CatalogueLanguage,
  post: boolean,
  now: Date,
): Promise<void> {
  await q
    .insertInto('bot_posts')
    .values({
      retro_id: retro.id,
      tenant_id: retro.tenant_id,
      language,
      status: post ? 'pending' : 'skipped',
      attempts: 0,
      lease_until: null,
      activity_id: null,
      last_error: null,
      updated_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('retro_id').doNothing())
    .execute();
}

/**
 * Claims a pending post (or one whose claimer went quiet past its lease) with a conditional
 * update: of several instances trying at once, exactly one changes the row and may post.
 */
export async function claimPost(
  q: Q,
  retroId: string,
  now: Date,
  leaseMs: number,
): Promise<{ language: string } | null> {
  const at = now.toISOString();
  const result = await q
    .updateTable('bot_posts')
    .set((eb) => ({
      status: 'sending',
      lease_until: new Date(now.getTime() + leaseMs).toISOString(),
      attempts: eb('attempts', '+', 1),
      updated_at: at,
    }))
    .where('retro_id', '=', retroId)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'pending'),
        eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', at)]),
      ]),
    )
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  const row = await q
    .selectFrom('bot_posts')
    .select('language')
    .where('retro_id', '=', retroId)
    .executeTakeFirstOrThrow();
  return row;
}

/** Records how a claimed post ended. */
export async function finishPost(
  q: Q,
  retroId: string,
  outcome: { status: 'sent'; activityId: string } | { status: 'failed'; error: string },
  now: Date,
): Promise<void> {
  await q
    .updateTable('bot_posts')
    .set({
      status: outcome.status,
      lease_until: null,
      activity_id: outcome.status === 'sent' ? outcome.activityId : null,
      last_error: outcome.status === 'failed' ? outcome.error.slice(0, 500) : null,
      updated_at: now.toISOString(),
    })
    .where('retro_id', '=', retroId)
    .where('status', '=', 'sending')
    .execute();
}

/** Posts waiting for an instance: never claimed, or claimed by one that stopped. */
export async function duePosts(q: Q, now: Date, limit = 20): Promise<string[]> {
  const at = now.toISOString();
  const rows = await q
    .selectFrom('bot_posts')
    .select('retro_id')
    .where((eb) =>
      eb.or([
        eb('status', '=', 'pending'),
        eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', at)]),
      ]),
    )
    .limit(limit)
    .execute();
  return rows.map((r) => r.retro_id);
}
