import type { PulseStatus, PulseSummary } from '../../shared/pulse/api.js';
import type { Formatters } from '../format.js';
import type { MessageId } from '../../shared/i18n/en/index.js';
import { translate } from '../current-intl.js';

export const statusLabels: Record<PulseStatus, string> = {
  get scheduled() {
    return translate('pulse.status.scheduled');
  },
  get open() {
    return translate('pulse.status.open');
  },
  get closed() {
    return translate('pulse.status.closed');
  },
  get cancelled() {
    return translate('pulse.status.cancelled');
  },
};

/** Past pulses show this many at a time, with "Show more": a year of weekly pulses is not a wall. */
export const pastPageSize = 10;

const newestFirst = (a: PulseSummary, b: PulseSummary) =>
  Date.parse(b.opensAt) - Date.parse(a.opensAt);
const soonestFirst = (a: PulseSummary, b: PulseSummary) =>
  Date.parse(a.opensAt) - Date.parse(b.opensAt);

export type PulseSections = {
  /** Taking answers now, newest first: what needs attention. */
  open: PulseSummary[];
  /** Not open yet, the next to open first. */
  scheduled: PulseSummary[];
  /** Closed and cancelled, newest first. */
  past: PulseSummary[];
};

/** The owner's list in three sections: Open, Scheduled, Past. */
export function pulseSections(pulses: readonly PulseSummary[]): PulseSections {
  return {
    open: pulses.filter((p) => p.status === 'open').sort(newestFirst),
    scheduled: pulses.filter((p) => p.status === 'scheduled').sort(soonestFirst),
    past: pulses.filter((p) => p.status === 'closed' || p.status === 'cancelled').sort(newestFirst),
  };
}

/** What a member sees: open pulses to answer, and closed ones whose results were shared. */
export function memberSections(pulses: readonly PulseSummary[]): {
  open: PulseSummary[];
  shared: PulseSummary[];
} {
  const { open, past } = pulseSections(pulses);
  return { open, shared: past.filter((p) => p.status === 'closed' && p.resultsAvailable) };
}

/**
 * Owners only, open pulses only: whether results will show, in words, never a count (a live count
 * would let an owner time an answer to a person).
 */
export function thresholdLabel(
  pulse: PulseSummary,
): { id: MessageId; values?: { k: number } } | null {
  if (pulse.status !== 'open' || pulse.thresholdReached === null) return null;
  return pulse.thresholdReached
    ? { id: 'pulse.owner.enough' }
    : { id: 'pulse.owner.notEnough', values: { k: pulse.k } };
}

/** The owner actions a pulse allows in its state. Results only when they can be shown (n ≥ k). */
export function ownerActions(
  pulse: PulseSummary,
): ('close' | 'cancel' | 'results' | 'share' | 'unshare')[] {
  if (pulse.status === 'open') return ['close', 'cancel'];
  if (pulse.status === 'scheduled') return ['cancel'];
  if (pulse.status === 'closed' && pulse.resultsAvailable)
    return pulse.shared ? ['results', 'unshare'] : ['results', 'share'];
  return [];
}

/** A pulse's name: its title, or when it opened. */
export function pulseTitle(pulse: Pick<PulseSummary, 'title'>): string {
  return pulse.title.trim() || translate('pulse.card.untitled');
}

/** "Opens 4 Dec 2026, 09:30", "Open until 11 Dec 2026, 09:30" or "4 Dec 2026", in the Teams locale. */
export function timingSentence(pulse: PulseSummary, fmt: Formatters): string {
  if (pulse.status === 'scheduled')
    return translate('pulse.card.opensCloses', {
      opens: fmt.moment(pulse.opensAt),
      closes: fmt.moment(pulse.closesAt),
    });
  if (pulse.status === 'open')
    return translate('pulse.card.openUntil', { closes: fmt.moment(pulse.closesAt) });
  if (pulse.status === 'closed')
    return translate('pulse.card.opened', { opened: fmt.day(pulse.opensAt) });
  return translate('pulse.card.planned', { opened: fmt.day(pulse.opensAt) });
}

/** A past pulse's one line: the team score, or why there is none. Never a count. */
export type PulseOutcomeLine =
  | { kind: 'score'; score: string; interval: string }
  | { kind: 'withheld'; text: string }
  | { kind: 'cancelled'; text: string };

export function outcomeLine(pulse: PulseSummary, fmt: Formatters): PulseOutcomeLine | null {
  if (pulse.status === 'cancelled')
    return { kind: 'cancelled', text: translate('pulse.card.cancelledNoResults') };
  if (pulse.status !== 'closed' || pulse.outcome === null) return null;
  if (pulse.outcome.status === 'not-enough-responses')
    return { kind: 'withheld', text: translate('pulse.card.withheld') };
  const { score100, interval100 } = pulse.outcome;
  return {
    kind: 'score',
    score: fmt.number(score100),
    interval: translate('pulse.results.range', {
      low: fmt.number(interval100.low),
      high: fmt.number(interval100.high),
    }),
  };
}
