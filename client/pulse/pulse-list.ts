import type { PulseStatus, PulseSummary } from '../../shared/pulse/api.js';

export const statusLabels: Record<PulseStatus, string> = {
  scheduled: 'Scheduled',
  open: 'Open',
  closed: 'Closed',
  cancelled: 'Cancelled',
};

const statusOrder: Record<PulseStatus, number> = { open: 0, scheduled: 1, closed: 2, cancelled: 3 };

/** Open pulses first (what needs attention), then upcoming, then past; newest first within each. */
export function sortPulses(pulses: readonly PulseSummary[]): PulseSummary[] {
  return [...pulses].sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      Date.parse(b.opensAt) - Date.parse(a.opensAt),
  );
}

/** What a member sees: open pulses to answer, and closed ones whose results were shared. */
export function memberSections(pulses: readonly PulseSummary[]): {
  open: PulseSummary[];
  shared: PulseSummary[];
} {
  const sorted = sortPulses(pulses);
  return {
    open: sorted.filter((p) => p.status === 'open'),
    shared: sorted.filter((p) => p.status === 'closed' && p.resultsAvailable),
  };
}

/** Owners only, open pulses only: a yes or no, never a count. */
export function thresholdLabel(pulse: PulseSummary): string | null {
  if (pulse.status !== 'open' || pulse.thresholdReached === null) return null;
  return pulse.thresholdReached ? 'Threshold reached: yes' : 'Threshold reached: not yet';
}

/** The owner actions a pulse allows in its state. */
export function ownerActions(pulse: PulseSummary): ('close' | 'cancel' | 'results' | 'share')[] {
  if (pulse.status === 'open') return ['close', 'cancel'];
  if (pulse.status === 'scheduled') return ['cancel'];
  if (pulse.status === 'closed')
    return pulse.resultsAvailable && !pulse.shared ? ['results', 'share'] : ['results'];
  return [];
}

/** A pulse's name: its title, or when it opened. */
export function pulseTitle(pulse: Pick<PulseSummary, 'title'>): string {
  return pulse.title.trim() || 'Team pulse';
}

/** "Opens 10 Mar, 09:30" or "Open until 17 Mar, 09:30" and so on, in the viewer's locale. */
export function timingSentence(pulse: PulseSummary, locale?: string): string {
  const fmt = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  if (pulse.status === 'scheduled')
    return `Opens ${fmt(pulse.opensAt)}, closes ${fmt(pulse.closesAt)}`;
  if (pulse.status === 'open') return `Open until ${fmt(pulse.closesAt)}`;
  if (pulse.status === 'closed') return `Opened ${fmt(pulse.opensAt)}`;
  return `Was planned for ${fmt(pulse.opensAt)}`;
}
