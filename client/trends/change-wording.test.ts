import { describe, expect, it } from 'vitest';
import type { TrendChange } from '../../shared/trends/api.js';
import { latestChange, smallTeamCaution } from './change-wording.js';

function changes(...list: TrendChange['change'][]): { changes: TrendChange[] } {
  return {
    changes: list.map((change, i) => ({ fromPulseId: `p${i}`, toPulseId: `p${i + 1}`, change })),
  };
}

describe('latestChange', () => {
  it('says nothing numeric without two pulses', () => {
    expect(latestChange({ changes: [] }).kind).toBe('none');
  });

  it('reads the last change only', () => {
    const wording = latestChange(
      changes(
        { kind: 'suppressed', reason: 'items-differ' },
        { kind: 'change', difference: 0.42, interval: { low: 0.1, high: 0.74 }, direction: 'up' },
      ),
    );
    expect(wording).toEqual({
      kind: 'change',
      headline: 'Up',
      text: 'Up since the last pulse: +0.42 points on the 1–7 scale (95% interval of the difference +0.10 to +0.74).',
      caution: smallTeamCaution,
    });
  });

  it('words a decrease with a minus sign and the small-team caution', () => {
    const wording = latestChange(
      changes({
        kind: 'change',
        difference: -0.5,
        interval: { low: -0.9, high: -0.1 },
        direction: 'down',
      }),
    );
    expect(wording.kind === 'change' && wording.headline).toBe('Down');
    expect(wording.text).toContain('−0.50');
    expect(smallTeamCaution).toContain('one person joining or leaving moves the score');
  });

  it('says no clear change when the interval includes zero', () => {
    const wording = latestChange(
      changes({
        kind: 'change',
        difference: 0.12,
        interval: { low: -0.2, high: 0.44 },
        direction: 'no-clear-change',
      }),
    );
    expect(wording.kind === 'change' && wording.headline).toBe('No clear change');
    expect(wording.text).toContain('includes zero');
  });

  it('explains a suppressed change and shows no number', () => {
    const below = latestChange(changes({ kind: 'suppressed', reason: 'below-threshold' }));
    expect(below.kind).toBe('suppressed');
    expect(below.text).toContain('too few responses');
    expect(below.text).not.toMatch(/\d/);
    const differ = latestChange(changes({ kind: 'suppressed', reason: 'items-differ' }));
    expect(differ.text).toContain('different questions');
  });
});
