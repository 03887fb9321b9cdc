import { mountPage } from '../client/boot.js';
import { ContentPage } from './content/content-page.js';

mountPage(<ContentPage />);
