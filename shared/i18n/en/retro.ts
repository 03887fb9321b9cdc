/** English text of the retro area (docs/i18n.md). */
export const retro = {} as const;
