import { common } from './common.js';
import { retro } from './retro.js';
import { pulse } from './pulse.js';
import { trends } from './trends.js';
import { server } from './server.js';
import { a11y } from './a11y.js';
import { panel } from './panel.js';
import { rules } from './rules.js';
import { prompts } from './prompts.js';
import { todo } from './todo.js';
import { formats } from './formats.js';
import { checkin } from './checkin.js';
import { bot } from './bot.js';
import { early } from './early.js';

/**
 * The English catalogue: the source of every user-facing sentence, and the fallback for any
 * language. Ids are `area.view.purpose`; values are ICU MessageFormat (plurals, selects).
 */
export const en = {
  ...common,
  ...retro,
  ...pulse,
  ...trends,
  ...server,
  ...a11y,
  ...panel,
  ...rules,
  ...prompts,
  ...todo,
  ...formats,
  ...checkin,
  ...bot,
  ...early,
} as const;

export type MessageId = keyof typeof en;
/** A catalogue for another language: every English id, and no other. */
export type Catalogue<T extends Record<string, string>> = { readonly [K in keyof T]: string };
