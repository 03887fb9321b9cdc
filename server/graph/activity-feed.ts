import { createAppTokenSource } from './app-token.js';
import { createGraphClients, type GraphClients } from './graph-client.js';

/** What an app-only Graph caller needs: the app registration and the Graph root. */
export type AppGraphOptions = {
  authorityHost: URL;
  clientId: string;
  clientSecret: string;
  graphBaseUrl: URL;
};

/** Graph clients that call as Candor (client credentials for the Graph root's `.default`). */
export function createAppGraphClients(opts: AppGraphOptions): GraphClients {
  const tokens = createAppTokenSource({
    authorityHost: opts.authorityHost,
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
    scope: `${opts.graphBaseUrl.origin}/.default`,
  });
  return createGraphClients({ graphBaseUrl: opts.graphBaseUrl, tokens });
}

/** Graph rejects activity-feed preview texts longer than this. */
const previewMaxLength = 150;

/** An activity-feed preview text, clipped to what Graph accepts. */
export function previewText(text: string): { content: string } {
  return {
    content:
      text.length <= previewMaxLength ? text : `${text.slice(0, previewMaxLength - 1).trimEnd()}…`,
  };
}
