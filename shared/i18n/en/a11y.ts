/** English text of the a11y area (docs/i18n.md). */
export const a11y = {} as const;
