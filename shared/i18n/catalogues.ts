import type { MessageId } from './en/index.js';
import type { CatalogueLanguage } from './locales.js';

export type Messages = Readonly<Record<MessageId, string>>;

/**
 * A language's catalogue, loaded on demand (English too), so a page downloads only its user's
 * language and none of it blocks the first script.
 */
export async function loadCatalogue(language: CatalogueLanguage): Promise<Messages> {
  if (language === 'de') return (await import('./de/index.js')).de;
  if (language === 'ja') return (await import('./ja/index.js')).ja;
  return (await import('./en/index.js')).en;
}
