import type { Catalogue } from '../en/index.js';
import type { trends as en } from '../en/trends.js';

export const trends: Catalogue<typeof en> = {};
