import { z } from 'zod';
import { optionalPhaseSchema, retroPhaseSchema } from './phases.js';
import { idSchema, textSchema } from '../text.js';
import { columnIdSchema, columnSchema, storedColumnSchema, templateIdSchema } from './templates.js';
import { checkinAnswerSchema, checkinQuestionSchema, checkinViewSchema } from './checkin.js';
import { earlyOpeningSchema } from './early.js';

/** Kerth's Prime Directive, shown at check-in. */
export const primeDirective =
  'Regardless of what we discover, we understand and truly believe that everyone did the best job they could, given what they knew at the time, their skills and abilities, the resources available, and the situation at hand.';

/** The safety check's scale, 5 to 1. */
export const safetyScale: Record<1 | 2 | 3 | 4 | 5, string> = {
  5: "I'll talk about anything",
  4: "I'll talk about almost anything; a few things might be hard",
  3: "I'll talk about some things, but others will be hard to say",
  2: "I'll let others bring up issues",
  1: "I don't feel safe to talk about anything",
};

/** Return on time invested, 1 to 5. */
export const rotiScale: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'Waste of time',
  2: 'Some value, less than the time spent',
  3: 'Break even',
  4: 'Good value',
  5: 'Excellent value, well worth the time',
};

/** Anonymous tallies (safety check, ROTI) show only from this many answers. */
export const tallyThreshold = 3;

export const retroOptionsSchema = z
  .object({
    anonymous: z.boolean().default(true),
    voteBudget: z.number().int().min(1).max(20).default(5),
    perGroupCap: z.number().int().min(1).max(20).default(3),
    /** Optional phases to skip. */
    skip: z.array(optionalPhaseSchema).max(5).default([]),
    /** Post the summary card in the meeting chat when the retro ends (the Teams bot). */
    postSummary: z.boolean().default(true),
  })
  .refine((o) => o.perGroupCap <= o.voteBudget, {
    message: 'The per-group cap cannot be larger than the vote budget.',
    path: ['perGroupCap'],
  });
export type RetroOptions = z.infer<typeof retroOptionsSchema>;

export const createRetroSchema = z
  .object({
    chatId: idSchema('The meeting chat id', 400),
    /** The team whose channel meeting this is (`team.groupId`), so the retro counts in its trends. */
    teamId: idSchema('The team id', 200).optional(),
    title: textSchema({
      label: 'The retro title',
      max: 120,
      lines: 'single',
      empty: 'A retro title needs some text; leave it out to get the default title.',
    }).optional(),
    templateId: templateIdSchema,
    /** Required for the custom template (2 to 6 columns); ignored otherwise. */
    columns: z
      .array(columnSchema)
      .min(2)
      .max(6)
      .refine((columns) => new Set(columns.map((c) => c.id)).size === columns.length, {
        message: 'Two columns have the same id. Give each column its own id.',
      })
      .optional(),
    /** The check-in question: one from the library (by id) or the facilitator's own words. */
    checkinQuestion: checkinQuestionSchema.optional(),
    options: retroOptionsSchema.default({
      anonymous: true,
      voteBudget: 5,
      perGroupCap: 3,
      skip: [],
      postSummary: true,
    }),
    /** Opens the retro before the meeting, at Gather (shared/retro/early.ts). */
    early: earlyOpeningSchema.optional(),
  })
  .refine((b) => b.templateId !== 'custom' || (b.columns && b.columns.length >= 2), {
    message: 'A custom template needs at least two columns.',
    path: ['columns'],
  });
export type CreateRetro = z.infer<typeof createRetroSchema>;

const id = idSchema('The id', 64);
const cardText = textSchema({
  label: 'The card text',
  max: 500,
  lines: 'multi',
  empty: 'A card needs some text.',
});
const groupTitle = textSchema({ label: 'The group title', max: 80, lines: 'single' });
const actionText = textSchema({
  label: 'The action',
  max: 300,
  lines: 'multi',
  empty: 'An action needs some text.',
});
const score = z.number().int().min(1).max(5);
/** A real calendar day: 2030-02-31 is refused, not stored. */
const isoDate = z.iso.date('Use a real date like 2026-12-31.');

