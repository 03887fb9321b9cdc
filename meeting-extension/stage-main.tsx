import { mountPage } from '../client/boot.js';

mountPage(() => import('./stage/stage-view.js').then((m) => m.StageView));
