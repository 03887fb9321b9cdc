import { describe, expect, it } from 'vitest';
import type { PulseSummary } from '../../shared/pulse/api.js';
import { memberSections, ownerActions, sortPulses, thresholdLabel } from './pulse-list.js';

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
  it('orders open, scheduled, closed, cancelled; newest first within a status', () => {
    const sorted = sortPulses([
      pulse({ id: 'cancelled', status: 'cancelled' }),
      pulse({ id: 'old-closed', status: 'closed', opensAt: '2026-01-01T00:00:00Z' }),
      pulse({ id: 'new-closed', status: 'closed', opensAt: '2026-02-01T00:00:00Z' }),
      pulse({ id: 'scheduled', status: 'scheduled' }),
      pulse({ id: 'open', status: 'open' }),
    ]);
    expect(sorted.map((p) => p.id)).toEqual([
      'open',
      'scheduled',
      'new-closed',
      'old-closed',
      'cancelled',
    ]);
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

  it('says only yes or not yet about the threshold, and only for open pulses', () => {
    expect(thresholdLabel(pulse({ thresholdReached: true }))).toBe('Threshold reached: yes');
    expect(thresholdLabel(pulse({ thresholdReached: false }))).toBe('Threshold reached: not yet');
    expect(thresholdLabel(pulse({ thresholdReached: null }))).toBeNull();
    expect(thresholdLabel(pulse({ status: 'closed', thresholdReached: true }))).toBeNull();
  });

  it('offers the owner actions each state allows', () => {
    expect(ownerActions(pulse({ status: 'open' }))).toEqual(['close', 'cancel']);
    expect(ownerActions(pulse({ status: 'scheduled' }))).toEqual(['cancel']);
    expect(ownerActions(pulse({ status: 'closed', resultsAvailable: true }))).toEqual([
      'results',
      'share',
    ]);
    expect(ownerActions(pulse({ status: 'closed', resultsAvailable: true, shared: true }))).toEqual(
      ['results'],
    );
    expect(ownerActions(pulse({ status: 'closed' }))).toEqual(['results']);
    expect(ownerActions(pulse({ status: 'cancelled' }))).toEqual([]);
  });
});
