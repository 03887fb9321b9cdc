import { mountPage } from '../client/boot.js';
import { StageView } from './stage/stage-view.js';

mountPage(<StageView />);
