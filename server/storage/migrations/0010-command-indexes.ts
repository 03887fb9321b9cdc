import { sql, type Kysely } from 'kysely';

/**
 * A retro command touches only what it changes (issue #13), so its look-ups must not scan a board:
 * the next card or group position is the last entry of (retro_id, position), and whether a group
 * still holds a card is a look-up by group_id. Every index is a page written with each new card,
 * so (retro_id, position) replaces the index on retro_id alone, and the group_id index leaves out
 * loose cards, which every new card is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('retro_cards_position')
    .on('retro_cards')
    .columns(['retro_id', 'position'])
    .execute();
  await db.schema
    .createIndex('retro_groups_position')
    .on('retro_groups')
    .columns(['retro_id', 'position'])
    .execute();
  await db.schema.dropIndex('retro_cards_retro').execute();
  await db.schema
    .createIndex('retro_cards_group')
    .on('retro_cards')
    .column('group_id')
    .where(sql.ref('group_id'), 'is not', null)
    .execute();
}
