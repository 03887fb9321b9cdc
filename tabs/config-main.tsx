import { mountPage } from '../client/boot.js';
import { ConfigPage } from './config/config-page.js';

mountPage(<ConfigPage />);
