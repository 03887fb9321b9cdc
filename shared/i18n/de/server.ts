import type { Catalogue } from '../en/index.js';
import type { server as en } from '../en/server.js';

export const server: Catalogue<typeof en> = {};
