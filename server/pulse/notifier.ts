import {
  createAppGraphClients,
  previewText,
  type AppGraphOptions,
} from '../graph/activity-feed.js';

export type PulseActivity = 'pulseOpened' | 'pulseClosingSoon';

export type PulseNotification = {
  tenantId: string;
  teamId: string;
  activity: PulseActivity;
  pulseTitle: string;
};

/** Sends a pulse's activity-feed notification to the whole team; rejects when Graph refuses. */
export type PulseNotifier = {
  notify(notification: PulseNotification): Promise<void>;
};

export type GraphNotifierOptions = AppGraphOptions;

/**
 * Graph `sendActivityNotification` as Candor (app-only, RSC TeamsActivity.Send.Group). The
 * recipient is every team member: Candor keeps no ledger of who answered, and targeting only
 * those who haven't would tell Graph (and the feed) who has.
 */
export function createGraphPulseNotifier(opts: GraphNotifierOptions): PulseNotifier {
  const clients = createAppGraphClients(opts);
  return {
    async notify({ tenantId, teamId, activity, pulseTitle }) {
      await clients
        .forTenant(tenantId)
        .api(`/teams/${encodeURIComponent(teamId)}/sendActivityNotification`)
        .post(activityBody(opts.graphBaseUrl, teamId, activity, pulseTitle));
    },
  };
}

/**
 * The request body; the activity types and their `{pulseTitle}` are declared in the manifest.
 * One notification reaches the whole team, whose languages the server does not know, so the
 * words come only from the manifest's `templateText`, which Teams shows in each reader's language
 * (`localizationInfo`); the preview and the parameter carry the pulse title, the owner's own words.
 */
export function activityBody(
  graphBaseUrl: URL,
  teamId: string,
  activity: PulseActivity,
  pulseTitle: string,
) {
  return {
    topic: { source: 'entityUrl', value: `${graphBaseUrl.origin}/v1.0/teams/${teamId}` },
    activityType: activity,
    previewText: previewText(pulseTitle),
    recipient: {
      '@odata.type': 'microsoft.graph.teamMembersNotificationRecipient',
      teamId,
    },
    templateParameters: [{ name: 'pulseTitle', value: pulseTitle }],
  };
}
