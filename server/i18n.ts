import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import type { Messages } from '../shared/i18n/catalogues.js';
import { de } from '../shared/i18n/de/index.js';
import { ja } from '../shared/i18n/ja/index.js';
import { en, type MessageId } from '../shared/i18n/en/index.js';
import type { Message, MessageValue, MessageValues } from '../shared/i18n/message.js';
import {
  catalogueFor,
  intlLocale,
  preferredTag,
  type CatalogueLanguage,
} from '../shared/i18n/locales.js';

export type { Message, MessageValues } from '../shared/i18n/message.js';
/** Renders a catalogue sentence in one language. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

const cache = createIntlCache();
const intls = new Map<CatalogueLanguage, IntlShape>();
// The server holds every language: a request may ask for any of them.
const catalogues: Readonly<Record<CatalogueLanguage, Messages>> = { en, de, ja };

function intlOf(language: CatalogueLanguage): IntlShape {
  let intl = intls.get(language);
  if (!intl) {
    intl = createIntl(
      {
        // The catalogue's language decides the plural rules; numbers and dates stay predictable.
        locale: intlLocale(language),
        defaultLocale: 'en',
        messages: catalogues[language],
        onError: reportIntlError,
      },
      cache,
    );
    intls.set(language, intl);
  }
  return intl;
}

function reportIntlError(error: { code?: string; message: string }): void {
  if (error.code === 'MISSING_DATA') return;
  // A broken catalogue entry is a bug; the test of the catalogues catches it before this does.
  console.error(error.message);
}

/** The catalogue language an `Accept-Language` header asks for; English when none is shipped. */
export function languageOf(acceptLanguage: string | string[] | undefined): CatalogueLanguage {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  return catalogueFor(preferredTag(header));
}

/** A translator for one language. Message arguments are translated first, lists joined with "or". */
export function translator(language: CatalogueLanguage): Translate {
  const intl = intlOf(language);
  const translate: Translate = (id, values) =>
    intl.formatMessage({ id }, values === undefined ? undefined : plainValues(values));
  function plainValue(value: MessageValue): string | number | Date {
    if (typeof value !== 'object' || value instanceof Date) return value;
    if (isMessageList(value)) {
      return intl.formatList(
        value.map((part) => translate(part.id, part.values)),
        { type: 'disjunction' },
      );
    }
    return translate(value.id, value.values);
  }
  function plainValues(values: MessageValues): Record<string, string | number | Date> {
    return Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, plainValue(value)]),
    );
  }
  return translate;
}

function isMessageList(value: Message | readonly Message[]): value is readonly Message[] {
  return Array.isArray(value);
}

/** A translator for the language of a request's `Accept-Language` header. */
export function translatorFor(request: {
  headers: { 'accept-language'?: string | string[] | undefined };
}): Translate {
  return translator(languageOf(request.headers['accept-language']));
}

/** English, for logs and for code that has no reader. */
export const english: Translate = translator('en');

/** A message in one language. */
export function render(message: Message, t: Translate = english): string {
  return t(message.id, message.values);
}
