import { mountPage } from '../client/boot.js';

mountPage(() => import('./config/config-page.js').then((m) => m.ConfigPage));
