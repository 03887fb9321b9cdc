import { tallyThreshold, type Tally } from './api.js';

const scores = [1, 2, 3, 4, 5] as const;

function medianOf(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/**
 * The anonymous tally of 1–5 answers. Below `tallyThreshold` answers only the count shows,
 * so a small group's answers cannot be told apart. Values outside 1–5 are ignored.
 */
export function tally(values: readonly number[]): Tally {
  const valid = values.filter((value) => (scores as readonly number[]).includes(value));
  const answered = valid.length;
  if (answered < tallyThreshold) {
    return { answered, distribution: null, median: null, mean: null };
  }
  const sorted = [...valid].sort((a, b) => a - b);
  return {
    answered,
    distribution: scores.map((score) => valid.filter((value) => value === score).length),
    median: medianOf(sorted),
    mean: valid.reduce((sum, value) => sum + value, 0) / answered,
  };
}

/** True when the shown safety check's median is 2 or lower: the facilitator should address safety first. */
export function needsSafetyPrompt(t: Tally): boolean {
  return t.median !== null && t.median <= 2;
}
