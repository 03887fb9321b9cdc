import type { Catalogue } from '../en/index.js';
import type { retro as en } from '../en/retro.js';

export const retro: Catalogue<typeof en> = {};
