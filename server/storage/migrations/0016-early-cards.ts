import type { Kysely } from 'kysely';

/**
 * Cards before the meeting (#16): a retro opened early may remind its meeting chat once, a chosen
 * time before the meeting. No person is named: the row is the retro's, the recipient the chat.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retro_reminders')
    .addColumn('retro_id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('meeting_start', 'text', (c) => c.notNull())
    .addColumn('remind_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lease_until', 'text')
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('retro_reminders_due')
    .on('retro_reminders')
    .columns(['status', 'remind_at'])
    .execute();
}
