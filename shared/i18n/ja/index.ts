import type { en } from '../en/index.js';
import type { Catalogue } from '../en/index.js';
import { common } from './common.js';

export const ja: Catalogue<typeof en> = { ...common };
