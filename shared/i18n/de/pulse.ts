import type { Catalogue } from '../en/index.js';
import type { pulse as en } from '../en/pulse.js';

export const pulse: Catalogue<typeof en> = {};
