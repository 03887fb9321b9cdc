import { mountPage } from '../client/boot.js';

mountPage(() => import('./content/content-page.js').then((m) => m.ContentPage));
