import { describe, expect, it } from 'vitest';
import { agreementScale, edmondsonItems, itemTextFor, type ValidatedTranslation } from './items.js';

const fake: ValidatedTranslation = {
  language: 'de',
  items: { e1: 'd1', e2: 'd2', e3: 'd3', e4: 'd4', e5: 'd5', e6: 'd6', e7: 'd7' },
  citation: 'Author (2020)',
  url: 'https://doi.org/10.0/x',
};

describe('itemTextFor', () => {
  it('gives English as the original', () => {
    const r = itemTextFor('en-GB');
    expect(r.translated).toBe(true);
    expect(r.items).toBe(edmondsonItems);
  });

  it('German from the PsySafety-Check, with its own scale and source', () => {
    const r = itemTextFor('de-DE');
    expect(r.translated).toBe(true);
    expect(r.items.map((i) => i.id)).toEqual(edmondsonItems.map((i) => i.id));
    expect(r.items.map((i) => i.reversed)).toEqual(edmondsonItems.map((i) => i.reversed));
    expect(r.items[0]!.text).toBe(
      'Wenn man in diesem Team einen Fehler macht, dann wird einem das oft vorgehalten.',
    );
    expect(r.scaleLabels[4]).toBe('bin neutral');
    expect(r.source?.url).toBe('https://doi.org/10.6102/zis279');
  });

  it('ships no unvalidated Japanese (or other): English with translated false', () => {
    for (const language of ['ja', 'ja-JP', 'fr-FR']) {
      const r = itemTextFor(language);
      expect(r.translated).toBe(false);
      expect(r.items).toBe(edmondsonItems);
      expect(r.scaleLabels).toBe(agreementScale);
    }
  });

  it('uses a validated translation when one exists, keeping ids and reversal', () => {
    const r = itemTextFor('de-AT', [fake]);
    expect(r.translated).toBe(true);
    expect(r.items.map((i) => i.text)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7']);
    expect(r.items.map((i) => i.reversed)).toEqual(edmondsonItems.map((i) => i.reversed));
    expect(r.source).toEqual({ citation: 'Author (2020)', url: 'https://doi.org/10.0/x' });
    // Without its own scale labels, the English labels stay (they are part of the instrument).
    expect(r.scaleLabels).toBe(agreementScale);
  });
});