/** Everything a person can do in a retro. The server checks each against the phase machine. */
export const retroCommandSchema = z.discriminatedUnion('type', [
  // Facilitator
  z.object({ type: z.literal('advance') }),
  z.object({ type: z.literal('back') }),
  z.object({ type: z.literal('reveal') }),
  z.object({ type: z.literal('focusTopic'), groupId: id }),
  z.object({ type: z.literal('startTimer'), seconds: z.number().int().min(10).max(3600) }),
  z.object({ type: z.literal('stopTimer') }),
  z.object({ type: z.literal('handOver'), userId: idSchema('The person id', 64) }),
  z.object({ type: z.literal('end') }),
  /** Pick, change or drop the check-in question; a new question clears the answers so far. */
  z.object({ type: z.literal('setCheckinQuestion'), question: checkinQuestionSchema.nullable() }),
  z.object({ type: z.literal('showCheckinAnswers') }),
  z.object({ type: z.literal('setPostSummary'), enabled: z.boolean() }),
  // Any participant
  z.object({ type: z.literal('takeOver') }),
  z.object({ type: z.literal('setReady'), ready: z.boolean() }),
  z.object({ type: z.literal('answerSafety'), value: score }),
  /** Answer the check-in question (optional); null takes the answer back. */
  z.object({ type: z.literal('answerCheckin'), text: checkinAnswerSchema.nullable() }),
  z.object({ type: z.literal('answerRoti'), value: score }),
  z.object({
    type: z.literal('reviewItem'),
    actionId: id,
    status: z.enum(['open', 'done', 'dropped']),
  }),
  z.object({ type: z.literal('addCard'), columnId: columnIdSchema, text: cardText }),
  z.object({ type: z.literal('editCard'), cardId: id, text: cardText }),
  z.object({ type: z.literal('deleteCard'), cardId: id }),
  /** Move a card into a group (null: out of any group). `createGroup` makes a new group. */
  z.object({
    type: z.literal('moveCard'),
    cardId: id,
    groupId: id.nullable(),
  }),
  z.object({
    type: z.literal('createGroup'),
    cardIds: z.array(id).min(1).max(50),
    title: groupTitle.default(''),
  }),
  z.object({ type: z.literal('nameGroup'), groupId: id, title: groupTitle }),
  z.object({ type: z.literal('vote'), groupId: id, delta: z.union([z.literal(1), z.literal(-1)]) }),
  z.object({
    type: z.literal('addNote'),
    groupId: id,
    text: textSchema({
      label: 'The note',
      max: 1000,
      lines: 'multi',
      empty: 'A note needs some text.',
    }),
  }),
  z.object({
    type: z.literal('addAction'),
    text: actionText,
    ownerId: idSchema('The owner id', 64),
    dueDate: isoDate,
    groupId: id.nullable(),
  }),
  z.object({
    type: z.literal('updateAction'),
    actionId: id,
    text: actionText.optional(),
    ownerId: idSchema('The owner id', 64).optional(),
    dueDate: isoDate.optional(),
    status: z.enum(['open', 'done', 'dropped']).optional(),
  }),
  z.object({ type: z.literal('deleteAction'), actionId: id }),
]);
export type RetroCommand = z.infer<typeof retroCommandSchema>;
export type RetroCommandType = RetroCommand['type'];

/** A distribution over 1..5, shown only from `tallyThreshold` answers. */
export const tallySchema = z.object({
  answered: z.number().int(),
  /** Counts for 1..5 (index 0 is the count of 1s); null below the threshold. */
  distribution: z.array(z.number().int()).length(5).nullable(),
  median: z.number().nullable(),
  mean: z.number().nullable(),
});
export type Tally = z.infer<typeof tallySchema>;

export const personSchema = z.object({ userId: z.string(), displayName: z.string() });

