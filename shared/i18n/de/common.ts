import type { Catalogue } from '../en/index.js';
import type { common as en } from '../en/common.js';

export const common: Catalogue<typeof en> = {
  'common.connecting': 'Verbindung mit Teams wird hergestellt…',
  'common.startFailed': 'Candor konnte nicht starten',
};
