import { common } from './common.js';

/**
 * The English catalogue: the source of every user-facing sentence, and the fallback for any
 * language. Ids are `area.view.purpose`; values are ICU MessageFormat (plurals, selects).
 */
export const en = { ...common } as const;

export type MessageId = keyof typeof en;
/** A catalogue for another language: every English id, and no other. */
export type Catalogue<T extends Record<string, string>> = { readonly [K in keyof T]: string };
