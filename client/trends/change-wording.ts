import type { Trends } from '../../shared/trends/api.js';
import { formatters } from '../format.js';
import { pulseLabels } from './series.js';

/**
 * The latest change, worded for everyone alike: it always compares the two latest pulses with
 * results (enough responses to show), names them by date, and says in one sentence when a newer
 * pulse was left out because it had too few responses.
 */
export type ChangeWording = { latestWithheld: string | null } & (
  | { kind: 'none'; text: string }
  | { kind: 'suppressed'; text: string }
  | { kind: 'change'; headline: 'Up' | 'Down' | 'No clear change'; text: string; caution: string }
);

/** Shown beside every change: a small team's score moves when one person joins or leaves. */
export const smallTeamCaution =
  'In a small team one person joining or leaving moves the score, so read a change as a prompt to talk, not a verdict.';

/** The latest change between released pulses in the range, worded carefully. */
export function latestChange(
  trends: Pick<Trends, 'changes' | 'pulses'>,
  locale: string,
): ChangeWording {
  const { number } = formatters(locale);
  const labels = pulseLabels(trends.pulses, locale);
  const dateOf = new Map(trends.pulses.map((p, i) => [p.pulseId, labels[i] ?? '']));
  const signed = (value: number) => {
    const text = number(Math.abs(value), 2);
    if (Math.abs(value) < 0.005) return text;
    return value > 0 ? `+${text}` : `−${text}`;
  };

  const newest = trends.pulses.at(-1);
  const latestWithheld =
    newest?.status === 'not-enough-responses'
      ? `The latest pulse, closed ${dateOf.get(newest.pulseId)}, had too few responses to show, so it is left out.`
      : null;

  const last = trends.changes.at(-1);
  if (!last) {
    return {
      kind: 'none',
      latestWithheld,
      text: 'A change appears once two pulses in this range have enough responses to show.',
    };
  }
  const from = dateOf.get(last.fromPulseId) ?? 'the earlier pulse';
  const to = dateOf.get(last.toPulseId) ?? 'the later pulse';
  const change = last.change;
  if (change.kind === 'suppressed') {
    return {
      kind: 'suppressed',
      latestWithheld,
      text:
        change.reason === 'below-threshold'
          ? `No change is shown: the pulses of ${from} and ${to} had too few responses to compare.`
          : `No change is shown: the pulses of ${from} and ${to} asked different questions, so their scores cannot be compared.`,
    };
  }
  const pair = `From the pulse of ${from} to the pulse of ${to}`;
  const difference = `${signed(change.difference)} points on the 1–7 scale`;
  const range = `${signed(change.interval.low)} to ${signed(change.interval.high)}`;
  if (change.direction === 'no-clear-change') {
    return {
      kind: 'change',
      latestWithheld,
      headline: 'No clear change',
      text: `${pair}: ${difference}, but the 95% interval of the difference (${range}) includes zero.`,
      caution: smallTeamCaution,
    };
  }
  const up = change.direction === 'up';
  return {
    kind: 'change',
    latestWithheld,
    headline: up ? 'Up' : 'Down',
    text: `${pair}: ${up ? 'up' : 'down'} ${difference} (95% interval of the difference ${range}).`,
    caution: smallTeamCaution,
  };
}
