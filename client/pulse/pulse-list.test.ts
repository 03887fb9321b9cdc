import { describe, expect, it } from 'vitest';
import type { PulseSummary } from '../../shared/pulse/api.js';
import { formatters } from '../format.js';
import {
  memberSections,
  outcomeLine,
  ownerActions,
  pulseSections,
  thresholdLabel,
  timingSentence,
} from './pulse-list.js';
import { translate } from '../current-intl.js';

function pulse(patch: Partial<PulseSummary>): PulseSummary {
  return {
    id: 'p',
    seriesId: 's',
    title: 'Pulse',
    opensAt: '2026-03-01T09:00:00Z',
    closesAt: '2026-03-08T09:00:00Z',
    recurrence: 'none',
    status: 'open',
    k: 5,
    openQuestion: null,
    shared: false,
    answered: false,
    thresholdReached: null,
    resultsAvailable: false,
    outcome: null,
    ...patch,
  };
}

describe('pulse list', () => {
  it('splits into open, scheduled (next first) and past (newest first, cancelled included)', () => {
    const sections = pulseSections([
      pulse({ id: 'cancelled', status: 'cancelled', opensAt: '2026-01-15T00:00:00Z' }),
      pulse({ id: 'old-closed', status: 'closed', opensAt: '2026-01-01T00:00:00Z' }),
      pulse({ id: 'new-closed', status: 'closed', opensAt: '2026-02-01T00:00:00Z' }),
      pulse({ id: 'later', status: 'scheduled', opensAt: '2026-05-01T00:00:00Z' }),
      pulse({ id: 'sooner', status: 'scheduled', opensAt: '2026-04-01T00:00:00Z' }),
      pulse({ id: 'open', status: 'open' }),
    ]);
    expect(sections.open.map((p) => p.id)).toEqual(['open']);
    expect(sections.scheduled.map((p) => p.id)).toEqual(['sooner', 'later']);
    expect(sections.past.map((p) => p.id)).toEqual(['new-closed', 'cancelled', 'old-closed']);
  });

  it('shows members open pulses and shared results only', () => {
    const sections = memberSections([
      pulse({ id: 'open', status: 'open' }),
      pulse({ id: 'shared', status: 'closed', resultsAvailable: true, shared: true }),
      pulse({ id: 'closed', status: 'closed' }),
      pulse({ id: 'scheduled', status: 'scheduled' }),
    ]);
    expect(sections.open.map((p) => p.id)).toEqual(['open']);
    expect(sections.shared.map((p) => p.id)).toEqual(['shared']);
  });

  it('says in words whether results will show, never a count, and only for open pulses', () => {
    const said = (label: ReturnType<typeof thresholdLabel>) =>
      label && translate(label.id, label.values);
    expect(said(thresholdLabel(pulse({ thresholdReached: true })))).toBe(
      'Enough people have answered: results will show when it closes.',
    );
    expect(said(thresholdLabel(pulse({ thresholdReached: false, k: 4 })))).toBe(
      'Results show once at least 4 people have answered. Not enough yet.',
    );
    expect(thresholdLabel(pulse({ thresholdReached: null }))).toBeNull();
    expect(thresholdLabel(pulse({ status: 'closed', thresholdReached: true }))).toBeNull();
  });

  it('offers results only when they can be shown, and share or stop sharing', () => {
    expect(ownerActions(pulse({ status: 'open' }))).toEqual(['close', 'cancel']);
    expect(ownerActions(pulse({ status: 'scheduled' }))).toEqual(['cancel']);
    expect(ownerActions(pulse({ status: 'closed', resultsAvailable: true }))).toEqual([
      'results',
      'share',
    ]);
    expect(ownerActions(pulse({ status: 'closed', resultsAvailable: true, shared: true }))).toEqual(
      ['results', 'unshare'],
    );
    // Withheld (n < k): no "View results" that would lead to a page with nothing on it.
    expect(ownerActions(pulse({ status: 'closed' }))).toEqual([]);
    expect(ownerActions(pulse({ status: 'cancelled' }))).toEqual([]);
  });

  it('gives each past pulse one line: its score and interval, or why there is none', () => {
    const fmt = formatters('en-GB');
    const released = pulse({
      status: 'closed',
      resultsAvailable: true,
      outcome: { status: 'released', score100: 67.6, interval100: { low: 58.2, high: 77.04 } },
    });
    expect(outcomeLine(released, fmt)).toEqual({
      kind: 'score',
      score: '68',
      interval: '58 to 77',
    });
    expect(
      outcomeLine(pulse({ status: 'closed', outcome: { status: 'not-enough-responses' } }), fmt),
    ).toEqual({ kind: 'withheld', text: 'Not enough responses to show results.' });
    expect(outcomeLine(pulse({ status: 'cancelled' }), fmt)?.kind).toBe('cancelled');
    expect(outcomeLine(pulse({ status: 'open' }), fmt)).toBeNull();
  });

  it('writes dates in the one day format of the Teams locale', () => {
    const fmt = formatters('en-GB');
    expect(timingSentence(pulse({ status: 'closed', opensAt: '2026-12-04T12:00:00Z' }), fmt)).toBe(
      'Opened 4 Dec 2026',
    );
  });
});
