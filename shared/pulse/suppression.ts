import type { MessageId } from '../i18n/en/index.js';
import type { Favourability, StatementWithheldReason } from './api.js';
import { minK } from './items.js';

/**
 * Per-statement small cells (docs/small-cells.md). A statement's mean and split rest on the
 * counted people who answered it, which can be fewer than the pulse's n, because a person may skip
 * 2 of the 7. So each statement needs k answers of its own, and the other released figures must
 * not let anyone subtract their way to a withheld one:
 *
 * - Overall favourability counts item answers in bands. Over all items, the released item splits
 *   and the overall split would give the withheld item's split by subtraction, so it is counted
 *   over released statements only (and is null when none is released).
 * - The team score is a mean of person means. Each answer weighs 1 / (items that person answered),
 *   and those counts are never released, so item sums cannot be taken out of it. Except when every
 *   counted person answered the same number a of items: then the team mean is Σ(all answers) / (a·n)
 *   and the withheld sum is a·n·mean − Σ(released sums). Then one more statement is withheld (the
 *   released one with the fewest answers), so the subtraction gives only the sum of a withheld
 *   statement and one answered by at least k people.
 */
export type StatementRelease =
  { status: 'released' } | { status: 'withheld'; reason: StatementWithheldReason };

export type StatementCounts = {
  /** The pulse's k as stored; never taken below `minK`. */
  k: number;
  /** Per item, in item order: how many counted people answered it. */
  answered: readonly number[];
  /** True when every counted response answered the same number of items. */
  sameAnsweredCount: boolean;
};

/** Which statements of a released pulse may show their mean and split, and why not the others. */
export function statementReleases(counts: StatementCounts): StatementRelease[] {
  const threshold = Math.max(counts.k, minK);
  const releases: StatementRelease[] = counts.answered.map((answered) =>
    answered >= threshold ? { status: 'released' } : { status: 'withheld', reason: 'few-answers' },
  );
  const anyWithheld = releases.some((r) => r.status === 'withheld');
  if (anyWithheld && counts.sameAnsweredCount) {
    const partner = fewestAnsweredReleased(counts.answered, releases);
    if (partner !== null) releases[partner] = { status: 'withheld', reason: 'protects-another' };
  }
  return releases;
}

/** The released statement with the fewest answers (the first on a tie); null when none is left. */
function fewestAnsweredReleased(
  answered: readonly number[],
  releases: readonly StatementRelease[],
): number | null {
  let best: number | null = null;
  releases.forEach((release, i) => {
    if (release.status !== 'released') return;
    if (best === null || (answered[i] ?? 0) < (answered[best] ?? 0)) best = i;
  });
  return best;
}

/** Band counts of one statement's scored answers. */
export type BandCounts = Favourability;

/**
 * Overall favourability over the released statements' answers only, so it holds nothing of a
 * withheld one. Null when no statement is released.
 */
export function releasedFavourability(
  bands: readonly BandCounts[],
  releases: readonly StatementRelease[],
): Favourability | null {
  const total: BandCounts = { favourable: 0, neutral: 0, unfavourable: 0 };
  releases.forEach((release, i) => {
    const item = bands[i];
    if (release.status !== 'released' || !item) return;
    total.favourable += item.favourable;
    total.neutral += item.neutral;
    total.unfavourable += item.unfavourable;
  });
  const answers = total.favourable + total.neutral + total.unfavourable;
  if (answers === 0) return null;
  return {
    favourable: total.favourable / answers,
    neutral: total.neutral / answers,
    unfavourable: total.unfavourable / answers,
  };
}

/** What the results, the trends and the CSV say instead of a withheld statement's numbers. */
/** The same reasons as catalogue ids, for components (they translate). */
export const withheldStatementMessage: Record<StatementWithheldReason, MessageId> = {
  'few-answers': 'pulse.results.withheldFew',
  'protects-another': 'pulse.results.withheldProtects',
};

export const withheldStatementText: Record<StatementWithheldReason, string> = {
  'few-answers': 'Not enough answers to this statement',
  'protects-another':
    'Hidden so that a statement with too few answers cannot be worked out from it',
};
