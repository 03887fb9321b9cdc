import type { Kysely } from 'kysely';

/**
 * A richer start (#16). Saved custom formats (#16): a name and its columns, kept for a team (`scope_kind` `team`) or a
 * meeting series (`chat`) of one tenant. Names are unique per scope, compared case-insensitively
 * (`name_key`). Who saved a format is stored: saving a format is not an anonymous act.
 *
 * The check-in question of a retro (`retro_checkin`, JSON: a library id or the facilitator's own
 * words) and its answers (`retro_checkin_answers`), each under the answerer's per-retro keyed hash
 * like cards and safety answers: no user id, no time, one answer per person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('saved_formats')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('scope_kind', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('columns', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('saved_formats_name')
    .on('saved_formats')
    .columns(['tenant_id', 'scope_kind', 'scope_id', 'name_key'])
    .unique()
    .execute();
  await db.schema
    .createTable('retro_checkin')
    .addColumn('retro_id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('shown', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('retro_checkin_answers')
    .addColumn('retro_id', 'text', (c) => c.notNull())
    .addColumn('person_hash', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('retro_checkin_answers_pk', ['retro_id', 'person_hash'])
    .execute();
}
