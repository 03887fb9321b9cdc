import { describe, expect, it } from 'vitest';
import { edmondsonItems } from './items.js';
import { itemTranslationFor, itemTranslations } from './item-translations.js';

describe('validated translations of the seven items', () => {
  it('each gives every item, the whole scale and its source', () => {
    for (const t of itemTranslations) {
      expect(Object.keys(t.items).sort()).toEqual(edmondsonItems.map((i) => i.id).sort());
      expect(Object.keys(t.scale)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
      for (const text of [...Object.values(t.items), ...Object.values(t.scale)]) {
        expect(text.trim()).not.toBe('');
      }
      expect(t.citation).toMatch(/\(\d{4}\)/);
      expect(t.url).toMatch(/^https:\/\/doi\.org\//);
    }
  });

  it('German comes from the PsySafety-Check; Japanese and English have none', () => {
    expect(itemTranslationFor('de')?.url).toBe('https://doi.org/10.6102/zis279');
    expect(itemTranslationFor('de')?.items.e4).toBe(
      'In diesem Team kann man sich trauen, ein persönliches Risiko einzugehen.',
    );
    expect(itemTranslationFor('ja')).toBeNull();
    expect(itemTranslationFor('en')).toBeNull();
  });
});
