/** English text of the trends area (docs/i18n.md). */
export const trends = {} as const;
