import type { Catalogue } from '../en/index.js';
import type { a11y as en } from '../en/a11y.js';

export const a11y: Catalogue<typeof en> = {};
