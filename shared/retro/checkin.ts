import { z } from 'zod';
import type { MessageId } from '../i18n/en/index.js';
import { textSchema } from '../text.js';

/**
 * The check-in question library: questions chosen to build psychological safety. Each is low-risk
 * and inviting, asks for nothing a person would rather keep to themselves, and can be answered in
 * a few words; answering is always optional. A retro stores a library question by its id, so each
 * viewer reads it in their own language (the catalogue's `checkin.question.<id>`).
 */
export const checkinQuestionIds = [
  'smile',
  'bestWork',
  'weatherReport',
  'smallWin',
  'learnedSomething',
  'thanks',
  'energy',
  'oneWord',
  'helpedBy',
  'curious',
  'tryNext',
  'proudOf',
  'goodDay',
  'usefulHabit',
  'surprise',
  'songTitle',
  'askMeAbout',
  'bestThinking',
  'notAsPlanned',
  'worthTime',
  'brightSpot',
  'recharge',
  'teamStrength',
  'wishKnew',
  'highlight',
  'supportNeeded',
  'fictionalCrew',
  'superpower',
  'unfinishedIdea',
  'goodQuestion',
  'snack',
  'celebrate',
  'moodColour',
] as const;
export type CheckinQuestionId = (typeof checkinQuestionIds)[number];

/** The catalogue id of a library question. */
export const checkinQuestionMessageId = (id: CheckinQuestionId): MessageId =>
  `checkin.question.${id}` as const;

export const isLibraryQuestion = (id: string): id is CheckinQuestionId =>
  (checkinQuestionIds as readonly string[]).includes(id);

/** A question from the library (by id), or one the facilitator wrote (stored as written). */
export const checkinQuestionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library'), id: z.enum(checkinQuestionIds) }),
  z.object({
    kind: z.literal('own'),
    text: textSchema({
      label: 'The check-in question',
      max: 200,
      lines: 'single',
      empty: 'A check-in question needs some text.',
    }),
  }),
]);
export type CheckinQuestion = z.infer<typeof checkinQuestionSchema>;

/** A check-in answer: optional, short, shown without a name. */
export const checkinAnswerSchema = textSchema({
  label: 'The check-in answer',
  max: 280,
  lines: 'multi',
  empty: 'An answer needs some text; to take yours back, remove it.',
});

/**
 * The question as stored and shown: plain strings, so a retro whose library question was later
 * retired still loads (the panel then shows nothing for it).
 */
export const storedCheckinQuestionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('library'), id: z.string() }),
  z.object({ kind: z.literal('own'), text: z.string() }),
]);
export type StoredCheckinQuestion = z.infer<typeof storedCheckinQuestionSchema>;

/** The check-in question and its answers as every participant sees them. */
export const checkinViewSchema = z.object({
  question: storedCheckinQuestionSchema.nullable(),
  /** How many people answered: a count, never who. */
  answered: z.number().int(),
  /** Whether the facilitator has shown the answers. */
  shown: z.boolean(),
  /** The answers in text order (never the order given, never who), once shown; null before. */
  answers: z.array(z.string()).nullable(),
});
export type CheckinView = z.infer<typeof checkinViewSchema>;

/** A library question to suggest, avoiding `not` (the one shown now) when there is another. */
export function suggestQuestion(
  random: () => number = Math.random,
  not?: string,
): CheckinQuestionId {
  const pool = checkinQuestionIds.filter((id) => id !== not);
  return pool[Math.floor(random() * pool.length)] ?? checkinQuestionIds[0];
}

/** Answers in a stable order that says nothing about who answered or when. */
export function orderedAnswers(texts: readonly string[]): string[] {
  return [...texts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
