import { describe, expect, it } from 'vitest';
import { pulseChange, type ChangeSummary } from './change.js';

const itemSetId = 'edmondson-1999-7';

type Released = Extract<ChangeSummary, { released: true }>;

function released(mean: number, over: Partial<Released> = {}): Released {
  return { released: true, itemSetId, n: 5, mean, variance: 0.5, N: 10, ...over };
}

// Two pulses of n = 5 from a team of N = 10, each with s² = 0.5:
// each term s²/n × (N − n)/(N − 1) = 0.1 × 5/9 = 1/18, so SE = √(2/18) = 1/3
// Welch–Satterthwaite df = (2/18)² / (2 × (1/18)² / 4) = 8, t(0.975, 8) = 2.306004
// half-width = 2.306004 / 3 = 0.768668
describe('pulseChange', () => {
  it('says up when the interval of the difference lies above 0', () => {
    // 5.5 − 4 = 1.5 → [0.731332, 2.268668]
    const change = pulseChange(released(4), released(5.5));
    expect(change).toMatchObject({ kind: 'change', direction: 'up', difference: 1.5 });
    if (change.kind !== 'change') throw new Error('expected a change');
    expect(change.interval.low).toBeCloseTo(0.731332, 6);
    expect(change.interval.high).toBeCloseTo(2.268668, 6);
  });

  it('says down when the interval lies below 0', () => {
    // 4 − 5.5 = −1.5 → [−2.268668, −0.731332]
    const change = pulseChange(released(5.5), released(4));
    expect(change).toMatchObject({ kind: 'change', direction: 'down', difference: -1.5 });
    if (change.kind !== 'change') throw new Error('expected a change');
    expect(change.interval.low).toBeCloseTo(-2.268668, 6);
    expect(change.interval.high).toBeCloseTo(-0.731332, 6);
  });

  it('says no clear change when the interval includes 0', () => {
    // 4.5 − 4 = 0.5 → [−0.268668, 1.268668]
    const change = pulseChange(released(4), released(4.5));
    expect(change).toMatchObject({ kind: 'change', direction: 'no-clear-change' });
    if (change.kind !== 'change') throw new Error('expected a change');
    expect(change.interval.low).toBeCloseTo(-0.268668, 6);
  });

  it('applies each pulse its own finite-population correction', () => {
    // 0.9 with FPC: [0.131332, 1.668668] → up.
    expect(pulseChange(released(4), released(4.9))).toMatchObject({ direction: 'up' });
    // Without FPC: terms 0.1 each, SE = √0.2 = 0.447214, df = 0.04 / (2 × 0.01 / 4) = 8,
    // half-width = 2.306004 × 0.447214 = 1.031276 → [−0.131276, 1.931276] → no clear change.
    const change = pulseChange(released(4, { N: null }), released(4.9, { N: null }));
    expect(change).toMatchObject({ direction: 'no-clear-change' });
    if (change.kind !== 'change') throw new Error('expected a change');
    expect(change.interval.low).toBeCloseTo(-0.131276, 6);
    expect(change.interval.high).toBeCloseTo(1.931276, 6);
  });

  it('uses Welch–Satterthwaite degrees of freedom for unequal pulses', () => {
    // a: n = 4, s² = 1 → term 0.25; b: n = 9, s² = 2.25 → term 0.25; SE = √0.5 = 0.707107
    // df = 0.5² / (0.25²/3 + 0.25²/8) = 0.25 / (0.0625 × 11/24) = 96/11 = 8.727273
    // t(0.975, 8.727273) = 2.272979, half-width = 1.607239; 6 − 5 = 1 → [−0.607239, 2.607239]
    const a = released(5, { n: 4, variance: 1, N: null });
    const b = released(6, { n: 9, variance: 2.25, N: null });
    const change = pulseChange(a, b);
    if (change.kind !== 'change') throw new Error('expected a change');
    expect(change.interval.low).toBeCloseTo(-0.607239, 6);
    expect(change.interval.high).toBeCloseTo(2.607239, 6);
    expect(change.direction).toBe('no-clear-change');
  });

  it('is exact when both whole teams answered', () => {
    const a = released(4, { N: 5 });
    expect(pulseChange(a, released(4.2, { N: 5 }))).toEqual({
      kind: 'change',
      difference: 4.2 - 4,
      interval: { low: 4.2 - 4, high: 4.2 - 4 },
      direction: 'up',
    });
    expect(pulseChange(a, released(4, { N: 5 }))).toMatchObject({ direction: 'no-clear-change' });
  });

  it('shows no change when either pulse is below threshold', () => {
    const below: ChangeSummary = { released: false, itemSetId };
    expect(pulseChange(below, released(5))).toEqual({
      kind: 'suppressed',
      reason: 'below-threshold',
    });
    expect(pulseChange(released(5), below)).toEqual({
      kind: 'suppressed',
      reason: 'below-threshold',
    });
  });

  it('shows no change when the item sets differ', () => {
    expect(pulseChange(released(4), released(6, { itemSetId: 'other-5' }))).toEqual({
      kind: 'suppressed',
      reason: 'items-differ',
    });
  });
});
