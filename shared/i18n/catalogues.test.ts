import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { en } from './en/index.js';
import { de } from './de/index.js';
import { ja } from './ja/index.js';

/** Argument names and tag names a message uses, so a translation cannot drop or invent one. */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.type === TYPE.tag ? `<${element.value}>` : element.value);
    if (element.type === TYPE.tag) placeholders(element.children, into);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
  }
  return into;
}

const translations = { de, ja } as const;

describe('message catalogues', () => {
  it('English messages are non-empty ICU messages', () => {
    for (const [id, message] of Object.entries(en)) {
      expect(message.trim(), id).not.toBe('');
      expect(() => parse(message), id).not.toThrow();
    }
  });

  for (const [language, catalogue] of Object.entries(translations)) {
    it(`${language} has exactly the English ids`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    });

    it(`${language} uses the same arguments and tags as English in every message`, () => {
      const mismatches: string[] = [];
      for (const [id, english] of Object.entries(en)) {
        const translated = (catalogue as Record<string, string>)[id] ?? '';
        let ours: Set<string>;
        try {
          ours = placeholders(parse(translated));
        } catch (error) {
          mismatches.push(`${id}: not ICU (${String(error)})`);
          continue;
        }
        const theirs = [...placeholders(parse(english))].sort().join(',');
        if ([...ours].sort().join(',') !== theirs)
          mismatches.push(`${id}: ${theirs} vs ${[...ours]}`);
        if (translated.trim() === '') mismatches.push(`${id}: empty`);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('the placeholder check can fail', () => {
    expect(
      [
        ...placeholders(parse('{count, plural, one {# card} other {# cards}} by <b>{name}</b>')),
      ].sort(),
    ).toEqual(['<b>', 'count', 'name']);
  });
});
