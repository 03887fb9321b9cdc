/** English text of the pulse area (docs/i18n.md). */
export const pulse = {} as const;
