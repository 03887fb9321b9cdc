import type { Kysely } from 'kysely';

/**
 * Saved custom formats (#16): a name and its columns, kept for a team (`scope_kind` `team`) or a
 * meeting series (`chat`) of one tenant. Names are unique per scope, compared case-insensitively
 * (`name_key`). Who saved a format is stored: saving a format is not an anonymous act.
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
}
