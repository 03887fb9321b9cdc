import type { Trends } from '../../shared/trends/api.js';
import type { MessageId } from '../../shared/i18n/en/index.js';
import { translate, type TextValues } from '../current-intl.js';
import { formatters } from '../format.js';
import { pulseLabels } from './series.js';

type Translate = (id: MessageId, values?: TextValues) => string;

/**
 * The latest change, worded for everyone alike: it always compares the two latest pulses with
 * results (enough responses to show), names them by date, and says in one sentence when a newer
 * pulse was left out because it had too few responses. Sentences are in the page's language.
 */
export type ChangeWording = { latestWithheld: string | null } & (
  | { kind: 'none'; text: string }
  | { kind: 'suppressed'; text: string }
  | { kind: 'change'; headline: string; text: string; caution: string }
);

/** The latest change between released pulses in the range, worded carefully. */
export function latestChange(
  trends: Pick<Trends, 'changes' | 'pulses'>,
  locale: string,
  t: Translate = translate,
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
      ? t('trends.change.latestWithheld', { date: dateOf.get(newest.pulseId) })
      : null;

  const last = trends.changes.at(-1);
  if (!last) return { kind: 'none', latestWithheld, text: t('trends.change.none') };
  const from = dateOf.get(last.fromPulseId) ?? t('trends.change.earlierPulse');
  const to = dateOf.get(last.toPulseId) ?? t('trends.change.laterPulse');
  const change = last.change;
  if (change.kind === 'suppressed') {
    return {
      kind: 'suppressed',
      latestWithheld,
      text: t(
        change.reason === 'below-threshold'
          ? 'trends.change.belowThreshold'
          : 'trends.change.differentItems',
        { from, to },
      ),
    };
  }
  const values = {
    from,
    to,
    difference: signed(change.difference),
    low: signed(change.interval.low),
    high: signed(change.interval.high),
  };
  const caution = t('trends.change.caution');
  if (change.direction === 'no-clear-change') {
    return {
      kind: 'change',
      latestWithheld,
      headline: t('trends.change.noClear'),
      text: t('trends.change.noClearText', values),
      caution,
    };
  }
  const up = change.direction === 'up';
  return {
    kind: 'change',
    latestWithheld,
    headline: t(up ? 'trends.change.up' : 'trends.change.down'),
    text: t(up ? 'trends.change.upText' : 'trends.change.downText', values),
    caution,
  };
}
