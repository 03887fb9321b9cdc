import type { MessageId } from '../../shared/i18n/en/index.js';
import type { Favourability, ItemResult } from '../../shared/pulse/api.js';
import { scoredItem100, to100 } from '../../shared/pulse/stats.js';
import type { Formatters } from '../format.js';
import { translate } from '../current-intl.js';

/**
 * One scale everywhere a manager reads a score: 0–100, higher is better. The team score is the
 * mean of person scores on it; a statement's score is its scored mean (reverse-scored statements
 * as 8 − x) on it, so a reverse-scored statement reads like the others.
 */
export function formatScore100(score: number, fmt: Formatters): string {
  return fmt.number(score);
}

export function formatInterval100(interval: { low: number; high: number }, fmt: Formatters) {
  return translate('pulse.results.range', {
    low: fmt.number(to100(interval.low)),
    high: fmt.number(to100(interval.high)),
  });
}

type Released = Extract<ItemResult, { status: 'released' }>;

/** A statement's score on 0–100 as scored: for reverse-scored statements, disagreeing scores high. */
export function itemScore100(item: Pick<Released, 'mean' | 'reversed'>): number {
  return scoredItem100(item.mean, item.reversed);
}

export function responseRateSentence(n: number, invited: number, fmt: Formatters): string {
  const values = { n: fmt.number(n), invited: fmt.number(invited) };
  return invited > 0
    ? translate('pulse.results.answeredRate', {
        ...values,
        rate: fmt.percent(Math.min(1, n / invited)),
      })
    : translate('pulse.results.answered', values);
}

export const reverseScoredNoteId: MessageId = 'pulse.results.reverseScored';

export type FavourabilityPart = { key: keyof Favourability; label: string; share: number };

/** The three parts in reading order, for the bar, its legend and its text alternative. */
export function favourabilityParts(f: Favourability): FavourabilityPart[] {
  return [
    { key: 'favourable', label: translate('pulse.results.favourable'), share: f.favourable },
    { key: 'neutral', label: translate('pulse.results.neutral'), share: f.neutral },
    { key: 'unfavourable', label: translate('pulse.results.unfavourable'), share: f.unfavourable },
  ];
}

/** The bar's accessible name and written-out numbers: the same numbers the eye reads. */
export function favourabilitySentence(f: Favourability, fmt: Formatters): string {
  return favourabilityParts(f)
    .map((p) => translate('pulse.results.part', { label: p.label, share: fmt.percent(p.share) }))
    .join(translate('pulse.results.partSeparator'));
}

/** An opening question per statement: about the team and what would help, never about who. */
const openers: Record<string, MessageId> = {
  e1: 'pulse.talk.e1',
  e2: 'pulse.talk.e2',
  e3: 'pulse.talk.e3',
  e4: 'pulse.talk.e4',
  e5: 'pulse.talk.e5',
  e6: 'pulse.talk.e6',
  e7: 'pulse.talk.e7',
};

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
      question: translate(openers[item.itemId] ?? 'pulse.talk.generic'),
    }));
}
