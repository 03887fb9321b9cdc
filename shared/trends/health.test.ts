import { describe, expect, it } from 'vitest';
import { retroHealthSchema } from './api.js';
import {
  averageParticipants,
  completionRate,
  retroHealthFrom,
  rotiSummary,
  safetyMedian,
} from './health.js';

describe('completion rate', () => {
  it('is the share of due items done in time; overdue and late items count against it', () => {
    // 4 due: 1 done in time, 1 done late, 1 overdue (still open), 1 dropped.
    expect(completionRate({ passed: 4, doneInTime: 1 })).toBe(0.25);
  });
  it('is null while nothing is due, never 0', () => {
    expect(completionRate({ passed: 0, doneInTime: 0 })).toBeNull();
  });
});

describe('ROTI distribution', () => {
  it('is withheld under 3 answers, with only the count', () => {
    expect(rotiSummary([0, 1, 0, 1, 0])).toEqual({ answered: 2, mean: null, distribution: null });
  });
  it('shows mean and distribution from 3 answers', () => {
    expect(rotiSummary([0, 1, 0, 1, 1])).toEqual({
      answered: 3,
      mean: (2 + 4 + 5) / 3,
      distribution: [0, 1, 0, 1, 1],
    });
  });
});

describe('safety medians', () => {
  it('is null under 3 answers and the median from 3', () => {
    expect(safetyMedian([0, 0, 2, 0, 0])).toBeNull();
    expect(safetyMedian([1, 0, 1, 0, 1])).toBe(3);
    expect(safetyMedian([0, 2, 0, 2, 0])).toBe(3);
  });
});

describe('retro health', () => {
  it('averages participants per retro, null with no retros', () => {
    expect(averageParticipants(14, 4)).toBe(3.5);
    expect(averageParticipants(0, 0)).toBeNull();
  });

  it('assembles a contract-valid health', () => {
    const health = retroHealthFrom({
      retrosHeld: 2,
      participants: 9,
      actions: { created: 5, done: 2, open: 2, dropped: 1, overdue: 1 },
      due: { passed: 3, doneInTime: 1 },
      roti: [0, 0, 1, 3, 2],
      safety: [
        { retroId: 'r1', date: '2026-01-05', counts: [0, 0, 0, 4, 1] },
        { retroId: 'r2', date: '2026-01-19', counts: [0, 1, 1, 0, 0] },
      ],
    });
    expect(retroHealthSchema.parse(health)).toEqual(health);
    expect(health.completionRate).toBeCloseTo(1 / 3, 12);
    expect(health.averageParticipants).toBe(4.5);
    expect(health.roti.distribution).toEqual([0, 0, 1, 3, 2]);
    expect(health.safety.map((s) => s.median)).toEqual([4, null]);
  });
});
