import type { Favourability } from './api.js';
import { edmondsonItems, minAnsweredItems, type PulseItem } from './items.js';
import { mean } from './stats.js';

/** One person's answers, one per item in item order; null = skipped. */
export type Answers = readonly (number | null)[];

export type FavourabilityBand = keyof Favourability;

function assertAnswer(answer: number): void {
  if (!Number.isInteger(answer) || answer < 1 || answer > 7) {
    throw new RangeError(
      `Answer ${answer} is not on the 1–7 scale. Validate responses with submitResponseSchema before scoring them.`,
    );
  }
}

/** The scored value of one 1–7 answer: reverse-scored items (R) score 8 − x. */
export function scoreItem(answer: number, item: PulseItem): number {
  assertAnswer(answer);
  return item.reversed ? 8 - answer : answer;
}

function checkLength(answers: Answers, items: readonly PulseItem[]): void {
  if (answers.length !== items.length) {
    throw new RangeError(
      `Expected ${items.length} answers (one per item, null when skipped) but got ${answers.length}.`,
    );
  }
}

/** Each answer scored (reversed where the item says so); skipped items stay null. */
export function scoreAnswers(
  answers: Answers,
  items: readonly PulseItem[] = edmondsonItems,
): (number | null)[] {
  checkLength(answers, items);
  return items.map((item, i) => {
    const answer = answers[i];
    return answer === null || answer === undefined ? null : scoreItem(answer, item);
  });
}

/** How many items were answered. */
export function answeredCount(answers: Answers): number {
  return answers.filter((answer) => answer !== null).length;
}

/** A response counts toward n only with at least `minAnsweredItems` (5) of the items answered. */
export function isCountable(answers: Answers): boolean {
  return answeredCount(answers) >= minAnsweredItems;
}

/**
 * A person's score: the mean of their answered items with R items reversed, on 1–7.
 * Null when fewer than `minAnsweredItems` are answered, as the response does not count.
 */
export function personScore(
  answers: Answers,
  items: readonly PulseItem[] = edmondsonItems,
): number | null {
  const scored = scoreAnswers(answers, items).filter((value) => value !== null);
  if (scored.length < minAnsweredItems) return null;
  return mean(scored);
}

/**
 * The favourability band of a scored value (after reversal): 5–7 favourable, 4 neutral,
 * 1–3 unfavourable. Meant for single answers; a fractional value between 3 and 5 counts as neutral.
 */
export function favourabilityOf(value: number): FavourabilityBand {
  if (value >= 5) return 'favourable';
  if (value <= 3) return 'unfavourable';
  return 'neutral';
}

/**
 * The share (0–1) of scored values in each band. Per item, pass that item's scored answers;
 * overall, pass every scored item answer of every counted response, so each answer weighs the same.
 * All zeros when there are no values.
 */
export function favourabilityShares(scoredValues: readonly number[]): Favourability {
  const counts: Favourability = { favourable: 0, neutral: 0, unfavourable: 0 };
  for (const value of scoredValues) counts[favourabilityOf(value)] += 1;
  const total = scoredValues.length;
  if (total === 0) return counts;
  return {
    favourable: counts.favourable / total,
    neutral: counts.neutral / total,
    unfavourable: counts.unfavourable / total,
  };
}
