import type { IntlShape } from '@formatjs/intl';
import type { MessageId } from '../shared/i18n/en/index.js';

/** ICU argument values for plain-text messages. */
export type TextValues = Record<string, string | number | boolean | Date | null | undefined>;

// Set by `I18nProvider` once a catalogue has loaded (the unit tests set English: tests/unit-setup.ts).
let current: IntlShape | null = null;

/** Called by `I18nProvider` whenever the language changes. */
export function setCurrentIntl(intl: IntlShape): void {
  current = intl;
}

/**
 * A catalogue sentence outside React (error messages built in `api-error.ts`), in the language
 * the page currently shows.
 */
export function translate(id: MessageId, values?: TextValues): string {
  // Nothing is on screen before the first catalogue loads, so this is never read; the id says what.
  return current ? current.formatMessage({ id }, values) : id;
}
