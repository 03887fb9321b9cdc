import { z } from 'zod';
import { textSchema } from '../text.js';
import { commentsThreshold, defaultK, minK } from './items.js';

export const recurrenceSchema = z.enum(['none', 'weekly', 'biweekly', 'monthly']);
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const pulseStatusSchema = z.enum(['scheduled', 'open', 'closed', 'cancelled']);
export type PulseStatus = z.infer<typeof pulseStatusSchema>;

const isoDateTime = z.iso.datetime({ offset: true });

/** `POST /api/teams/:teamId/pulses` (owners). The server also checks k ≤ team size. */
export const createPulseSchema = z
  .object({
    title: textSchema({
      label: 'The pulse title',
      max: 120,
      lines: 'single',
      empty: 'A pulse title needs some text; leave it out to get the default title.',
    }).optional(),
    opensAt: isoDateTime,
    closesAt: isoDateTime,
    recurrence: recurrenceSchema.default('none'),
    k: z.number().int().min(minK, `k cannot be lower than ${minK}.`).default(defaultK),
    /**
     * The optional open question; null for none. Left out, the pulse gets the default question in
     * the creator's language (stored as written, like a question the owner typed).
     */
    openQuestion: textSchema({
      label: 'The open question',
      max: 300,
      lines: 'multi',
      empty: 'Write the open question, or send null for none.',
    })
      .nullable()
      .optional(),
  })
  .refine((p) => Date.parse(p.closesAt) > Date.parse(p.opensAt), {
    message: 'The pulse must close after it opens.',
    path: ['closesAt'],
  });
export type CreatePulse = z.infer<typeof createPulseSchema>;

/** One answer per Edmondson item, in item order; null = skipped. */
export const submitResponseSchema = z.object({
  answers: z.array(z.number().int().min(1).max(7).nullable()).length(7),
  comment: textSchema({ label: 'The comment', max: 2000, lines: 'multi' }).nullable().default(null),
});
export type SubmitResponse = z.infer<typeof submitResponseSchema>;

export const intervalSchema = z.object({ low: z.number(), high: z.number() });

/**
 * How a closed pulse came out, in the list. Only for callers who may read its results (owners; members
 * only once shared): the team score on 0–100 with its 95% interval when n ≥ k, else only that it was
 * withheld. Never a count. Null for open, scheduled and cancelled pulses, and for anyone else.
 */
export const pulseOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('released'), score100: z.number(), interval100: intervalSchema }),
  z.object({ status: z.literal('not-enough-responses') }),
]);
export type PulseOutcome = z.infer<typeof pulseOutcomeSchema>;

/** A pulse as listed in the channel tab. No counts while open: only whether the threshold is reached. */
export const pulseSummarySchema = z.object({
  id: z.string(),
  seriesId: z.string(),
  title: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  recurrence: recurrenceSchema,
  status: pulseStatusSchema,
  k: z.number().int(),
  openQuestion: z.string().nullable(),
  shared: z.boolean(),
  /** For the caller: have they answered (from their receipt)? */
  answered: z.boolean(),
  /** Owners only, and only while open: has n reached k? Never a count. Null for members. */
  thresholdReached: z.boolean().nullable(),
  /** Owners: results can be opened (closed and n ≥ k). Members: results were shared. */
  resultsAvailable: z.boolean(),
  outcome: pulseOutcomeSchema.nullable(),
});
export type PulseSummary = z.infer<typeof pulseSummarySchema>;

export const pulseListSchema = z.object({
  pulses: z.array(pulseSummarySchema),
  role: z.enum(['owner', 'member', 'guest']),
  teamSize: z.number().int(),
});

export const favourabilitySchema = z.object({
  favourable: z.number(),
  neutral: z.number(),
  unfavourable: z.number(),
});
export type Favourability = z.infer<typeof favourabilitySchema>;

/**
 * Why a statement shows no numbers: fewer than k counted people answered it, or it is held back
 * so that a statement with too few answers cannot be worked out by subtraction (docs/small-cells.md).
 */
export const statementWithheldReasonSchema = z.enum(['few-answers', 'protects-another']);
export type StatementWithheldReason = z.infer<typeof statementWithheldReasonSchema>;

const itemBase = { itemId: z.string(), text: z.string(), reversed: z.boolean() };

/** One statement's results; a withheld one carries no number at all, not even its count. */
export const itemResultSchema = z.discriminatedUnion('status', [
  z.object({
    ...itemBase,
    status: z.literal('released'),
    /** Mean of the raw answers (1–7, not reversed). */
    mean: z.number(),
    /** Favourability of the item as scored (after reversal): shares 0–1. */
    favourability: favourabilitySchema,
  }),
  z.object({ ...itemBase, status: z.literal('withheld'), reason: statementWithheldReasonSchema }),
]);
export type ItemResult = z.infer<typeof itemResultSchema>;

/** Released results. Only ever built when the pulse is closed and n ≥ k. */
export const pulseResultsSchema = z.object({
  status: z.literal('released'),
  pulseId: z.string(),
  title: z.string(),
  closedAt: z.string(),
  n: z.number().int(),
  /** Team size from Graph when the pulse closed. */
  invited: z.number().int(),
  responseRate: z.number(),
  /** Team score: mean of person scores, 1–7. */
  mean: z.number(),
  /** The same on 0–100: (m − 1) / 6 × 100. */
  score100: z.number(),
  /** 95% t-interval with the finite-population correction, 1–7. */
  interval: intervalSchema,
  /** Over the released statements' answers only; null when no statement is released. */
  favourability: favourabilitySchema.nullable(),
  items: z.array(itemResultSchema),
  /** Present only for owners and only when n ≥ commentsThreshold; never in shared views. */
  comments: z.array(z.string()).nullable(),
  shared: z.boolean(),
});
export type PulseResults = z.infer<typeof pulseResultsSchema>;

/** Below k, or not yet closed: nothing but the reason and the invited count. */
export const withheldResultsSchema = z.object({
  status: z.enum(['not-enough-responses', 'still-open', 'cancelled']),
  pulseId: z.string(),
  invited: z.number().int().nullable(),
  message: z.string(),
});

export const resultsResponseSchema = z.discriminatedUnion('status', [
  pulseResultsSchema,
  withheldResultsSchema.extend({ status: z.literal('not-enough-responses') }),
  withheldResultsSchema.extend({ status: z.literal('still-open') }),
  withheldResultsSchema.extend({ status: z.literal('cancelled') }),
]);
export type ResultsResponse = z.infer<typeof resultsResponseSchema>;

/** Team-room event names. Never emitted per response: no live counts. */
export const pulseEventNames = {
  changed: 'pulse.changed',
} as const;

export { commentsThreshold };
