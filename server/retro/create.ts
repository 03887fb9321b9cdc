import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Member } from '../../shared/api.js';
import { chatRetroEventNames, type CreateRetro } from '../../shared/retro/api.js';
import { activePhases } from '../../shared/retro/machine.js';
import { retroTemplates } from '../../shared/retro/templates.js';
import type { AuthUser } from '../auth/types.js';
import type { Database } from '../storage/schema.js';
import { markSeen, type RetroDeps } from './access.js';
import { personHash } from './hashing.js';
import { storePresence } from './presence.js';
import { storeCheckinQuestion } from './checkin.js';
import { conflict } from '../http-errors.js';
import { teamOfMeeting } from './meeting-team.js';
import type { RetroRow } from './queries.js';
import { planReminder, storeReminder } from './early.js';

/** Starts a retro in a meeting chat with the caller as facilitator; one active retro per chat. */
export async function createRetro(
  deps: RetroDeps,
  trx: Transaction<Database>,
  user: AuthUser,
  members: readonly Member[],
  body: CreateRetro,
  /** A seam for the dev host's demo history; the route always uses the real time. */
  now: Date = new Date(),
): Promise<RetroRow> {
  // Only a channel meeting of the team counts in its trends; others wait for an owner's link.
  const teamId = await teamOfMeeting(deps, user, body.chatId, body.teamId);
  // Opened before the meeting: checked before anything is written.
  const reminder = body.early ? planReminder(body.early, now) : null;
  const activeKey = `${user.tenantId}:${body.chatId}`;
  const running = await trx
    .selectFrom('retros')
    .select(['title'])
    .where('active_key', '=', activeKey)
    .executeTakeFirst();
  if (running) throw alreadyRunning(running.title);

  const columns =
    body.templateId === 'custom' ? (body.columns ?? []) : retroTemplates[body.templateId].columns;
  const row: RetroRow = {
    id: randomUUID(),
    tenant_id: user.tenantId,
    chat_id: body.chatId,
    active_key: activeKey,
    title: body.title ?? `Retro ${now.toISOString().slice(0, 10)}`,
    template_id: body.templateId,
    columns: JSON.stringify(columns),
    options: JSON.stringify(body.options),
    // Opened early, it waits at Gather for cards; the earlier phases stay, to step back to.
    phase: body.early ? 'gather' : (activePhases(body.options.skip)[0] ?? 'gather'),
    status: 'active',
    revealed: 0,
    facilitator_id: user.userId,
    facilitator_name:
      members.find((m) => m.userId === user.userId)?.displayName ?? user.displayName,
    focus_group_id: null,
    timer_ends_at: null,
    timer_seconds: null,
    rev: 1,
    created_at: now.toISOString(),
    ended_at: null,
    team_id: teamId,
    presence_total: null,
    presence_ready: null,
    presence_participants: null,
  };
  const {
    facilitator_id,
    facilitator_name,
    presence_total: _total,
    presence_ready: _ready,
    presence_participants: _participants,
    ...retroColumns
  } = row;
  const inserted = await trx
    .insertInto('retros')
    .values(retroColumns)
    // Two people started one at the same moment: the unique active key lets only one in.
    .onConflict((oc) => oc.column('active_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    const winner = await trx
      .selectFrom('retros')
      .select('title')
      .where('active_key', '=', activeKey)
      .executeTakeFirst();
    throw alreadyRunning(winner?.title ?? 'another retro');
  }
  await trx
    .insertInto('retro_facilitators')
    .values({ retro_id: row.id, tenant_id: row.tenant_id, facilitator_id, facilitator_name })
    .execute();
  if (body.checkinQuestion) await storeCheckinQuestion(trx, row.id, body.checkinQuestion);
  if (reminder) await storeReminder(trx, row, reminder);
  // The facilitator is here from the start, and every panel's first count says so.
  const seen = personHash(deps.config.hmacKey, 'seen', row.tenant_id, row.id, user.userId);
  await markSeen(trx, row.id, seen, now);
  await storePresence(trx, row.id, { total: 1, ready: 0, participants: 1 });
  // Whoever was setting up a retro here is done: the panels move to this one.
  await trx
    .deleteFrom('retro_setting_up')
    .where('tenant_id', '=', user.tenantId)
    .where('chat_id', '=', body.chatId)
    .execute();
  await deps.hub.publish(
    `chat:${body.chatId}`,
    chatRetroEventNames.started,
    { retroId: row.id },
    trx,
  );
  return row;
}

const alreadyRunning = (title: string) => conflict('server.retro.alreadyRunning', { title });
