import type { MessageId } from '../../shared/i18n/en/index.js';
import type { Favourability, ItemResult } from '../../shared/pulse/api.js';
import { to100 } from '../../shared/pulse/stats.js';
import type { Formatters } from '../format.js';

/**
 * One scale everywhere a manager reads a score: 0–100, higher is better. The team score is the
 * mean of person scores on it; a statement's score is its scored mean (reverse-scored statements
 * as 8 − x) on it, so a reverse-scored statement reads like the others.
 */
export function formatScore100(score: number, fmt: Formatters): string {
  return fmt.number(score);
}

export function formatInterval100(interval: { low: number; high: number }, fmt: Formatters) {
  return `${fmt.number(to100(interval.low))} to ${fmt.number(to100(interval.high))}`;
}

type Released = Extract<ItemResult, { status: 'released' }>;

/** A statement's score on 0–100 as scored: for reverse-scored statements, disagreeing scores high. */
export function itemScore100(item: Pick<Released, 'mean' | 'reversed'>): number {
  return to100(item.reversed ? 8 - item.mean : item.mean);
}

export function responseRateSentence(n: number, invited: number, fmt: Formatters): string {
  const rate = invited > 0 ? ` (${fmt.percent(Math.min(1, n / invited))})` : '';
  return `${fmt.number(n)} of ${fmt.number(invited)} answered${rate}`;
}

export const reverseScoredNote = 'Reverse-scored: shown so higher is better';
export const reverseScoredNoteId: MessageId = 'pulse.results.reverseScored';

export type FavourabilityPart = { key: keyof Favourability; label: string; share: number };

/** The three parts in reading order, for the bar, its legend and its text alternative. */
export function favourabilityParts(f: Favourability): FavourabilityPart[] {
  return [
    { key: 'favourable', label: 'Favourable', share: f.favourable },
    { key: 'neutral', label: 'Neutral', share: f.neutral },
    { key: 'unfavourable', label: 'Unfavourable', share: f.unfavourable },
  ];
}

/** The bar's accessible name and written-out numbers: the same numbers the eye reads. */
export function favourabilitySentence(f: Favourability, fmt: Formatters): string {
  return favourabilityParts(f)
    .map((p) => `${p.label} ${fmt.percent(p.share)}`)
    .join(', ');
}

/** An opening question per statement: about the team and what would help, never about who. */
const openers: Record<string, string> = {
  e1: 'What happens on this team after someone makes a mistake, and what would we like to happen?',
  e2: 'What makes it easier, or harder, to bring up a problem or a tough issue here?',
  e3: 'How can we make more room for different views and different ways of working?',
  e4: 'What is one small risk we could try together, and how would we back each other up?',
  e5: 'What would make it easier to ask each other for help?',
  e6: 'Where do our efforts get in each other’s way, and how could we support each other instead?',
  e7: 'Which skills on this team could we make more use of, and how?',
};
const genericOpener = 'What would make this easier for all of us?';

export type TalkPrompt = { itemId: string; text: string; reversed: boolean; question: string };

/**
 * "What to talk about next": the one or two released statements that scored lowest (as scored,
 * so reverse-scored ones count the right way round), each with an invitational question. Only
 * released statements count, so a prompt never hints at a withheld one.
 */
export function talkPrompts(items: readonly ItemResult[]): TalkPrompt[] {
  return items
    .filter((item): item is Released => item.status === 'released')
    .map((item) => ({ item, score: itemScore100(item) }))
    .sort((a, b) => a.score - b.score)
    .slice(0, 2)
    .map(({ item }) => ({
      itemId: item.itemId,
      text: item.text,
      reversed: item.reversed,
      question: openers[item.itemId] ?? genericOpener,
    }));
}
