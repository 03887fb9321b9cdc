/** English, shared by every surface: the shell, errors, dates. */
export const common = {
  'common.connecting': 'Connecting to Teams…',
  'common.startFailed': 'Candor could not start',
} as const;
