import type { Decision } from './machine.js';

/** A person's votes per group id. */
export type MyVotes = Readonly<Record<string, number>>;

export type VoteLimits = {
  /** Votes each person may spend in total. */
  budget: number;
  /** Votes each person may give one group. */
  cap: number;
};

function votesUsed(myVotes: MyVotes): number {
  return Object.values(myVotes).reduce((sum, count) => sum + count, 0);
}

/** Votes this person has still to spend (never below 0). */
export function votesLeft(budget: number, myVotes: MyVotes): number {
  return Math.max(0, budget - votesUsed(myVotes));
}

/** May this person add (+1) or take back (-1) a vote on this group, within the budget and cap? */
export function checkVote(
  opts: VoteLimits,
  myVotes: MyVotes,
  groupId: string,
  delta: 1 | -1,
): Decision {
  // Own keys only: a group id such as `constructor` must not read Object.prototype.
  const current = Object.hasOwn(myVotes, groupId) ? (myVotes[groupId] ?? 0) : 0;
  if (delta === -1) {
    return current > 0 ? { ok: true } : { ok: false, refusal: { id: 'rules.vote.noneToTakeBack' } };
  }
  if (votesUsed(myVotes) + 1 > opts.budget) {
    return { ok: false, refusal: { id: 'rules.vote.budgetUsed', values: { budget: opts.budget } } };
  }
  if (current + 1 > opts.cap) {
    return { ok: false, refusal: { id: 'rules.vote.capReached', values: { cap: opts.cap } } };
  }
  return { ok: true };
}

/** The votes after a change `checkVote` allowed. Groups left at 0 are dropped. */
export function applyVote(
  myVotes: MyVotes,
  groupId: string,
  delta: 1 | -1,
): Record<string, number> {
  const count = (Object.hasOwn(myVotes, groupId) ? (myVotes[groupId] ?? 0) : 0) + delta;
  const { [groupId]: _previous, ...others } = myVotes;
  return count === 0 ? others : { ...others, [groupId]: count };
}
