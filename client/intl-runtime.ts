import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import type { Messages } from '../shared/i18n/catalogues.js';

const cache = createIntlCache();

function reportIntlError(error: { code?: string; message: string }): void {
  // A missing locale-data warning is expected for tags Intl lacks; anything else is a bug to see.
  if (error.code === 'MISSING_DATA') return;
  console.error(error.message);
}

/**
 * One intl for the page: React reads it through `I18nProvider`, plain modules through `translate`.
 * This module (and FormatJS with it) loads with the page's catalogue, after the first script.
 */
export function createPageIntl(locale: string, messages: Messages): IntlShape {
  return createIntl({ locale, defaultLocale: 'en', messages, onError: reportIntlError }, cache);
}
