import { mountPage } from '../client/boot.js';

mountPage(() => import('./side-panel/side-panel-page.js').then((m) => m.SidePanelPage));
