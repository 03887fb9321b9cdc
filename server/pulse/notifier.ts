import { createAppTokenSource } from '../graph/app-token.js';
import { createGraphClients } from '../graph/graph-client.js';

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

export type GraphNotifierOptions = {
  authorityHost: URL;
  clientId: string;
  clientSecret: string;
  graphBaseUrl: URL;
};

/** Graph rejects longer preview texts. */
const previewMaxLength = 150;

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/**
 * Graph `sendActivityNotification` as Candor (app-only, RSC TeamsActivity.Send.Group). The
 * recipient is every team member: Candor keeps no ledger of who answered, and targeting only
 * those who haven't would tell Graph (and the feed) who has.
 */
export function createGraphPulseNotifier(opts: GraphNotifierOptions): PulseNotifier {
  const tokens = createAppTokenSource({
    authorityHost: opts.authorityHost,
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
    scope: `${opts.graphBaseUrl.origin}/.default`,
  });
  const clients = createGraphClients({ graphBaseUrl: opts.graphBaseUrl, tokens });
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
    previewText: { content: clip(pulseTitle, previewMaxLength) },
    recipient: {
      '@odata.type': 'microsoft.graph.teamMembersNotificationRecipient',
      teamId,
    },
    templateParameters: [{ name: 'pulseTitle', value: pulseTitle }],
  };
}
