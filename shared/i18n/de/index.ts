import type { en } from '../en/index.js';
import type { Catalogue } from '../en/index.js';
import { common } from './common.js';

export const de: Catalogue<typeof en> = { ...common };
