import type { Kysely } from 'kysely';

/** Retros and everything in them. Portable types only: text and integer (booleans are 0/1). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retros')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    // Unique allows many NULLs on both dialects, so ended retros never collide.
    .addColumn('active_key', 'text', (c) => c.unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('columns', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revealed', 'integer', (c) => c.notNull())
    .addColumn('facilitator_id', 'text', (c) => c.notNull())
    .addColumn('facilitator_name', 'text', (c) => c.notNull())
    .addColumn('focus_group_id', 'text')
    .addColumn('timer_ends_at', 'text')
    .addColumn('timer_seconds', 'integer')
    .addColumn('rev', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('retros_chat')
    .on('retros')
    .columns(['tenant_id', 'chat_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('retro_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('retro_groups_retro').on('retro_groups').column('retro_id').execute();

  await db.schema
    .createTable('retro_cards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id'))
    .addColumn('column_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_hash', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('author_name', 'text')
    .addColumn('group_id', 'text', (c) => c.references('retro_groups.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('retro_cards_retro').on('retro_cards').column('retro_id').execute();

  await db.schema
    .createTable('retro_votes')
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('retro_groups.id'))
    .addColumn('voter_hash', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('retro_votes_pk', ['retro_id', 'group_id', 'voter_hash'])
    .execute();

  await db.schema
    .createTable('retro_answers')
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('person_hash', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('retro_answers_pk', ['retro_id', 'kind', 'person_hash'])
    .execute();

  await db.schema
    .createTable('retro_marks')
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('person_hash', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('retro_marks_pk', ['retro_id', 'kind', 'person_hash'])
    .execute();

  await db.schema
    .createTable('retro_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('retro_groups.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('retro_notes_retro').on('retro_notes').column('retro_id').execute();

  await db.schema
    .createTable('retro_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('retro_id', 'text', (c) => c.notNull().references('retros.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('owner_name', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.references('retro_groups.id'))
    .addColumn('reviewed_in', 'text', (c) => c.references('retros.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('retro_actions_retro')
    .on('retro_actions')
    .column('retro_id')
    .execute();
}
