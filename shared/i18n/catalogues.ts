import { en, type MessageId } from './en/index.js';
import type { CatalogueLanguage } from './locales.js';

export type Messages = Readonly<Record<MessageId, string>>;

/**
 * A language's catalogue. English is always at hand; the others load on demand, so a page
 * downloads only its user's language.
 */
export async function loadCatalogue(language: CatalogueLanguage): Promise<Messages> {
  if (language === 'de') return (await import('./de/index.js')).de;
  if (language === 'ja') return (await import('./ja/index.js')).ja;
  return en;
}
