import { describe, expect, it } from 'vitest';
import type { TrendChange, TrendPulse } from '../../shared/trends/api.js';
import { en } from '../../shared/i18n/en/index.js';
import { latestChange } from './change-wording.js';

/** Shown beside every change: a small team's score moves when one person joins or leaves. */
const smallTeamCaution = en['trends.change.caution'];

function pulse(id: string, closedAt: string, released = true): TrendPulse {
  const base = { pulseId: id, title: id, closedAt, itemSetId: 'edmondson-1999-7', shared: true };
  if (!released) return { ...base, status: 'not-enough-responses', invited: 7 };
  return {
    ...base,
    status: 'released',
    n: 6,
    invited: 7,
    responseRate: 6 / 7,
    mean: 5,
    interval: { low: 4.5, high: 5.5 },
    score100: 66.7,
    favourability: null,
    items: [],
  };
}

const a = pulse('a', '2026-11-06T10:00:00Z');
const b = pulse('b', '2026-11-20T10:00:00Z');
const c = pulse('c', '2026-12-04T10:00:00Z', false);

function trends(pulses: TrendPulse[], change?: TrendChange['change']) {
  return {
    pulses,
    changes: change ? [{ fromPulseId: 'a', toPulseId: 'b', change }] : [],
  };
}

describe('latestChange', () => {
  it('says nothing numeric without two released pulses', () => {
    const wording = latestChange(trends([a]), 'en-GB');
    expect(wording.kind).toBe('none');
    expect(wording.latestWithheld).toBeNull();
  });

  it('names the two pulses it compares by date, in the Teams locale', () => {
    const wording = latestChange(
      trends([a, b], {
        kind: 'change',
        difference: 0.42,
        interval: { low: 0.1, high: 0.74 },
        direction: 'up',
      }),
      'en-GB',
    );
    expect(wording).toEqual({
      kind: 'change',
      latestWithheld: null,
      headline: 'Up',
      text: 'From the pulse of 6 Nov 2026 to the pulse of 20 Nov 2026: up +0.42 points on the 1–7 scale (95% interval of the difference +0.10 to +0.74).',
      caution: smallTeamCaution,
    });
    const de = latestChange(
      trends([a, b], {
        kind: 'change',
        difference: 0.42,
        interval: { low: 0.1, high: 0.74 },
        direction: 'up',
      }),
      'de-DE',
    );
    expect(de.text).toContain('06.11.2026');
    expect(de.text).toContain('+0,42');
  });

  it('says in one sentence that the latest pulse was withheld, and still shows the last change', () => {
    const wording = latestChange(
      trends([a, b, c], {
        kind: 'change',
        difference: -0.5,
        interval: { low: -0.9, high: -0.1 },
        direction: 'down',
      }),
      'en-GB',
    );
    expect(wording.kind === 'change' && wording.headline).toBe('Down');
    expect(wording.text).toContain('−0.50');
    expect(wording.text).toContain('20 Nov 2026');
    expect(wording.latestWithheld).toBe(
      'The latest pulse, closed 4 Dec 2026, had too few responses to show, so it is left out.',
    );
    // No number of the withheld pulse appears anywhere.
    expect(wording.latestWithheld).not.toMatch(/responses:|\d+ of/);
  });

  it('says no clear change when the interval includes zero', () => {
    const wording = latestChange(
      trends([a, b], {
        kind: 'change',
        difference: 0.12,
        interval: { low: -0.2, high: 0.44 },
        direction: 'no-clear-change',
      }),
      'en-GB',
    );
    expect(wording.kind === 'change' && wording.headline).toBe('No clear change');
    expect(wording.text).toContain('includes zero');
    expect(wording.text).toContain('−0.20 to +0.44');
  });

  it('explains a suppressed change and shows no number but the dates', () => {
    const differ = latestChange(
      trends([a, b], { kind: 'suppressed', reason: 'items-differ' }),
      'en-GB',
    );
    expect(differ.kind).toBe('suppressed');
    expect(differ.text).toContain('different questions');
    expect(differ.text.replace(/\d+ \w{3} \d{4}/g, '')).not.toMatch(/\d/);
  });

  it('explains a withheld latest pulse when no change can be shown yet', () => {
    const wording = latestChange(trends([a, c]), 'en-GB');
    expect(wording.kind).toBe('none');
    expect(wording.latestWithheld).toMatch(/^The latest pulse, closed 4 Dec 2026, had too few/);
  });
});

describe('latestChange in another language', () => {
  it('words the change with the translator it is given, numbers and dates in the locale', async () => {
    const { createPageIntl } = await import('../intl-runtime.js');
    const { de } = await import('../../shared/i18n/de/index.js');
    const intl = createPageIntl('de-DE', de);
    const wording = latestChange(
      trends([a, b], {
        kind: 'change',
        difference: -0.5,
        interval: { low: -0.9, high: -0.1 },
        direction: 'down',
      }),
      'de-DE',
      (id, values) => intl.formatMessage({ id }, values),
    );
    expect(wording.kind === 'change' && wording.headline).toBe('Gesunken');
    expect(wording.text).toContain('−0,50 Punkte gesunken');
    expect(wording.text).toContain('06.11.2026');
    expect(wording.kind === 'change' && wording.caution).not.toBe(smallTeamCaution);
  });
});