export const actionItemSchema = z.object({
  id: z.string(),
  text: z.string(),
  owner: personSchema,
  dueDate: z.string(),
  status: z.enum(['open', 'done', 'dropped']),
  groupId: z.string().nullable(),
  /** Set on carried-over items: the retro they came from. */
  from: z.object({ retroId: z.string(), title: z.string(), date: z.string() }).nullable(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const cardViewSchema = z.object({
  id: z.string(),
  columnId: z.string(),
  text: z.string(),
  mine: z.boolean(),
  /** Only in non-anonymous retros, after reveal. */
  author: personSchema.nullable(),
  groupId: z.string().nullable(),
});
export type CardView = z.infer<typeof cardViewSchema>;

export const groupViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  cardIds: z.array(z.string()),
  /** Total votes; null until the vote phase has ended. */
  votes: z.number().int().nullable(),
  notes: z.array(z.object({ id: z.string(), text: z.string(), at: z.string() })),
});
export type GroupView = z.infer<typeof groupViewSchema>;

/** A retro as one person may see it. Built per viewer on the server: hidden text never leaves it. */
/**
 * A released pulse's figures, sent by a team owner as discussion prompts into the next retro of the
 * team's meetings. Team-level only and never below k: the score, the lowest released statements
 * (as scored, so higher is always safer) and the change since the previous released pulse.
 */
export const pulsePromptSchema = z.object({
  pulseId: z.string(),
  pulseTitle: z.string(),
  closedAt: z.string(),
  /** Team score on 0–100. */
  score100: z.number(),
  /** The lowest released statements, lowest first, each on 0–100 as scored. */
  statements: z.array(z.object({ itemId: z.string(), score100: z.number() })).max(3),
  /** Change in the team score since the previous released pulse (0–100 points); null for none. */
  change: z
    .object({
      direction: z.enum(['up', 'down', 'no-clear-change']),
      difference100: z.number(),
    })
    .nullable(),
});
export type PulsePrompt = z.infer<typeof pulsePromptSchema>;

/** `POST /api/pulses/:id/retro-prompts`: how many meeting series will see the prompts. */
export const sentPromptsSchema = z.object({ meetings: z.number().int(), sentAt: z.string() });
export type SentPrompts = z.infer<typeof sentPromptsSchema>;

export const retroViewSchema = z.object({
  id: z.string(),
  chatId: z.string(),
  title: z.string(),
  templateId: templateIdSchema,
  columns: z.array(storedColumnSchema),
  options: z.object({
    anonymous: z.boolean(),
    voteBudget: z.number().int(),
    perGroupCap: z.number().int(),
    skip: z.array(optionalPhaseSchema),
    postSummary: z.boolean(),
  }),
  /** The phases this retro runs, in order. */
  phases: z.array(retroPhaseSchema),
  phase: retroPhaseSchema,
  status: z.enum(['active', 'ended']),
  revealed: z.boolean(),
  facilitator: personSchema,
  /** True when the facilitator has not been seen for a while, so someone may take over. */
  facilitatorAway: z.boolean(),
  /** Bumped on every change; events carry it so clients know when they are behind. */
  rev: z.number().int(),
  me: z.object({
    userId: z.string(),
    isFacilitator: z.boolean(),
    ready: z.boolean(),
    safety: z.number().int().nullable(),
    roti: z.number().int().nullable(),
    /** My check-in answer, as I wrote it. */
    checkin: z.string().nullable(),
    /** Votes per group id, mine only. */
    votes: z.record(z.string(), z.number().int()),
    votesLeft: z.number().int(),
  }),
  /** Ready marks out of the people here now (seen in the last 75 s). */
  ready: z.object({ ready: z.number().int(), total: z.number().int() }),
  /** Everyone who has opened this retro. */
  participants: z.number().int(),
  /** How many people have cast at least one vote: a count, never who. */
  voted: z.number().int(),
  safety: tallySchema,
  roti: tallySchema,
  /** The check-in question and its unattributed answers. */
  checkin: checkinViewSchema,
  /** Cards this viewer may read: their own always; everyone's after reveal. */
  cards: z.array(cardViewSchema),
  /** Before reveal: how many cards of other people each column holds (by column id). */
  hiddenCounts: z.record(z.string(), z.number().int()),
  groups: z.array(groupViewSchema),
  discussion: z.object({
    /** Group ids ordered by votes (then by creation), once voting has ended. */
    order: z.array(z.string()),
    focusGroupId: z.string().nullable(),
    timer: z.object({ endsAt: z.string(), seconds: z.number().int() }).nullable(),
  }),
  actions: z.array(actionItemSchema),
  /** Open items carried over from earlier retros of this meeting series (review phase). */
  review: z.array(actionItemSchema),
  /** A pulse's team-level figures sent by a team owner for this retro's review; null for none. */
  pulsePrompt: pulsePromptSchema.nullable(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  /** Server time when this view was built, for timer sync. */
  serverNow: z.string(),
});
export type RetroView = z.infer<typeof retroViewSchema>;

/** `GET /api/retros/current?chatId=`: the active retro, else the latest ended one, else null. */
export const currentRetroSchema = z.object({ retro: retroViewSchema.nullable() });

export const retroSummarySchema = z.object({
  retroId: z.string(),
  title: z.string(),
  date: z.string(),
  topTopics: z.array(
    z.object({
      title: z.string(),
      votes: z.number().int(),
      cards: z.array(z.string()),
      /** The discussion's notes on this topic, oldest first: what the team agreed or learned. */
      notes: z.array(z.string()),
    }),
  ),
  actions: z.array(actionItemSchema),
  participation: z.object({
    participants: z.number().int(),
    cards: z.number().int(),
    votes: z.number().int(),
    safetyAnswers: z.number().int(),
    rotiAnswers: z.number().int(),
  }),
  safety: tallySchema,
  roti: tallySchema,
  markdown: z.string(),
});
export type RetroSummary = z.infer<typeof retroSummarySchema>;

export const retroHistorySchema = z.object({
  retros: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      date: z.string(),
      status: z.enum(['active', 'ended']),
    }),
  ),
});

/**
 * Live event types in a `retro:<id>` room. Data is the command's public delta `{ rev, now, ops }`
 * (shared/retro/delta.ts): what every participant may see, applied by each panel to its own view.
 */
export const retroEventNames = {
  changed: 'retro.changed',
} as const;
/** In a `chat:<chatId>` room, when a retro starts or ends, or someone opens or closes the start form. */
export const chatRetroEventNames = {
  started: 'retro.started',
  ended: 'retro.ended',
  /** Data `{}`: who is setting up changed; panels read `GET /api/retros/setting-up` again. */
  settingUp: 'retro.settingUp',
} as const;

/** `POST /api/retros/setting-up`: this person has the start form open (`open`), or closed it. */
export const settingUpBodySchema = z.object({
  chatId: idSchema('The meeting chat id', 400),
  open: z.boolean(),
});

/**
 * `GET /api/retros/setting-up?chatId=`: the other participants who have the start form open now,
 * by their display name from the meeting chat. The caller is never listed.
 */
export const settingUpSchema = z.object({
  people: z.array(z.object({ userId: z.string(), displayName: z.string(), until: z.string() })),
});
export type SettingUp = z.infer<typeof settingUpSchema>;
