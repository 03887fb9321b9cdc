import { sql, type Kysely } from 'kysely';

/**
 * Anonymity at rest for retros.
 *
 * 1. Stored command replies named the caller beside their own anonymous cards and answers. The
 *    table is replaced by one that keeps only a keyed hash of (scope, key), a salted fingerprint
 *    of the body, the status and at most a created id; routes rebuild replies on replay. The old
 *    rows are dropped, not converted: they are what must not be kept.
 * 2. A card keeps no creation time (only its position): an exact time beside a request log's
 *    line (an IP address, a time) would name the author of an anonymous card.
 * 3. The facilitator's id and name move out of `retros` into `retro_facilitators`. Every command
 *    bumps the retro's `rev`, so the page holding the retro row is written in the same
 *    transaction (and WAL frames) as an anonymous card, vote or answer; that page now names no one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').execute();
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('idempotency_keys_created_at')
    .on('idempotency_keys')
    .column('created_at')
    .execute();

  await db.schema
    .createTable('retro_facilitators')
    .addColumn('retro_id', 'text', (c) => c.primaryKey().references('retros.id'))
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('facilitator_id', 'text', (c) => c.notNull())
    .addColumn('facilitator_name', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into retro_facilitators (retro_id, tenant_id, facilitator_id, facilitator_name)
    select id, tenant_id, facilitator_id, facilitator_name from retros`.execute(db);
  // An owner linking a meeting to a team picks from the meeting chats where they ran retros.
  await db.schema
    .createIndex('retro_facilitators_person')
    .on('retro_facilitators')
    .columns(['tenant_id', 'facilitator_id'])
    .execute();
  await db.schema.alterTable('retro_cards').dropColumn('created_at').execute();
  await db.schema.dropIndex('retros_facilitator').execute();
  await db.schema.alterTable('retros').dropColumn('facilitator_id').execute();
  await db.schema.alterTable('retros').dropColumn('facilitator_name').execute();
}
