import type { Kysely } from 'kysely';

/**
 * The activity-feed notification quota: one row per notification sent to a team, kept for the
 * hour the quota counts (the pulse scheduler prunes older rows). A table rather than an
 * in-memory counter so the quota holds across instances. The request rate limits stay in memory
 * (server/limits/rate-limits.ts): a database write on every read would cost more than it guards.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('team_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('team_notifications_team')
    .on('team_notifications')
    .columns(['tenant_id', 'team_id', 'sent_at'])
    .execute();
}
