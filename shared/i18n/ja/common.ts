import type { Catalogue } from '../en/index.js';
import type { common as en } from '../en/common.js';

export const common: Catalogue<typeof en> = {
  'common.connecting': 'Teams に接続しています…',
  'common.startFailed': 'Candor を開始できませんでした',
};
