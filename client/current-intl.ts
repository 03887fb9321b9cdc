import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { en, type MessageId } from '../shared/i18n/en/index.js';
import type { Messages } from '../shared/i18n/catalogues.js';

/** ICU argument values for plain-text messages. */
export type TextValues = Record<string, string | number | boolean | Date | null | undefined>;

const cache = createIntlCache();

function reportIntlError(error: { code?: string; message: string }): void {
  // A missing locale-data warning is expected for tags Intl lacks; anything else is a bug to see.
  if (error.code === 'MISSING_DATA') return;
  console.error(error.message);
}

/** One intl for the page: React reads it through the provider, plain modules through `translate`. */
export function createPageIntl(locale: string, messages: Messages): IntlShape {
  return createIntl({ locale, defaultLocale: 'en', messages, onError: reportIntlError }, cache);
}

// English until `I18nProvider` sets the Teams language; tests outside React get English too.
let current: IntlShape = createPageIntl('en-US', en);

/** Called by `I18nProvider` whenever the language changes. */
export function setCurrentIntl(intl: IntlShape): void {
  current = intl;
}

/**
 * A catalogue sentence outside React (error messages built in `api-error.ts`), in the language
 * the page currently shows.
 */
export function translate(id: MessageId, values?: TextValues): string {
  return current.formatMessage({ id }, values);
}
