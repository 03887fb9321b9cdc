import type { Kysely } from 'kysely';

/**
 * The Teams bot (#16). `bot_conversations` holds the conversation references Teams gives the bot
 * at install (where to post, and through which Bot Connector). `bot_posts` is the outbox of retro
 * summaries: one row per ended retro, so the card goes out once whichever instance claims it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('bot_conversations')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('service_url', 'text', (c) => c.notNull())
    .addColumn('conversation_type', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text')
    .addColumn('aad_group_id', 'text')
    .addColumn('installed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('bot_conversations_pk', ['tenant_id', 'conversation_id'])
    .execute();
  await db.schema
    .createIndex('bot_conversations_group')
    .on('bot_conversations')
    .columns(['tenant_id', 'aad_group_id'])
    .execute();
  await db.schema
    .createTable('bot_posts')
    .addColumn('retro_id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('activity_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
