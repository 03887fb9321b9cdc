import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../storage/db.js';
import type { Database } from '../storage/schema.js';

type Q = Kysely<Database> | Transaction<Database>;

/** Rows of each table that belong to one tenant. */
export type TenantRows = Record<
  | 'retros'
  | 'retroRows'
  | 'pulseSeries'
  | 'pulses'
  | 'pulseRows'
  | 'meetingLinks'
  | 'pulsePrompts'
  | 'notifications'
  | 'liveEvents'
  | 'idempotencyKeys'
  | 'savedFormats'
  | 'botRows',
  number
>;

const retroChildren = [
  'retro_cards',
  'retro_groups',
  'retro_votes',
  'retro_answers',
  'retro_marks',
  'retro_notes',
  // Before the actions: a link names its action.
  'retro_todo_links',
  'retro_actions',
  'retro_facilitators',
  'retro_presence',
  'retro_checkin',
  'retro_checkin_answers',
  'retro_reminders',
] as const;
const pulseChildren = ['pulse_responses', 'pulse_receipts', 'pulse_summaries'] as const;

const num = (value: number | string | bigint | null | undefined) => Number(value ?? 0);

/** What a tenant owns, found from the tables that carry its id. */
async function tenantScope(q: Q, tenantId: string) {
  const retros = await q
    .selectFrom('retros')
    .select(['id', 'chat_id', 'team_id'])
    .where('tenant_id', '=', tenantId)
    .execute();
  const pulses = await q
    .selectFrom('pulses')
    .select(['id', 'team_id'])
    .where('tenant_id', '=', tenantId)
    .execute();
  const series = await q
    .selectFrom('pulse_series')
    .select(['id', 'team_id'])
    .where('tenant_id', '=', tenantId)
    .execute();
  const links = await q
    .selectFrom('team_meeting_links')
    .select(['team_id', 'chat_id'])
    .where('tenant_id', '=', tenantId)
    .execute();
  const teams = new Set<string>();
  for (const retro of retros) if (retro.team_id) teams.add(retro.team_id);
  for (const row of [...pulses, ...series, ...links]) teams.add(row.team_id);
  const chats = new Set([...retros.map((r) => r.chat_id), ...links.map((l) => l.chat_id)]);
  // Live-event rooms are named by the resource they carry (see server/live).
  const rooms = [
    ...retros.map((r) => `retro:${r.id}`),
    ...[...teams].map((id) => `team:${id}`),
    ...[...chats].map((id) => `chat:${id}`),
  ];
  return {
    retroIds: retros.map((r) => r.id),
    pulseIds: pulses.map((p) => p.id),
    seriesIds: series.map((s) => s.id),
    links: links.length,
    rooms,
  };
}

const chunked = <T>(items: readonly T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  );

async function countIn(
  q: Q,
  table: (typeof retroChildren)[number] | (typeof pulseChildren)[number],
  column: 'retro_id' | 'pulse_id',
  ids: readonly string[],
) {
  let total = 0;
  for (const part of chunked(ids)) {
    const row = await q
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(column, 'in', part)
      .executeTakeFirstOrThrow();
    total += num(row.n);
  }
  return total;
}

/** How many rows `deleteTenantData` would delete, without deleting anything. */
export async function countTenantData(db: Db, tenantId: string): Promise<TenantRows> {
  const q = db.kysely;
  const scope = await tenantScope(q, tenantId);
  let retroRows = 0;
  for (const table of retroChildren)
    retroRows += await countIn(q, table, 'retro_id', scope.retroIds);
  let pulseRows = 0;
  for (const table of pulseChildren)
    pulseRows += await countIn(q, table, 'pulse_id', scope.pulseIds);
  let liveEvents = 0;
  for (const part of chunked(scope.rooms)) {
    const row = await q
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('room', 'in', part)
      .executeTakeFirstOrThrow();
    liveEvents += num(row.n);
  }
  const keys = await q
    .selectFrom('idempotency_keys')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  const idempotencyKeys = num(keys.n);
  const prompts = await q
    .selectFrom('retro_pulse_prompts')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  const formats = await q
    .selectFrom('saved_formats')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  const sent = await q
    .selectFrom('team_notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  let botRows = 0;
  for (const table of ['bot_conversations', 'bot_posts'] as const) {
    const row = await q
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow();
    botRows += num(row.n);
  }
  return {
    retros: scope.retroIds.length,
    retroRows,
    pulseSeries: scope.seriesIds.length,
    pulses: scope.pulseIds.length,
    pulseRows,
    meetingLinks: scope.links,
    pulsePrompts: num(prompts.n),
    notifications: num(sent.n),
    liveEvents,
    idempotencyKeys,
    savedFormats: num(formats.n),
    botRows,
  };
}

/**
 * Deletes everything Candor stores for one tenant, in one transaction: retros with their cards,
 * groups, votes, answers, check-in answers, presence, notes and action items (and which To Do
 * task each owner added); pulse series and pulses with their responses, receipts and summaries;
 * meeting links and the pulse prompts sent to them; saved formats; the live-event history of the
 * tenant's retros, teams and meeting chats; the idempotency records that name it; and the bot's
 * conversation references and summary outbox. Returns what it deleted.
 * Run it once the app is removed from the tenant (or the tenant left out of ENTRA_ALLOWED_TENANTS),
 * so nobody writes new rows meanwhile.
 */
export async function deleteTenantData(db: Db, tenantId: string): Promise<TenantRows> {
  const counts = await countTenantData(db, tenantId);
  await db.kysely.transaction().execute(async (trx) => {
    const scope = await tenantScope(trx, tenantId);
    for (const part of chunked(scope.retroIds)) {
      for (const table of retroChildren) {
        await trx.deleteFrom(table).where('retro_id', 'in', part).execute();
      }
      await trx.deleteFrom('retros').where('id', 'in', part).execute();
    }
    for (const part of chunked(scope.pulseIds)) {
      for (const table of pulseChildren) {
        await trx.deleteFrom(table).where('pulse_id', 'in', part).execute();
      }
      await trx.deleteFrom('pulses').where('id', 'in', part).execute();
    }
    await trx.deleteFrom('pulse_series').where('tenant_id', '=', tenantId).execute();
    await trx.deleteFrom('team_meeting_links').where('tenant_id', '=', tenantId).execute();
    await trx.deleteFrom('retro_pulse_prompts').where('tenant_id', '=', tenantId).execute();
    await trx.deleteFrom('team_notifications').where('tenant_id', '=', tenantId).execute();
    await trx.deleteFrom('saved_formats').where('tenant_id', '=', tenantId).execute();
    // Who has a start form open: a user id for at most 70 s, not counted (it expires by itself).
    await trx.deleteFrom('retro_setting_up').where('tenant_id', '=', tenantId).execute();
    // Room counters stay (a name and a number): a running server keeps numbering from them, so a
    // reconnecting client can never be handed an old event id for a new event.
    for (const part of chunked(scope.rooms)) {
      await trx.deleteFrom('events').where('room', 'in', part).execute();
    }
    await trx.deleteFrom('idempotency_keys').where('tenant_id', '=', tenantId).execute();
    // Where the bot may post, and its summary outbox.
    await trx.deleteFrom('bot_conversations').where('tenant_id', '=', tenantId).execute();
    await trx.deleteFrom('bot_posts').where('tenant_id', '=', tenantId).execute();
  });
  return counts;
}
