import { tally } from '../retro/tallies.js';
import type { RetroHealth } from './api.js';

/** Counts per answer 1..5 (index 0 counts the 1s), as SQL groups them. */
export type ScoreCounts = readonly number[];

/** What the retro-health query counts in SQL; the rules applied to it live here. */
export type RetroHealthCounts = {
  retrosHeld: number;
  /** Participants summed over the retros held. */
  participants: number;
  actions: RetroHealth['actions'];
  /** Action items whose due date has passed, and how many of those were done by their due date. */
  due: { passed: number; doneInTime: number };
  roti: ScoreCounts;
  safety: readonly { retroId: string; date: string; counts: ScoreCounts }[];
};

/** Expands counts back into answers so the retro tallies (and their threshold) apply unchanged. */
function answersOf(counts: ScoreCounts): number[] {
  return counts.flatMap((count, i) => Array.from({ length: count }, () => i + 1));
}

/** Share of due items done within their due date; null while no item is due yet. */
export function completionRate(due: RetroHealthCounts['due']): number | null {
  return due.passed === 0 ? null : due.doneInTime / due.passed;
}

/** ROTI mean and distribution, only from `tallyThreshold` (3) answers, as in the retro itself. */
export function rotiSummary(counts: ScoreCounts): RetroHealth['roti'] {
  const t = tally(answersOf(counts));
  return { answered: t.answered, mean: t.mean, distribution: t.distribution };
}

/** The median safety-check score of one retro; null where fewer than 3 answered. */
export function safetyMedian(counts: ScoreCounts): number | null {
  return tally(answersOf(counts)).median;
}

/** Average participants per retro held; null with no retros. */
export function averageParticipants(participants: number, retros: number): number | null {
  return retros === 0 ? null : participants / retros;
}

/** The owner's retro health from the SQL counts. */
export function retroHealthFrom(counts: RetroHealthCounts): RetroHealth {
  return {
    retrosHeld: counts.retrosHeld,
    actions: counts.actions,
    completionRate: completionRate(counts.due),
    roti: rotiSummary(counts.roti),
    averageParticipants: averageParticipants(counts.participants, counts.retrosHeld),
    safety: counts.safety.map((s) => ({
      retroId: s.retroId,
      date: s.date,
      median: safetyMedian(s.counts),
    })),
  };
}
