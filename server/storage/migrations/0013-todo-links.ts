import type { Kysely } from 'kysely';

/**
 * Action items in their owners' Microsoft To Do (#16). One row per action the owner added: the To Do
 * list and task ids Graph gave the owner's client, so that client can read the task back on the next
 * retro's review. `retro_id` is the action's retro, so a tenant's deletion finds the rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retro_todo_links')
    .addColumn('action_id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('list_id', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('retro_todo_links_retro')
    .on('retro_todo_links')
    .column('retro_id')
    .execute();
}
