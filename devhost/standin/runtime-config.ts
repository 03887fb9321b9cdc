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

/** What a host that offers nested app auth (new Teams) advertises on top (`?naa=`). */
export const naaRuntimeConfig = {
  ...runtimeConfig,
  isNAAChannelRecommended: true,
  supports: { ...runtimeConfig.supports, nestedAppAuth: {} },
} as const;

/** The SDK version a Teams web client reports as supported. */
export const clientSupportedSdkVersion = '2.58.0';

/**
 * The `initialize` response args. Without NAA: [frameContext, hostClientType, runtimeConfig JSON,
 * clientSupportedSDKVersion], as the stand-in has always answered.
 *
 * With NAA the last two swap. teams-js 2.58 polyfills `window.nestedAppAuthBridge` only from the 4th arg
 * (communication.ts passes it to tryPolyfillWithNestedAppAuthBridge, which JSON-parses it and checks
 * `supports.nestedAppAuth`), and app.initialize accepts this order: when the 3rd arg is not JSON it reads
 * it as the SDK version and the 4th as the runtime config (appHelpers.ts).
 */
export function initializeArgs(
  frameContext: string,
  options: { nestedAppAuth?: boolean } = {},
): unknown[] {
  if (!options.nestedAppAuth) {
    return [frameContext, 'web', JSON.stringify(runtimeConfig), clientSupportedSdkVersion];
  }
  return [frameContext, 'web', clientSupportedSdkVersion, JSON.stringify(naaRuntimeConfig)];
}
