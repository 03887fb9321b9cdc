import { describe, expect, it } from 'vitest';
import { submitResponseSchema } from '../../shared/pulse/api.js';
import {
  answeredCount,
  canSubmit,
  emptyDraft,
  progressLabel,
  remainingNeeded,
  submitBody,
  submitHint,
  withSlot,
  type AnswerDraft,
  type AnswerSlot,
} from './answer-state.js';

function draftOf(slots: AnswerSlot[], comment = ''): AnswerDraft {
  return { slots, comment };
}

describe('answer state', () => {
  it('starts with seven unreached items and nothing to submit', () => {
    const draft = emptyDraft();
    expect(draft.slots).toEqual([null, null, null, null, null, null, null]);
    expect(canSubmit(draft.slots)).toBe(false);
    expect(remainingNeeded(draft.slots)).toBe(5);
  });

  it('needs five answered items; skipped ones do not count', () => {
    const four = draftOf([1, 2, 'skipped', 3, 4, 'skipped', null]);
    expect(answeredCount(four.slots)).toBe(4);
    expect(canSubmit(four.slots)).toBe(false);
    expect(submitHint(four.slots)).toBe('Answer 1 more question to submit (at least 5 of 7).');
    const five = withSlot(four, 6, 7);
    expect(canSubmit(five.slots)).toBe(true);
    expect(submitHint(five.slots)).toBe('Ready to submit: 5 of 7 answered.');
  });

  it('says the plural when several more are needed', () => {
    expect(submitHint(draftOf([6, null, null, null, null, null, null]).slots)).toBe(
      'Answer 4 more questions to submit (at least 5 of 7).',
    );
  });

  it('replaces one slot without touching the others and ignores out-of-range indexes', () => {
    const draft = withSlot(emptyDraft(), 2, 5);
    expect(draft.slots).toEqual([null, null, 5, null, null, null, null]);
    expect(withSlot(draft, 7, 1)).toBe(draft);
    expect(withSlot(draft, 2, 'skipped').slots[2]).toBe('skipped');
  });

  it('labels progress as "n of 7"', () => {
    expect(progressLabel(0)).toBe('1 of 7');
    expect(progressLabel(2)).toBe('3 of 7');
    expect(progressLabel(9)).toBe('7 of 7');
  });

  it('builds a body the contract accepts, with skips as null and a trimmed comment', () => {
    const draft = draftOf([1, 'skipped', 7, 4, null, 6, 2], '  More 1:1s.  ');
    const body = submitBody(draft, true);
    expect(body).toEqual({ answers: [1, null, 7, 4, null, 6, 2], comment: 'More 1:1s.' });
    expect(submitResponseSchema.safeParse(body).success).toBe(true);
    expect(submitBody(draft, false).comment).toBeNull();
    expect(submitBody(draftOf(draft.slots.slice(), '   '), true).comment).toBeNull();
  });
});
