import { ActivityTypes } from '@microsoft/agents-activity';
import { z } from 'zod';

const account = z.looseObject({ id: z.string().min(1).max(400) });

/**
 * The part of a Bot Framework activity Candor reads. Everything else Teams sends is allowed and
 * ignored; the Agents SDK's ActivityTypes name the types.
 */
export const incomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(100),
  serviceUrl: z.string().url().max(2000),
  channelId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  recipient: account,
  conversation: z.looseObject({
    id: z.string().min(1).max(1000),
    conversationType: z.string().max(100).optional(),
    tenantId: z.string().max(100).optional(),
  }),
  membersAdded: z.array(account).max(1000).optional(),
  membersRemoved: z.array(account).max(1000).optional(),
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id: z.string().max(100) }).optional(),
      team: z
        .looseObject({ id: z.string().max(1000), aadGroupId: z.string().max(100).optional() })
        .optional(),
    })
    .optional(),
});
export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

/** What an activity means for where the bot may post. */
export type InstallChange = 'installed' | 'uninstalled' | 'none';

/**
 * Teams says the bot arrived with `installationUpdate` (action `add`, or `add-upgrade`) and a
 * `conversationUpdate` naming the bot in `membersAdded`; it says it left with the `remove` actions
 * and `membersRemoved`.
 */
export function installChange(activity: IncomingActivity): InstallChange {
  const botId = activity.recipient.id;
  if (activity.type === ActivityTypes.InstallationUpdate) {
    if (activity.action?.startsWith('add')) return 'installed';
    if (activity.action?.startsWith('remove')) return 'uninstalled';
    return 'none';
  }
  if (activity.type === ActivityTypes.ConversationUpdate) {
    if (activity.membersAdded?.some((m) => m.id === botId)) return 'installed';
    if (activity.membersRemoved?.some((m) => m.id === botId)) return 'uninstalled';
  }
  return 'none';
}

/** The tenant of an activity: Teams puts it in channelData, and in newer payloads the conversation. */
export function tenantOf(activity: IncomingActivity): string | null {
  const id = activity.channelData?.tenant?.id ?? activity.conversation.tenantId;
  return id ? id.toLowerCase() : null;
}
