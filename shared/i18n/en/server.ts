/** English text of the server area (docs/i18n.md). */
export const server = {} as const;
