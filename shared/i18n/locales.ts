/**
 * The languages Candor ships, and how a Teams locale picks one (docs/i18n.md).
 * Teams gives BCP 47 tags such as `de-de`, `ja-jp` or `en-gb`; the language part decides the
 * catalogue, and the full tag still drives `Intl` (dates, numbers, plurals).
 */
export const catalogueLanguages = ['en', 'de', 'ja'] as const;
export type CatalogueLanguage = (typeof catalogueLanguages)[number];

const rtlLanguages: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv']);

/** The language part of a tag, lower case; '' for an empty or malformed tag. */
function languageOf(tag: string | null | undefined): string {
  const match = /^([a-zA-Z]{2,3})(?:[-_]|$)/.exec(tag?.trim() ?? '');
  return match ? match[1]!.toLowerCase() : '';
}

/** The catalogue for a locale: its language when Candor ships it, English otherwise. */
export function catalogueFor(tag: string | null | undefined): CatalogueLanguage {
  const language = languageOf(tag);
  return (catalogueLanguages as readonly string[]).includes(language)
    ? (language as CatalogueLanguage)
    : 'en';
}

/** The tag `Intl` should use: the host's own tag when `Intl` knows it, else `en-US`. */
export function intlLocale(tag: string | null | undefined): string {
  const candidate = tag?.trim().replace(/_/g, '-');
  if (!candidate) return 'en-US';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([candidate]).length > 0 ? candidate : 'en-US';
  } catch {
    return 'en-US';
  }
}

/** Text direction for a locale (layout only: right-to-left languages fall back to English text). */
export function directionOf(tag: string | null | undefined): 'ltr' | 'rtl' {
  return rtlLanguages.has(languageOf(tag)) ? 'rtl' : 'ltr';
}

/**
 * The first language of an `Accept-Language` header, by quality; '' when none is usable.
 * The client sends the Teams locale there, so the server answers in the user's language.
 */
export function preferredTag(acceptLanguage: string | undefined): string {
  if (!acceptLanguage) return '';
  let best = '';
  let bestQ = -1;
  for (const part of acceptLanguage.slice(0, 512).split(',')) {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag?.trim() ?? '';
    if (!/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(tag)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > bestQ) {
      best = tag;
      bestQ = q;
    }
  }
  return best;
}
