import type { MessageId } from '../../shared/i18n/en/index.js';
import type { CreatePulse, Recurrence } from '../../shared/pulse/api.js';
import { commentsThreshold, defaultK, minK } from '../../shared/pulse/items.js';
import { translate } from '../current-intl.js';

/** What the create form holds: strings as the inputs give them. Times are `datetime-local` values. */
export type PulseFormValues = {
  title: string;
  opensAt: string;
  closesAt: string;
  recurrence: Recurrence;
  k: string;
  includeQuestion: boolean;
  question: string;
};

export type PulseFormErrors = Partial<Record<keyof PulseFormValues, string>>;

export type PulseFormResult =
  { ok: true; body: CreatePulse } | { ok: false; errors: PulseFormErrors };

/** The recurrence names as catalogue ids, for components (they translate). */
export const recurrenceMessages: Record<Recurrence, MessageId> = {
  none: 'pulse.recurrence.none',
  weekly: 'pulse.recurrence.weekly',
  biweekly: 'pulse.recurrence.biweekly',
  monthly: 'pulse.recurrence.monthly',
};

/** The contract's recurrence values in menu order, without loading its zod schemas up front. */
export const recurrenceOptions: readonly Recurrence[] = ['none', 'weekly', 'biweekly', 'monthly'];

const dayMs = 24 * 60 * 60 * 1000;
/** A repeating pulse must close before the next one opens (the server checks the same). */
const periodDays: Record<Exclude<Recurrence, 'none'>, number> = {
  weekly: 7,
  biweekly: 14,
  monthly: 28,
};
export const defaultDurationDays = 7;
/** A start this far in the past still means "now": the form may have been open a while. */
const pastGraceMs = 15 * 60 * 1000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** A `datetime-local` value (local time, minutes) for a moment. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** Reads a `datetime-local` value as local time; null when it is empty or malformed. */
export function fromLocalInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, ...number[]];
  const date = new Date(y ?? 0, (mo ?? 1) - 1, d, h, mi, s || 0);
  // Rejects rollovers such as 31 February.
  if (date.getMonth() !== (mo ?? 1) - 1 || date.getDate() !== d) return null;
  return date;
}

/**
 * The threshold a team of this size gets by default: 5 where the team is big enough, else lower so
 * that two people can be away and results still show, and never below the minimum of 3 (nor above
 * the team size, which the server refuses).
 */
export function suggestedK(teamSize: number): number {
  return Math.max(minK, Math.min(defaultK, teamSize - 2, teamSize));
}

/** Comments could ever show only in a team with at least `commentsThreshold` members. */
export const commentsPossible = (teamSize: number): boolean => teamSize >= commentsThreshold;

/**
 * Opens now, closes in a week, with a threshold that suits the team's size, and the open question
 * only where the team is big enough for its comments ever to show.
 */
export function defaultFormValues(now: Date, teamSize: number): PulseFormValues {
  return {
    title: '',
    opensAt: toLocalInput(now),
    closesAt: toLocalInput(new Date(now.getTime() + defaultDurationDays * dayMs)),
    recurrence: 'none',
    k: String(suggestedK(teamSize)),
    includeQuestion: commentsPossible(teamSize),
    question: translate('pulse.default.openQuestion'),
  };
}

/**
 * What the team's size makes possible, in words, for the threshold typed (or the suggested one
 * while the field holds no valid number) and whether the open question is on.
 */
export function teamSizeSentence(teamSize: number, kValue: string, includeQuestion: boolean) {
  if (teamSize < minK) return translate('pulse.create.tooSmall', { size: teamSize, min: minK });
  const typed = Number(kValue.trim());
  const k =
    Number.isInteger(typed) && typed >= minK && typed <= teamSize ? typed : suggestedK(teamSize);
  const results = translate(k === teamSize ? 'pulse.create.resultsAll' : 'pulse.create.resultsK', {
    size: teamSize,
    k,
  });
  if (commentsPossible(teamSize)) {
    return includeQuestion
      ? translate('pulse.create.withComments', { results, threshold: commentsThreshold })
      : results;
  }
  return translate(
    includeQuestion ? 'pulse.create.commentsNeverOn' : 'pulse.create.commentsNeverOff',
    {
      results,
      threshold: commentsThreshold,
    },
  );
}

/** The largest k a team allows: k can never exceed the team size. */
export function maxK(teamSize: number): number {
  return Math.max(teamSize, 0);
}

/** Checks the form and builds the request; every message is a sentence saying what to change. */
export function validatePulseForm(
  values: PulseFormValues,
  context: { teamSize: number; now: Date },
): PulseFormResult {
  const errors: PulseFormErrors = {};
  const title = values.title.trim();
  if (title.length > 120) errors.title = translate('pulse.create.titleTooLong');

  const opens = fromLocalInput(values.opensAt);
  const closes = fromLocalInput(values.closesAt);
  const now = context.now.getTime();
  if (!opens) errors.opensAt = translate('pulse.create.opensMissing');
  else if (opens.getTime() < now - pastGraceMs)
    errors.opensAt = translate('pulse.create.opensPast');
  if (!closes) errors.closesAt = translate('pulse.create.closesMissing');
  else if (closes.getTime() <= now) errors.closesAt = translate('pulse.create.closesPast');
  else if (opens && closes.getTime() <= opens.getTime())
    errors.closesAt = translate('pulse.create.closesBeforeOpens');

  const period = values.recurrence === 'none' ? null : periodDays[values.recurrence];
  if (!errors.closesAt && opens && closes && period !== null) {
    if (closes.getTime() - opens.getTime() > period * dayMs)
      errors.closesAt = translate('pulse.create.closesTooLate', {
        recurrence: values.recurrence,
        days: period,
      });
  }

  const k = Number(values.k.trim());
  const teamSize = context.teamSize;
  if (teamSize < minK)
    errors.k = translate('pulse.create.kTooSmallTeam', { size: teamSize, min: minK });
  else if (!values.k.trim() || !Number.isInteger(k))
    errors.k = translate('pulse.create.kNotNumber');
  else if (k < minK) errors.k = translate('pulse.create.kTooLow', { min: minK });
  else if (k > maxK(teamSize)) errors.k = translate('pulse.create.kTooHigh', { size: teamSize });

  const question = values.question.trim();
  if (values.includeQuestion && !question)
    errors.question = translate('pulse.create.questionMissing');
  else if (values.includeQuestion && question.length > 300)
    errors.question = translate('pulse.create.questionTooLong');

  if (Object.keys(errors).length > 0 || !opens || !closes) return { ok: false, errors };
  return {
    ok: true,
    body: {
      ...(title ? { title } : {}),
      // "Now" as typed is up to a minute (or the grace period) old; send the real now instead.
      opensAt: new Date(Math.max(opens.getTime(), now)).toISOString(),
      closesAt: closes.toISOString(),
      recurrence: values.recurrence,
      k,
      openQuestion: values.includeQuestion ? question : null,
    },
  };
}
