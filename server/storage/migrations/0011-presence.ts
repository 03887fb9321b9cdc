import type { Kysely } from 'kysely';

/**
 * Presence that every panel agrees on (#14). `retro_presence` holds the counts last published in
 * a retro's `presence` op: a read that finds other counts publishes them, so every instance
 * compares with the same numbers. `retro_setting_up` holds who has the start form open in a
 * meeting chat, until when: a user id (the name is resolved from the chat's members at read).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retro_presence')
    .addColumn('retro_id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('ready', 'integer', (c) => c.notNull())
    .addColumn('participants', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('retro_setting_up')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('until', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('retro_setting_up_pk', ['tenant_id', 'chat_id', 'user_id'])
    .execute();
}
