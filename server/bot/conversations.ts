import type { Q } from '../retro/queries.js';
import { tenantOf, type IncomingActivity } from './activity.js';

/** Where and through which Bot Connector to post into a conversation. */
export type ConversationTarget = {
  tenantId: string;
  conversationId: string;
  serviceUrl: string;
};

/** Keeps the conversation reference Teams gave at install; a reinstall refreshes it. */
export async function rememberConversation(q: Q, activity: IncomingActivity, now: Date) {
  const tenantId = tenantOf(activity);
  if (!tenantId) return;
  const team = activity.channelData?.team;
  const row = {
    service_url: activity.serviceUrl,
    conversation_type: activity.conversation.conversationType ?? 'unknown',
    team_id: team?.id ?? null,
    aad_group_id: team?.aadGroupId?.toLowerCase() ?? null,
    installed_at: now.toISOString(),
  };
  await q
    .insertInto('bot_conversations')
    .values({ tenant_id: tenantId, conversation_id: activity.conversation.id, ...row })
    .onConflict((oc) => oc.columns(['tenant_id', 'conversation_id']).doUpdateSet(row))
    .execute();
}

/** Forgets a conversation (the bot was removed), and with a team, every conversation of it. */
export async function forgetConversation(q: Q, activity: IncomingActivity) {
  const tenantId = tenantOf(activity);
  if (!tenantId) return;
  const teamId = activity.channelData?.team?.id;
  let query = q.deleteFrom('bot_conversations').where('tenant_id', '=', tenantId);
  query = teamId
    ? query.where((eb) =>
        eb.or([eb('conversation_id', '=', activity.conversation.id), eb('team_id', '=', teamId)]),
      )
    : query.where('conversation_id', '=', activity.conversation.id);
  await query.execute();
}

/**
 * Where a retro's summary goes: the meeting chat the bot was added to, or for a channel meeting
 * (the retro knows its team), the channel conversation through the team's reference.
 */
export async function targetFor(
  q: Q,
  retro: { tenant_id: string; chat_id: string; team_id: string | null },
): Promise<ConversationTarget | null> {
  const direct = await q
    .selectFrom('bot_conversations')
    .select(['service_url'])
    .where('tenant_id', '=', retro.tenant_id)
    .where('conversation_id', '=', retro.chat_id)
    .executeTakeFirst();
  if (direct) {
    return {
      tenantId: retro.tenant_id,
      conversationId: retro.chat_id,
      serviceUrl: direct.service_url,
    };
  }
  if (!retro.team_id) return null;
  const team = await q
    .selectFrom('bot_conversations')
    .select(['service_url'])
    .where('tenant_id', '=', retro.tenant_id)
    .where('aad_group_id', '=', retro.team_id.toLowerCase())
    .orderBy('installed_at', 'desc')
    .executeTakeFirst();
  return team
    ? { tenantId: retro.tenant_id, conversationId: retro.chat_id, serviceUrl: team.service_url }
    : null;
}
