import type { CatalogueLanguage } from '../i18n/locales.js';

/**
 * Published, validated translations of Edmondson's (1999) seven team psychological-safety items.
 * The statements and the answer scale are part of the instrument: they appear in another language
 * only from one of these, verbatim, so that scores stay comparable with the validation study and
 * across teams. A language without one keeps the English statements (docs/i18n.md).
 */
export type ItemTranslation = {
  language: CatalogueLanguage;
  /** The statements by Candor's item id (e1–e7), verbatim from the source. */
  items: Readonly<Record<'e1' | 'e2' | 'e3' | 'e4' | 'e5' | 'e6' | 'e7', string>>;
  /** The seven answer labels, 1 (disagree) to 7 (agree), verbatim from the source. */
  scale: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, string>>;
  citation: string;
  /** Author, year and instrument, as shown under the statements. */
  shortCitation: string;
  url: string;
};

/**
 * German: the PsySafety-Check (PS-C), Fischer & Hüttermann (2020), documented in GESIS's
 * Zusammenstellung sozialwissenschaftlicher Items und Skalen (ZIS). Its long form is Edmondson's
 * seven items translated and validated for German-speaking teams (one factor; internal consistency
 * reported in ZIS). ZIS item numbers differ from Edmondson's order: e1 = PS-C 3, e2 = 1, e3 = 5,
 * e4 = 4, e5 = 6, e6 = 2, e7 = 7. PS-C's negatively keyed items (3, 5, 6) are Edmondson's reversed
 * items (e1, e3, e5), so Candor's scoring applies unchanged. ZIS reports Cronbach's alpha and
 * McDonald's omega of .74 to .81. Licence: ZIS makes its instruments free to use for
 * non-commercial research; whether that covers a commercial product could not be confirmed here, so
 * check the instrument's ZIS page before shipping Candor commercially in German.
 */
const german: ItemTranslation = {
  language: 'de',
  items: {
    e1: 'Wenn man in diesem Team einen Fehler macht, dann wird einem das oft vorgehalten.',
    e2: 'In diesem Team kann man auch Probleme und schwierige Themen offen ansprechen.',
    e3: 'Die Mitglieder dieses Teams sind manchmal TeamkollegInnen gegenüber abweisend, die anders sind.',
    e4: 'In diesem Team kann man sich trauen, ein persönliches Risiko einzugehen.',
    e5: 'In diesem Team ist es schwierig, andere Teammitglieder um Hilfe zu bitten.',
    e6: 'Niemand in diesem Team würde absichtlich etwas tun, das meiner Arbeit schadet.',
    e7: 'Bei der Zusammenarbeit in diesem Team werden meine besonderen Fähigkeiten und Begabungen wertgeschätzt und genutzt.',
  },
  scale: {
    1: 'stimme ganz und gar nicht zu',
    2: 'stimme weitgehend nicht zu',
    3: 'stimme eher nicht zu',
    4: 'bin neutral',
    5: 'stimme eher zu',
    6: 'stimme weitgehend zu',
    7: 'stimme voll und ganz zu',
  },
  citation:
    'Fischer, J. A., & Hüttermann, H. (2020). PsySafety-Check (PS-C): Fragebogen zur Messung psychologischer Sicherheit in Teams. Zusammenstellung sozialwissenschaftlicher Items und Skalen (ZIS).',
  shortCitation: 'Fischer & Hüttermann (2020), PsySafety-Check (ZIS)',
  url: 'https://doi.org/10.6102/zis279',
};

/**
 * Japanese: a validation of the seven items exists (Asami, Adachi & Ogami, 2023, in the Journal of
 * Japan Society of Nursing Research 45(5)), but its wording could not be obtained here, so the
 * statements stay in English for Japanese users rather than in a translation of our own.
 */
export const itemTranslations: readonly ItemTranslation[] = [german];

export function itemTranslationFor(language: CatalogueLanguage): ItemTranslation | null {
  return itemTranslations.find((t) => t.language === language) ?? null;
}
