import {
  createAppGraphClients,
  previewText,
  type AppGraphOptions,
} from '../graph/activity-feed.js';

export type RetroReminder = { tenantId: string; chatId: string; retroTitle: string };

/** Reminds a meeting chat that its next retro is open for cards; rejects when Graph refuses. */
export type ReminderNotifier = {
  remind(reminder: RetroReminder): Promise<void>;
};

export type ReminderNotifierOptions = AppGraphOptions;

/** The manifest's activity type (appPackage/manifest.json `activities.activityTypes`). */
export const retroCardsOpenActivity = 'retroCardsOpen';

/**
 * Graph `POST /chats/{chatId}/sendActivityNotification` as Candor (app-only, RSC
 * TeamsActivity.Send.Chat), to every member of the meeting chat.
 */
export function createGraphReminderNotifier(opts: ReminderNotifierOptions): ReminderNotifier {
  const clients = createAppGraphClients(opts);
  return {
    async remind({ tenantId, chatId, retroTitle }) {
      await clients
        .forTenant(tenantId)
        .api(`/chats/${encodeURIComponent(chatId)}/sendActivityNotification`)
        .post(reminderBody(opts.graphBaseUrl, chatId, retroTitle));
    },
  };
}

/**
 * The request body. The words come from the manifest's `templateText`, which Teams shows in each
 * reader's language; the only parameter is the retro's title. No card text and no names: the
 * cards are still hidden, and nothing says who opened the retro or who has written. The topic is
 * the meeting chat, where the Candor tab sits.
 */
export function reminderBody(graphBaseUrl: URL, chatId: string, retroTitle: string) {
  return {
    topic: {
      source: 'entityUrl',
      value: `${graphBaseUrl.origin}/v1.0/chats/${encodeURIComponent(chatId)}`,
    },
    activityType: retroCardsOpenActivity,
    previewText: previewText(retroTitle),
    recipient: {
      '@odata.type': 'microsoft.graph.chatMembersNotificationRecipient',
      chatId,
    },
    templateParameters: [{ name: 'retroTitle', value: retroTitle }],
  };
}
