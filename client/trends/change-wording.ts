import type { Trends } from '../../shared/trends/api.js';

export type ChangeWording =
  | { kind: 'none'; text: string }
  | { kind: 'suppressed'; text: string }
  | { kind: 'change'; headline: 'Up' | 'Down' | 'No clear change'; text: string; caution: string };

/** Shown beside every change: a small team's score moves when one person joins or leaves. */
export const smallTeamCaution =
  'In a small team one person joining or leaving moves the score, so read a change as a prompt to talk, not a verdict.';

function signed(value: number): string {
  const fixed = Math.abs(value).toFixed(2);
  if (fixed === '0.00') return fixed;
  return value > 0 ? `+${fixed}` : `−${fixed}`;
}

/** The change between the last two closed pulses in the range, worded carefully. */
export function latestChange(trends: Pick<Trends, 'changes'>): ChangeWording {
  const last = trends.changes.at(-1);
  if (!last) {
    return {
      kind: 'none',
      text: 'A change appears once there are two closed pulses in this range.',
    };
  }
  const change = last.change;
  if (change.kind === 'suppressed') {
    return {
      kind: 'suppressed',
      text:
        change.reason === 'below-threshold'
          ? 'No change is shown: one of the last two pulses had too few responses to report without risking anonymity.'
          : 'No change is shown: the last two pulses asked different questions, so their scores cannot be compared.',
    };
  }
  const range = `95% interval of the difference ${signed(change.interval.low)} to ${signed(change.interval.high)}`;
  const difference = `${signed(change.difference)} points on the 1–7 scale`;
  if (change.direction === 'no-clear-change') {
    return {
      kind: 'change',
      headline: 'No clear change',
      text: `No clear change since the last pulse: ${difference}, and the ${range} includes zero.`,
      caution: smallTeamCaution,
    };
  }
  const up = change.direction === 'up';
  return {
    kind: 'change',
    headline: up ? 'Up' : 'Down',
    text: `${up ? 'Up' : 'Down'} since the last pulse: ${difference} (${range}).`,
    caution: smallTeamCaution,
  };
}
