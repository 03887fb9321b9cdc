import type { Kysely } from 'kysely';

/**
 * Pulse figures sent by a team owner as discussion prompts into the next retro of the team's
 * meetings (#16). `prompt` is team-level JSON (shared/retro/api.ts `pulsePromptSchema`): the
 * released score, the lowest released statements and the change, never anything below k. A retro
 * shows the latest prompt sent to its meeting chat after the previous retro there was created.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retro_pulse_prompts')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('pulse_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('retro_pulse_prompts_pk', ['tenant_id', 'chat_id', 'pulse_id'])
    .execute();
  await db.schema
    .createIndex('retro_pulse_prompts_chat')
    .on('retro_pulse_prompts')
    .columns(['tenant_id', 'chat_id', 'sent_at'])
    .execute();
}
