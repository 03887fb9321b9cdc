import { z } from 'zod';
import { actionItemSchema, personSchema, retroViewSchema, tallySchema } from './api.js';
import type { RetroDelta, RetroOp, RetroOpName } from './delta.js';
import { retroPhaseSchema } from './phases.js';
import { checkinViewSchema, storedCheckinQuestionSchema } from './checkin.js';

/**
 * Every op's fields, strictly: an op with a field not named here fails to parse. The privacy
 * tests hold every event and reply to these schemas, so a new field is a decision, not a leak.
 */
const publicCardSchema = z.strictObject({
  id: z.string(),
  columnId: z.string(),
  text: z.string(),
  /** Only in a named (non-anonymous) retro; cards are public only after the reveal. */
  author: personSchema.strict().nullable(),
  groupId: z.string().nullable(),
});

const noteSchema = z.strictObject({ id: z.string(), text: z.string(), at: z.string() });
const timerSchema = z.strictObject({ endsAt: z.string(), seconds: z.number().int() }).nullable();
const actionSchema = actionItemSchema.strict();

export const retroOpSchemas = {
  state: z.strictObject({
    op: z.literal('state'),
    phase: retroPhaseSchema,
    revealed: z.boolean(),
    status: z.enum(['active', 'ended']),
    endedAt: z.string().nullable(),
  }),
  facilitator: z.strictObject({ op: z.literal('facilitator'), facilitator: personSchema.strict() }),
  timer: z.strictObject({ op: z.literal('timer'), timer: timerSchema }),
  focus: z.strictObject({ op: z.literal('focus'), groupId: z.string().nullable() }),
  options: z.strictObject({
    op: z.literal('options'),
    options: retroViewSchema.shape.options.strict(),
  }),
  hiddenCard: z.strictObject({
    op: z.literal('hiddenCard'),
    columnId: z.string(),
    by: z.union([z.literal(1), z.literal(-1)]),
  }),
  cards: z.strictObject({ op: z.literal('cards'), cards: z.array(publicCardSchema) }),
  card: z.strictObject({ op: z.literal('card'), card: publicCardSchema }),
  cardGone: z.strictObject({ op: z.literal('cardGone'), id: z.string() }),
  group: z.strictObject({ op: z.literal('group'), id: z.string(), title: z.string() }),
  groupGone: z.strictObject({ op: z.literal('groupGone'), id: z.string() }),
  move: z.strictObject({
    op: z.literal('move'),
    cardIds: z.array(z.string()),
    groupId: z.string().nullable(),
  }),
  note: z.strictObject({ op: z.literal('note'), groupId: z.string(), note: noteSchema }),
  votes: z.strictObject({
    op: z.literal('votes'),
    totals: z.record(z.string(), z.number().int()),
  }),
  ready: z.strictObject({ op: z.literal('ready'), ready: z.number().int() }),
  presence: z.strictObject({
    op: z.literal('presence'),
    total: z.number().int(),
    ready: z.number().int(),
    participants: z.number().int(),
  }),
  voted: z.strictObject({ op: z.literal('voted'), voted: z.number().int() }),
  tally: z.strictObject({
    op: z.literal('tally'),
    kind: z.enum(['safety', 'roti']),
    tally: tallySchema.strict(),
  }),
  checkin: z.strictObject({
    op: z.literal('checkin'),
    checkin: checkinViewSchema
      .extend({
        question: z
          .discriminatedUnion('kind', [
            storedCheckinQuestionSchema.options[0].strict(),
            storedCheckinQuestionSchema.options[1].strict(),
          ])
          .nullable(),
      })
      .strict(),
  }),
  action: z.strictObject({ op: z.literal('action'), action: actionSchema }),
  actionGone: z.strictObject({ op: z.literal('actionGone'), id: z.string() }),
  review: z.strictObject({ op: z.literal('review'), action: actionSchema }),
  me: z.strictObject({
    op: z.literal('me'),
    ready: z.boolean().optional(),
    safety: z.number().int().nullable().optional(),
    roti: z.number().int().nullable().optional(),
    checkin: z.string().nullable().optional(),
    votes: z.record(z.string(), z.number().int()).optional(),
  }),
  ownCard: z.strictObject({ op: z.literal('ownCard'), card: publicCardSchema }),
  ownCardGone: z.strictObject({ op: z.literal('ownCardGone'), id: z.string() }),
} satisfies Record<RetroOpName, z.ZodType>;

const anyOpSchema = z.discriminatedUnion('op', Object.values(retroOpSchemas) as never);

/** What a `retro.changed` event may carry: public ops only. */
export const retroEventDeltaSchema = z.strictObject({
  rev: z.number().int(),
  now: z.string(),
  ops: z.array(
    z.discriminatedUnion('op', [
      retroOpSchemas.state,
      retroOpSchemas.facilitator,
      retroOpSchemas.timer,
      retroOpSchemas.focus,
      retroOpSchemas.options,
      retroOpSchemas.hiddenCard,
      retroOpSchemas.cards,
      retroOpSchemas.card,
      retroOpSchemas.cardGone,
      retroOpSchemas.group,
      retroOpSchemas.groupGone,
      retroOpSchemas.move,
      retroOpSchemas.note,
      retroOpSchemas.votes,
      retroOpSchemas.ready,
      retroOpSchemas.presence,
      retroOpSchemas.voted,
      retroOpSchemas.tally,
      retroOpSchemas.checkin,
      retroOpSchemas.action,
      retroOpSchemas.actionGone,
      retroOpSchemas.review,
    ]),
  ),
});

/** A command's own delta: the public ops and the issuer's own. */
export const retroDeltaSchema = z.strictObject({
  rev: z.number().int(),
  now: z.string(),
  ops: z.array(anyOpSchema),
}) as unknown as z.ZodType<RetroDelta>;

export const retroOpSchema = anyOpSchema as unknown as z.ZodType<RetroOp>;

/** The answer to a retro command: the caller's delta (`Prefer: return=minimal`), else the whole view. */
export const retroCommandReplySchema = z.union([
  z.strictObject({ delta: retroDeltaSchema }),
  z.object({ retro: retroViewSchema }),
]);
