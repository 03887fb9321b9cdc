import type { Kysely } from 'kysely';

/**
 * Team trends. A retro may belong to a team (started from a channel meeting), an owner may link a
 * meeting chat to the team so its retros count in the team's health, and an action item records
 * when its status last changed, so "done within the due date" can be told from "done late".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('retros').addColumn('team_id', 'text').execute();
  await db.schema
    .createIndex('retros_team')
    .on('retros')
    .columns(['tenant_id', 'team_id', 'created_at'])
    .execute();

  await db.schema.alterTable('retro_actions').addColumn('status_changed_at', 'text').execute();

  await db.schema
    .createTable('team_meeting_links')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('linked_by', 'text', (c) => c.notNull())
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('team_meeting_links_pk', ['tenant_id', 'team_id', 'chat_id'])
    .execute();

  // Trends read closed pulses of one team in closing order.
  await db.schema
    .createIndex('pulses_team_closed')
    .on('pulses')
    .columns(['tenant_id', 'team_id', 'closed_at'])
    .execute();
}
