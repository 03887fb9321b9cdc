import { edmondsonItems, minAnsweredItems } from '../../shared/pulse/items.js';
import { translate } from '../current-intl.js';

export type AgreementValue = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** One item's state: an agreement value, explicitly skipped, or not reached yet. */
export type AnswerSlot = AgreementValue | 'skipped' | null;

export type AnswerDraft = {
  slots: readonly AnswerSlot[];
  comment: string;
};

export const agreementValues: readonly AgreementValue[] = [1, 2, 3, 4, 5, 6, 7];

export const itemCount = edmondsonItems.length;

export function emptyDraft(): AnswerDraft {
  return { slots: edmondsonItems.map(() => null), comment: '' };
}

export function isAnswered(slot: AnswerSlot): slot is AgreementValue {
  return typeof slot === 'number';
}

export function answeredCount(slots: readonly AnswerSlot[]): number {
  return slots.filter(isAnswered).length;
}

/** How many more items must be answered before the response counts (5 of 7). */
export function remainingNeeded(slots: readonly AnswerSlot[]): number {
  return Math.max(0, minAnsweredItems - answeredCount(slots));
}

export function canSubmit(slots: readonly AnswerSlot[]): boolean {
  return remainingNeeded(slots) === 0;
}

export function withSlot(draft: AnswerDraft, index: number, slot: AnswerSlot): AnswerDraft {
  if (index < 0 || index >= draft.slots.length) return draft;
  return { ...draft, slots: draft.slots.map((s, i) => (i === index ? slot : s)) };
}

/** A sentence for beside the Submit button: how many more answers it needs, or that it is ready. */
export function submitHint(slots: readonly AnswerSlot[]): string {
  const more = remainingNeeded(slots);
  const answered = answeredCount(slots);
  if (more === 0) return translate('pulse.answer.ready', { answered, total: itemCount });
  return translate('pulse.answer.needMore', { more, min: minAnsweredItems, total: itemCount });
}

/** "3 of 7" for the one-question-at-a-time view (step is zero-based). */
export function progressLabel(step: number): string {
  return translate('pulse.answer.progress', {
    step: Math.min(step + 1, itemCount),
    total: itemCount,
  });
}

/** The request body: skipped and unreached items are both null; an empty comment is no comment. */
export function submitBody(
  draft: AnswerDraft,
  withComment: boolean,
): { answers: (AgreementValue | null)[]; comment: string | null } {
  const comment = draft.comment.trim();
  return {
    answers: draft.slots.map((s) => (isAnswered(s) ? s : null)),
    comment: withComment && comment ? comment : null,
  };
}
