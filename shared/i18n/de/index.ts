import type { en } from '../en/index.js';
import type { Catalogue } from '../en/index.js';
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

export const de: Catalogue<typeof en> = {
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
};
