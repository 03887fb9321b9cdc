import { z } from 'zod';
import { idSchema, textSchema } from '../text.js';
import { columnSchema, storedColumnSchema } from '../retro/templates.js';

/** The most formats one team (or one meeting series) keeps; a real team never needs more. */
export const savedFormatsLimit = 30;

/**
 * Where saved formats live: the team, when the meeting is one of its channel meetings or an owner
 * linked it to the team; otherwise the meeting chat (the meeting series).
 */
export const formatScopeKindSchema = z.enum(['team', 'chat']);
export type FormatScopeKind = z.infer<typeof formatScopeKindSchema>;

const formatName = textSchema({
  label: 'The format name',
  max: 60,
  lines: 'single',
  empty: 'A saved format needs a name.',
});

/** `POST /api/formats`: save custom columns under a name, for the meeting's team or series. */
export const saveFormatSchema = z.object({
  chatId: idSchema('The meeting chat id', 400),
  /** The team of the channel the meeting runs in (`team.groupId`); the server checks it. */
  teamId: idSchema('The team id', 200).optional(),
  name: formatName,
  columns: z
    .array(columnSchema)
    .min(2)
    .max(6)
    .refine((columns) => new Set(columns.map((c) => c.id)).size === columns.length, {
      message: 'Two columns have the same id. Give each column its own id.',
    }),
});
export type SaveFormat = z.infer<typeof saveFormatSchema>;

/** `GET /api/formats?chatId=&teamId=`. */
export const formatsQuerySchema = z.object({
  chatId: idSchema('The meeting chat id', 400),
  teamId: idSchema('The team id', 200).optional(),
});

export const savedFormatSchema = z.object({
  id: z.string(),
  name: z.string(),
  columns: z.array(storedColumnSchema),
  createdBy: z.object({ userId: z.string(), displayName: z.string() }),
  createdAt: z.string(),
  /** Its creator, or an owner of its team, may delete it. */
  canDelete: z.boolean(),
});
export type SavedFormat = z.infer<typeof savedFormatSchema>;

export const savedFormatsSchema = z.object({
  scope: formatScopeKindSchema,
  /** False when the caller is in the meeting but not in the team that keeps its formats. */
  canSave: z.boolean(),
  limit: z.number().int(),
  formats: z.array(savedFormatSchema),
});
export type SavedFormats = z.infer<typeof savedFormatsSchema>;

export const savedFormatResultSchema = z.object({ format: savedFormatSchema });
