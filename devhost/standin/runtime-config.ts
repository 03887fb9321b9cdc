/**
 * The runtime config the stand-in sends in its `initialize` answer (teams-js runtime apiVersion 4).
 * It advertises only what the stand-in implements; teams-js gates `isSupported()` checks on it.
 */
export const runtimeConfig = {
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  // The app then falls back to authentication.getAuthToken, which the stand-in answers.
  isNAAChannelRecommended: false,
  isLegacyTeams: false,
  supports: {
    appInitialization: {},
    authentication: {},
    meeting: {},
    pages: { config: {} },
    teams: {},
    teamsCore: {},
  },
} as const;

/** The SDK version a Teams web client reports as supported. */
export const clientSupportedSdkVersion = '2.58.0';

/** The `initialize` response args: [frameContext, hostClientType, runtimeConfig JSON, clientSupportedSDKVersion]. */
export function initializeArgs(frameContext: string): unknown[] {
  return [frameContext, 'web', JSON.stringify(runtimeConfig), clientSupportedSdkVersion];
}
