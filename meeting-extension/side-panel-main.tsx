import { mountPage } from '../client/boot.js';
import { SidePanelPage } from './side-panel/side-panel-page.js';

mountPage(<SidePanelPage />);
