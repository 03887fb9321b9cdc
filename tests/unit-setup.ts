/**
 * Unit tests run plain client modules outside React: `translate()` speaks English there, as a page
 * does once its English catalogue has loaded.
 */
import { setCurrentIntl } from '../client/current-intl.js';
import { createPageIntl } from '../client/intl-runtime.js';
import { en } from '../shared/i18n/en/index.js';

setCurrentIntl(createPageIntl('en-US', en));
