import { describe, expect, it } from 'vitest';
import { createPulseSchema, recurrenceSchema } from '../../shared/pulse/api.js';
import {
  defaultFormValues,
  fromLocalInput,
  recurrenceMessages,
  recurrenceOptions,
  teamSizeSentence,
  toLocalInput,
  validatePulseForm,
  type PulseFormValues,
} from './create-form.js';
import { translate } from '../current-intl.js';

const now = new Date(2026, 2, 10, 9, 30, 15);
const context = { teamSize: 8, now };

function form(patch: Partial<PulseFormValues> = {}): PulseFormValues {
  return { ...defaultFormValues(now, 8), ...patch };
}

describe('create pulse form', () => {
  it('defaults to now → seven days, k = 5 and the open question in a team of 10 or more', () => {
    const values = defaultFormValues(now, 12);
    expect(values.opensAt).toBe('2026-03-10T09:30');
    expect(values.closesAt).toBe('2026-03-17T09:30');
    expect(values.k).toBe('5');
    expect(values.recurrence).toBe('none');
    expect(values.includeQuestion).toBe(true);
    expect(values.question).toBe('What would make it easier to speak up on this team?');
  });

  it('chooses k and the open question from the team size, within the allowed range', () => {
    const defaults = (size: number) => {
      const v = defaultFormValues(now, size);
      return [v.k, v.includeQuestion];
    };
    // Comments need 10 answers: with fewer members they could never show, so the question is off.
    expect(defaults(8)).toEqual(['5', false]);
    expect(defaults(10)).toEqual(['5', true]);
    // A 5-person team with k = 5 would need everyone; 3 lets two be away.
    expect(defaults(5)).toEqual(['3', false]);
    expect(defaults(6)).toEqual(['4', false]);
    // Never below the minimum of 3, never above the team size.
    expect(defaults(4)).toEqual(['3', false]);
    expect(defaults(3)).toEqual(['3', false]);
    for (const size of [3, 4, 5, 6, 8, 10, 40]) {
      const k = Number(defaultFormValues(now, size).k);
      expect(k).toBeGreaterThanOrEqual(3);
      expect(k).toBeLessThanOrEqual(size);
      expect(validatePulseForm(form({ k: String(k) }), { teamSize: size, now }).ok).toBe(true);
    }
  });

  it("says what the team's size makes possible", () => {
    expect(teamSizeSentence(8, '5', false)).toBe(
      'With 8 members, results show when 5 of them answer. Comments need 10 answers, so they would never show — the open question is off.',
    );
    expect(teamSizeSentence(8, '5', true)).toMatch(/would never show: consider removing/);
    expect(teamSizeSentence(5, '5', false)).toMatch(
      /^With 5 members, results show only if all 5 answer\./,
    );
    expect(teamSizeSentence(12, '4', true)).toBe(
      'With 12 members, results show when 4 of them answer. Comments on the open question show to owners once 10 people answer.',
    );
    // While the field holds no valid threshold, the sentence uses the suggested one.
    expect(teamSizeSentence(8, '', false)).toMatch(/results show when 5 of them answer/);
    expect(teamSizeSentence(2, '3', false)).toMatch(/needs at least 3/);
  });

  it('offers exactly the contract recurrences, each with a label', () => {
    expect([...recurrenceOptions].sort()).toEqual([...recurrenceSchema.options].sort());
    expect(recurrenceOptions.map((r) => translate(recurrenceMessages[r]))).toEqual([
      'One-off',
      'Weekly',
      'Every two weeks',
      'Monthly',
    ]);
  });

  it('round-trips local datetime values and rejects impossible dates', () => {
    const date = new Date(2026, 11, 31, 23, 5);
    expect(fromLocalInput(toLocalInput(date))?.getTime()).toBe(date.getTime());
    expect(fromLocalInput('2026-02-31T10:00')).toBeNull();
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
  });

  it('builds a body the contract accepts, opening at the real now rather than the typed minute', () => {
    const result = validatePulseForm(
      form({ title: ' March pulse ', recurrence: 'weekly' }),
      context,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body.title).toBe('March pulse');
    expect(result.body.opensAt).toBe(now.toISOString());
    expect(result.body.closesAt).toBe(new Date(2026, 2, 17, 9, 30).toISOString());
    expect(result.body.k).toBe(5);
    expect(result.body.recurrence).toBe('weekly');
    expect(createPulseSchema.safeParse(result.body).success).toBe(true);
  });

  it('sends no title when it is blank and null when the question is removed', () => {
    const result = validatePulseForm(form({ includeQuestion: false }), context);
    expect(result.ok && result.body.openQuestion).toBeNull();
    expect(result.ok && 'title' in result.body).toBe(false);
  });

  it('keeps k between 3 and the team size', () => {
    const low = validatePulseForm(form({ k: '2' }), context);
    expect(!low.ok && low.errors.k).toBe(
      'The anonymity threshold cannot be lower than 3, so that no answer can be traced to a person.',
    );
    const high = validatePulseForm(form({ k: '9' }), context);
    expect(!high.ok && high.errors.k).toBe(
      'The anonymity threshold cannot be higher than the team size (8).',
    );
    const fraction = validatePulseForm(form({ k: '4.5' }), context);
    expect(!fraction.ok && fraction.errors.k).toBe(
      'Enter the anonymity threshold as a whole number.',
    );
    expect(validatePulseForm(form({ k: '8' }), context).ok).toBe(true);
  });

  it('refuses a team too small for any pulse', () => {
    const result = validatePulseForm(form({ k: '3' }), { teamSize: 2, now });
    expect(!result.ok && result.errors.k).toMatch(/^This team has 2 members\. A pulse needs/);
  });

  it('explains bad times in sentences', () => {
    const backwards = validatePulseForm(
      form({ opensAt: '2026-03-12T10:00', closesAt: '2026-03-11T10:00' }),
      context,
    );
    expect(!backwards.ok && backwards.errors.closesAt).toBe('The pulse must close after it opens.');
    const past = validatePulseForm(form({ opensAt: '2026-03-09T10:00' }), context);
    expect(!past.ok && past.errors.opensAt).toBe(
      'The opening time is in the past. Choose now or a later time.',
    );
    const missing = validatePulseForm(form({ closesAt: '' }), context);
    expect(!missing.ok && missing.errors.closesAt).toBe(
      'Enter the date and time the pulse closes.',
    );
  });

  it('keeps a repeating pulse shorter than its period', () => {
    const weekly = validatePulseForm(
      form({ recurrence: 'weekly', closesAt: '2026-03-18T09:30' }),
      context,
    );
    expect(!weekly.ok && weekly.errors.closesAt).toBe(
      'A weekly pulse must close within 7 days of opening, before the next one opens. Choose an earlier closing time.',
    );
    expect(
      validatePulseForm(form({ recurrence: 'monthly', closesAt: '2026-03-18T09:30' }), context).ok,
    ).toBe(true);
  });

  it('asks for the open question when it is kept but empty', () => {
    const result = validatePulseForm(form({ includeQuestion: true, question: '   ' }), context);
    expect(!result.ok && result.errors.question).toBe('Write the open question, or remove it.');
  });
});
