import type { NestedApp } from './token-provider.js';
import { isUserCancel, nestedApp } from './token-provider.js';
import { isNestedAppAuthRecommended } from './teams-host.js';

/**
 * Why no delegated Graph token came: the host offers no nested app auth (Teams SSO's getAuthToken
 * gives tokens for Candor's API only), the person or their organisation refused consent, the
 * prompt was closed, a silent request needs the prompt first, or something else went wrong.
 */
export type GraphTokenProblem =
  'no-naa' | 'consent-refused' | 'cancelled' | 'needs-prompt' | 'failed';

export class GraphTokenError extends Error {
  override name = 'GraphTokenError';
  constructor(
    readonly problem: GraphTokenProblem,
    message: string,
  ) {
    super(message);
  }
}

export type GraphAccess = { token: string; graphRoot: string };

export type GraphTokenDeps = {
  nestedAppAuthRecommended: () => boolean;
  nestedApp: () => Promise<NestedApp>;
};

/** Entra's answers when consent is refused: the person declined, or the tenant does not allow it. */
const consentRefusedCodes = new Set(['access_denied', 'consent_required']);

/**
 * A delegated Graph token for one permission (`Tasks.ReadWrite`), asked for only when someone acts:
 * silently first, then (when `prompt` is set, i.e. on a click) through Teams' consent prompt.
 */
export function createGraphTokens(deps: GraphTokenDeps) {
  return async (permission: string, options: { prompt: boolean }): Promise<GraphAccess> => {
    if (!deps.nestedAppAuthRecommended()) {
      throw new GraphTokenError('no-naa', 'Teams offers no nested app auth here.');
    }
    let app: NestedApp;
    try {
      app = await deps.nestedApp();
    } catch (error) {
      throw new GraphTokenError('no-naa', describe(error));
    }
    const { msal, pca, config } = app;
    const scopes = [`${config.graphRoot}/${permission}`];
    const authority = config.authority;
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    try {
      const silent = { scopes, authority, ...(account ? { account } : {}) };
      const result = await pca.acquireTokenSilent(silent);
      return { token: result.accessToken, graphRoot: config.graphRoot };
    } catch (error) {
      if (!(error instanceof msal.InteractionRequiredAuthError)) throw classify(error);
      if (!options.prompt) throw new GraphTokenError('needs-prompt', describe(error));
    }
    try {
      const result = await pca.acquireTokenPopup({ scopes, authority });
      return { token: result.accessToken, graphRoot: config.graphRoot };
    } catch (error) {
      throw classify(error);
    }
  };
}

function classify(error: unknown): GraphTokenError {
  if (isUserCancel(error)) return new GraphTokenError('cancelled', describe(error));
  const code =
    typeof error === 'object' && error !== null && 'errorCode' in error
      ? String((error as { errorCode: unknown }).errorCode)
      : '';
  // AADSTS65001 (no consent), 65004 (declined), 90094/90099 (admin consent needed).
  if (consentRefusedCodes.has(code) || /AADSTS(65001|65004|90094|90099)/.test(describe(error))) {
    return new GraphTokenError('consent-refused', describe(error));
  }
  return new GraphTokenError('failed', describe(error));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** This frame's delegated Graph tokens, through the same nested app auth client as Candor's API tokens. */
export const graphToken = createGraphTokens({
  nestedAppAuthRecommended: isNestedAppAuthRecommended,
  nestedApp,
});
