import type { ItemResult, PulseResults, ResultsResponse } from './api.js';
import type { ChangeSummary } from './change.js';
import {
  commentsThreshold,
  edmondsonItems,
  edmondsonItemSetId,
  minK,
  type PulseItem,
} from './items.js';
import {
  answeredCount,
  favourabilityOf,
  favourabilityShares,
  isCountable,
  personScore,
  scoreAnswers,
  type Answers,
} from './scoring.js';
import { mean, sampleVariance, tInterval95, to100 } from './stats.js';
import {
  releasedFavourability,
  statementReleases,
  type BandCounts,
  type StatementRelease,
} from './suppression.js';

/** A stored response: answers in item order (null = skipped) and the optional comment. No identity. */
export type ResponseRow = { answers: Answers; comment: string | null };

export type ResultsInput = {
  pulseId: string;
  title: string;
  closedAt: string;
  shared: boolean;
  responses: readonly ResponseRow[];
  /** The pulse's anonymity threshold; never taken below `minK`. */
  k: number;
  /** N: team size from Graph when the pulse closed. */
  invited: number;
  /** True only for an owner's own view; shared views never carry comments. */
  includeComments: boolean;
  items?: readonly PulseItem[];
};

export type WithheldForThreshold = Extract<ResultsResponse, { status: 'not-enough-responses' }>;

export const notEnoughResponsesMessage =
  'Not enough responses to protect anonymity, so the results stay hidden. ' +
  'Encourage the team to answer the next pulse; results show once enough people take part.';

// A pulse's k is stored as set, but no results are ever released on fewer than minK answers.
const thresholdOf = (k: number): number => Math.max(k, minK);

/** Only responses with enough items answered count: toward n, the scores, the items and the comments. */
export function countedResponses<T extends { answers: Answers }>(responses: readonly T[]): T[] {
  return responses.filter((response) => isCountable(response.answers));
}

/** Person scores of counted responses (each has enough answers, so each has a score). */
function personScores(counted: readonly { answers: Answers }[], items?: readonly PulseItem[]) {
  return counted.map((response) => {
    const score = personScore(response.answers, items);
    if (score === null) throw new Error('Unreachable: a counted response always has a score.');
    return score;
  });
}

/** Per item: the scored answers of the counted people who answered it. */
function scoredPerItem(counted: readonly ResponseRow[], items: readonly PulseItem[]): number[][] {
  const scored = counted.map((response) => scoreAnswers(response.answers, items));
  return items.map((_, i) => scored.flatMap((values) => values[i] ?? []));
}

const bandCounts = (values: readonly number[]): BandCounts => {
  const counts: BandCounts = { favourable: 0, neutral: 0, unfavourable: 0 };
  for (const value of values) counts[favourabilityOf(value)] += 1;
  return counts;
};

/** Which statements may show, by the per-statement threshold (shared/pulse/suppression.ts). */
function releasesOf(counted: readonly ResponseRow[], scored: readonly number[][], k: number) {
  const answeredCounts = new Set(counted.map((response) => answeredCount(response.answers)));
  return statementReleases({
    k,
    answered: scored.map((values) => values.length),
    sameAnsweredCount: answeredCounts.size <= 1,
  });
}

function itemResults(
  counted: readonly ResponseRow[],
  items: readonly PulseItem[],
  releases: readonly StatementRelease[],
  scored: readonly number[][],
): ItemResult[] {
  return items.map((item, i): ItemResult => {
    const base = { itemId: item.id, text: item.text, reversed: item.reversed };
    const release = releases[i] ?? { status: 'withheld', reason: 'few-answers' };
    // Withheld: no mean, no split and no count, not even as a null.
    if (release.status === 'withheld')
      return { ...base, status: 'withheld', reason: release.reason };
    return {
      ...base,
      status: 'released',
      mean: mean(counted.flatMap((response) => response.answers[i] ?? [])),
      favourability: favourabilityShares(scored[i] ?? []),
    };
  });
}

/** Comments as a sorted list, so their order says nothing about who answered when. */
function sortedComments(counted: readonly ResponseRow[]): string[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return counted
    .flatMap((response) => response.comment?.trim() || [])
    .sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The results of a closed pulse under the anonymity rules. Below k counted responses it returns
 * only the reason and the invited count. Otherwise: the team mean of person scores (1–7 and 0–100),
 * its 95% t-interval with the finite-population correction (kept within 1–7, where the true mean
 * must lie), favourability overall (share of the released statements' scored answers) and per
 * item, raw item means, and the response rate. A statement fewer than k counted people answered
 * shows no number (shared/pulse/suppression.ts). Comments only when asked for and n ≥ `commentsThreshold`.
 */
export function computeResults(input: ResultsInput): ResultsResponse {
  const items = input.items ?? edmondsonItems;
  const counted = countedResponses(input.responses);
  const n = counted.length;
  if (n < thresholdOf(input.k)) {
    const withheld: WithheldForThreshold = {
      status: 'not-enough-responses',
      pulseId: input.pulseId,
      invited: input.invited,
      message: notEnoughResponsesMessage,
    };
    return withheld;
  }

  const scores = personScores(counted, items);
  const interval = tInterval95(scores, input.invited);
  if (interval === null) throw new Error('Unreachable: n ≥ minK ≥ 2 always has an interval.');
  const scored = scoredPerItem(counted, items);
  const releases = releasesOf(counted, scored, input.k);

  const results: PulseResults = {
    status: 'released',
    pulseId: input.pulseId,
    title: input.title,
    closedAt: input.closedAt,
    n,
    invited: input.invited,
    // Capped at 1: people who answered and then left the team still count in n.
    responseRate: input.invited > 0 ? Math.min(1, n / input.invited) : 1,
    mean: interval.mean,
    score100: to100(interval.mean),
    interval: { low: Math.max(1, interval.low), high: Math.min(7, interval.high) },
    favourability: releasedFavourability(scored.map(bandCounts), releases),
    items: itemResults(counted, items, releases, scored),
    comments: input.includeComments && n >= commentsThreshold ? sortedComments(counted) : null,
    shared: input.shared,
  };
  return results;
}

export type ChangeSummaryInput = {
  responses: readonly { answers: Answers }[];
  k: number;
  invited: number | null;
  itemSetId?: string;
  items?: readonly PulseItem[];
};

/** What `pulseChange` needs from one closed pulse; no numbers when it is below its threshold. */
export function summaryForChange(input: ChangeSummaryInput): ChangeSummary {
  const itemSetId = input.itemSetId ?? edmondsonItemSetId;
  const counted = countedResponses(input.responses);
  if (counted.length < thresholdOf(input.k)) return { released: false, itemSetId };
  const scores = personScores(counted, input.items);
  return {
    released: true,
    itemSetId,
    n: scores.length,
    mean: mean(scores),
    variance: sampleVariance(scores),
    N: input.invited,
  };
}
