import { itemTranslations } from './item-translations.js';

/**
 * Edmondson (1999), "Psychological Safety and Learning Behavior in Work Teams",
 * Administrative Science Quarterly 44(2). Seven items on a 1–7 agreement scale; reversed items score 8 − x.
 */
export const edmondsonSource = {
  citation:
    'Edmondson, A. (1999). Psychological Safety and Learning Behavior in Work Teams. Administrative Science Quarterly, 44(2), 350–383.',
  url: 'https://doi.org/10.2307/2666999',
} as const;

export type PulseItem = { id: string; text: string; reversed: boolean };

/** The item set id: results are comparable only between pulses with the same item set. */
export const edmondsonItemSetId = 'edmondson-1999-7';

export const edmondsonItems: readonly PulseItem[] = [
  {
    id: 'e1',
    text: 'If you make a mistake on this team, it is often held against you.',
    reversed: true,
  },
  {
    id: 'e2',
    text: 'Members of this team are able to bring up problems and tough issues.',
    reversed: false,
  },
  {
    id: 'e3',
    text: 'People on this team sometimes reject others for being different.',
    reversed: true,
  },
  { id: 'e4', text: 'It is safe to take a risk on this team.', reversed: false },
  { id: 'e5', text: 'It is difficult to ask other members of this team for help.', reversed: true },
  {
    id: 'e6',
    text: 'No one on this team would deliberately act in a way that undermines my efforts.',
    reversed: false,
  },
  {
    id: 'e7',
    text: 'Working with members of this team, my unique skills and talents are valued and utilized.',
    reversed: false,
  },
];

/** The 1–7 agreement scale. */
export const agreementScale: ScaleLabels = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Somewhat disagree',
  4: 'Neither agree nor disagree',
  5: 'Somewhat agree',
  6: 'Agree',
  7: 'Strongly agree',
};

/** The seven agreement labels, 1–7. */
export type ScaleLabels = Record<1 | 2 | 3 | 4 | 5 | 6 | 7, string>;

/**
 * A published, validated translation of the seven statements (and, when it has them, the
 * agreement labels). Only such a translation may be shown: our own wording would make scores
 * incomparable with the research and between languages. Stored answers are the same numbers.
 */
export type ValidatedTranslation = {
  language: string;
  items: Record<'e1' | 'e2' | 'e3' | 'e4' | 'e5' | 'e6' | 'e7', string>;
  scaleLabels?: ScaleLabels;
  /** Author and year, as shown under the statements, e.g. "Fischer & Hüttermann (2020)". */
  citation: string;
  /** The DOI link of the source. */
  url: string;
};

/**
 * Validated translations by language. Empty until the lead confirms published wording
 * (German candidate: Fischer & Hüttermann 2020, ZIS, doi 10.6102/zis279; Japanese: none known).
 */
export const validatedTranslations: readonly ValidatedTranslation[] = itemTranslations.map((t) => ({
  language: t.language,
  items: t.items,
  scaleLabels: t.scale,
  citation: t.shortCitation,
  url: t.url,
}));

export type ItemText = {
  /** The statements in order, with the ids and reversal of `edmondsonItems`. */
  items: readonly PulseItem[];
  scaleLabels: ScaleLabels;
  /** False when the language asked for has no validated translation: the English original is given. */
  translated: boolean;
  /** The source of the wording shown (the translation's, or Edmondson's for English). */
  source: { citation: string; url: string } | null;
};

/** The statements and scale labels for a language: its validated translation, or the English original. */
export function itemTextFor(
  language: string,
  translations: readonly ValidatedTranslation[] = validatedTranslations,
): ItemText {
  const base = language.toLowerCase().split('-')[0] ?? '';
  if (base === 'en') {
    return { items: edmondsonItems, scaleLabels: agreementScale, translated: true, source: null };
  }
  const found = translations.find((t) => t.language === base);
  if (!found) {
    return { items: edmondsonItems, scaleLabels: agreementScale, translated: false, source: null };
  }
  return {
    items: edmondsonItems.map((item) => ({
      ...item,
      text: found.items[item.id as keyof ValidatedTranslation['items']],
    })),
    scaleLabels: found.scaleLabels ?? agreementScale,
    translated: true,
    source: { citation: found.citation, url: found.url },
  };
}

/** A response counts only with at least this many of the seven items answered. */
export const minAnsweredItems = 5;
/** Default and minimum anonymity threshold k. */
export const defaultK = 5;
export const minK = 3;
/** Comments show only from this many responses, and never in views shared to the team. */
export const commentsThreshold = 10;
