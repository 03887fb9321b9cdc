import { useIntl } from '../i18n.js';
import { itemTextFor, type ItemText } from '../../shared/pulse/items.js';

/**
 * The Edmondson statements for the user's language: a validated translation, or the English
 * original with `translated: false` and the language's name for the note that says why.
 */
export function useItemText(): ItemText & { languageName: string } {
  const intl = useIntl();
  const base = intl.locale.toLowerCase().split('-')[0] ?? 'en';
  const text = itemTextFor(base);
  const languageName = intl.formatDisplayName(base, { type: 'language' }) ?? base;
  return { ...text, languageName };
}
