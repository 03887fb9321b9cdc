import { describe, expect, it } from 'vitest';
import { de } from '../i18n/de/index.js';
import { en } from '../i18n/en/index.js';
import { ja } from '../i18n/ja/index.js';
import {
  checkinAnswerSchema,
  checkinQuestionIds,
  checkinQuestionMessageId,
  checkinQuestionSchema,
  orderedAnswers,
  suggestQuestion,
} from './checkin.js';

describe('the check-in question library', () => {
  it('holds at least 30 distinct questions in every language, each asked as a question', () => {
    expect(checkinQuestionIds.length).toBeGreaterThanOrEqual(30);
    for (const catalogue of [en, de, ja]) {
      const texts = checkinQuestionIds.map((id) => catalogue[checkinQuestionMessageId(id)]);
      expect(new Set(texts).size).toBe(checkinQuestionIds.length);
      for (const text of texts) expect(text).toMatch(/[?？]$/);
    }
  });

  it('suggests a library question other than the one shown now', () => {
    expect(suggestQuestion(() => 0)).toBe(checkinQuestionIds[0]);
    expect(suggestQuestion(() => 0, checkinQuestionIds[0])).toBe(checkinQuestionIds[1]);
    expect(suggestQuestion(() => 0.9999)).toBe(checkinQuestionIds.at(-1));
  });

  it('accepts a library id or the facilitator’s own words, within limits', () => {
    expect(checkinQuestionSchema.safeParse({ kind: 'library', id: 'smile' }).success).toBe(true);
    expect(checkinQuestionSchema.safeParse({ kind: 'library', id: 'gossip' }).success).toBe(false);
    expect(checkinQuestionSchema.parse({ kind: 'own', text: '  What is new?  ' })).toEqual({
      kind: 'own',
      text: 'What is new?',
    });
    for (const text of ['', '   ', 'x'.repeat(201), 'Two\nlines', 'Nul\u0000']) {
      expect(checkinQuestionSchema.safeParse({ kind: 'own', text }).success, text).toBe(false);
    }
    expect(checkinAnswerSchema.safeParse('x'.repeat(280)).success).toBe(true);
    expect(checkinAnswerSchema.safeParse('x'.repeat(281)).success).toBe(false);
  });

  it('orders answers by their text, which says nothing about who answered or when', () => {
    expect(orderedAnswers(['pears', 'apples', 'Zebra'])).toEqual(['Zebra', 'apples', 'pears']);
  });
});
