import { z } from 'zod';
import type { MessageId } from '../i18n/en/index.js';
import { reservedKeys, textSchema } from '../text.js';

/**
 * A column id: letters, digits, `-` and `_`. Views count cards by column id, so an id that names
 * a part of every object (`__proto__`) is refused as well.
 */
export const columnIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]{1,40}$/,
    'A column id is 1 to 40 letters, digits, dashes or underscores. Reload the page and try again.',
  )
  .refine((id) => !reservedKeys.has(id), {
    message: 'A column id cannot be __proto__, constructor or prototype. Choose another id.',
  });

export const columnSchema = z.object({
  id: columnIdSchema,
  title: textSchema({
    label: 'The column title',
    max: 60,
    lines: 'single',
    empty: 'Every column needs a title.',
  }),
  prompt: textSchema({ label: 'The column prompt', max: 200, lines: 'single' }),
});
export type RetroColumn = z.infer<typeof columnSchema>;

/**
 * A column as stored and shown: plain strings, so a retro saved before the input rules above
 * were tightened still loads (its view counts cards with a Map, whatever the ids are).
 */
export const storedColumnSchema = z.object({
  id: z.string(),
  title: z.string(),
  prompt: z.string(),
});

export const templateIds = [
  'start-stop-continue',
  'mad-sad-glad',
  '4ls',
  'sailboat',
  'starfish',
  'lean-coffee',
  'hot-air-balloon',
  'custom',
] as const;
export const templateIdSchema = z.enum(templateIds);
export type TemplateId = z.infer<typeof templateIdSchema>;

export type RetroTemplate = { id: TemplateId; name: string; columns: RetroColumn[] };

/** The built-in templates. `custom` has no columns of its own: the facilitator supplies them. */
export const retroTemplates: Record<Exclude<TemplateId, 'custom'>, RetroTemplate> = {
  'start-stop-continue': {
    id: 'start-stop-continue',
    name: 'Start / Stop / Continue',
    columns: [
      { id: 'start', title: 'Start', prompt: 'What should we start doing?' },
      { id: 'stop', title: 'Stop', prompt: 'What should we stop doing?' },
      { id: 'continue', title: 'Continue', prompt: 'What should we keep doing?' },
    ],
  },
  'mad-sad-glad': {
    id: 'mad-sad-glad',
    name: 'Mad / Sad / Glad',
    columns: [
      { id: 'mad', title: 'Mad', prompt: 'What frustrated you?' },
      { id: 'sad', title: 'Sad', prompt: 'What disappointed you?' },
      { id: 'glad', title: 'Glad', prompt: 'What made you happy?' },
    ],
  },
  '4ls': {
    id: '4ls',
    name: '4Ls',
    columns: [
      { id: 'liked', title: 'Liked', prompt: 'What did you like?' },
      { id: 'learned', title: 'Learned', prompt: 'What did you learn?' },
      { id: 'lacked', title: 'Lacked', prompt: 'What was missing?' },
      { id: 'longed-for', title: 'Longed for', prompt: 'What did you wish for?' },
    ],
  },
  sailboat: {
    id: 'sailboat',
    name: 'Sailboat',
    columns: [
      { id: 'wind', title: 'Wind', prompt: 'What pushed us forward?' },
      { id: 'anchors', title: 'Anchors', prompt: 'What held us back?' },
      { id: 'rocks', title: 'Rocks', prompt: 'What risks lie ahead?' },
      { id: 'island', title: 'Island', prompt: 'Where do we want to get to?' },
    ],
  },
  // Column ids are unique across formats: a column's shown text is found by its id alone.
  starfish: {
    id: 'starfish',
    name: 'Starfish',
    columns: [
      {
        id: 'keep-doing',
        title: 'Keep doing',
        prompt: 'What is working well that we should keep doing?',
      },
      { id: 'more-of', title: 'More of', prompt: 'What should we do more of?' },
      { id: 'less-of', title: 'Less of', prompt: 'What should we do less of?' },
      { id: 'start-doing', title: 'Start doing', prompt: 'What new thing should we try?' },
      { id: 'stop-doing', title: 'Stop doing', prompt: 'What is not helping us and should stop?' },
    ],
  },
  'lean-coffee': {
    id: 'lean-coffee',
    name: 'Lean Coffee',
    columns: [
      {
        id: 'topics',
        title: 'Topics',
        prompt:
          'Propose topics you want to talk about. Then we vote and discuss them in vote order, a few minutes each.',
      },
    ],
  },
  'hot-air-balloon': {
    id: 'hot-air-balloon',
    name: 'Hot-Air Balloon',
    columns: [
      { id: 'hot-air', title: 'Hot air', prompt: 'What lifts us up?' },
      { id: 'sandbags', title: 'Sandbags', prompt: 'What holds us back?' },
      { id: 'storms', title: 'Storms', prompt: 'What risks lie ahead?' },
      { id: 'sunny-skies', title: 'Sunny skies', prompt: 'What is going well?' },
    ],
  },
};

/** The shown name of each built-in template (docs/i18n.md); `name` above stays the English one. */
export const templateNameIds: Record<Exclude<TemplateId, 'custom'>, MessageId> = {
  'start-stop-continue': 'retro.template.startStopContinue',
  'mad-sad-glad': 'retro.template.madSadGlad',
  '4ls': 'retro.template.fourLs',
  sailboat: 'retro.template.sailboat',
  starfish: 'formats.template.starfish',
  'lean-coffee': 'formats.template.leanCoffee',
  'hot-air-balloon': 'formats.template.hotAirBalloon',
};

/** A short description of each format, shown under the start form's picker. */
export const templateDescriptionIds: Record<TemplateId, MessageId> = {
  'start-stop-continue': 'formats.describe.startStopContinue',
  'mad-sad-glad': 'formats.describe.madSadGlad',
  '4ls': 'formats.describe.fourLs',
  sailboat: 'formats.describe.sailboat',
  starfish: 'formats.describe.starfish',
  'lean-coffee': 'formats.describe.leanCoffee',
  'hot-air-balloon': 'formats.describe.hotAirBalloon',
  custom: 'panel.start.customHint',
};

type ColumnText = { title: MessageId; prompt: MessageId };

/** The shown text of the built-in columns, by their stored id. */
const builtInColumnText: Record<string, ColumnText> = {
  start: { title: 'retro.column.start.title', prompt: 'retro.column.start.prompt' },
  stop: { title: 'retro.column.stop.title', prompt: 'retro.column.stop.prompt' },
  continue: { title: 'retro.column.continue.title', prompt: 'retro.column.continue.prompt' },
  mad: { title: 'retro.column.mad.title', prompt: 'retro.column.mad.prompt' },
  sad: { title: 'retro.column.sad.title', prompt: 'retro.column.sad.prompt' },
  glad: { title: 'retro.column.glad.title', prompt: 'retro.column.glad.prompt' },
  liked: { title: 'retro.column.liked.title', prompt: 'retro.column.liked.prompt' },
  learned: { title: 'retro.column.learned.title', prompt: 'retro.column.learned.prompt' },
  lacked: { title: 'retro.column.lacked.title', prompt: 'retro.column.lacked.prompt' },
  'longed-for': { title: 'retro.column.longedFor.title', prompt: 'retro.column.longedFor.prompt' },
  wind: { title: 'retro.column.wind.title', prompt: 'retro.column.wind.prompt' },
  anchors: { title: 'retro.column.anchors.title', prompt: 'retro.column.anchors.prompt' },
  rocks: { title: 'retro.column.rocks.title', prompt: 'retro.column.rocks.prompt' },
  island: { title: 'retro.column.island.title', prompt: 'retro.column.island.prompt' },
  'keep-doing': {
    title: 'formats.column.keepDoing.title',
    prompt: 'formats.column.keepDoing.prompt',
  },
  'more-of': { title: 'formats.column.moreOf.title', prompt: 'formats.column.moreOf.prompt' },
  'less-of': { title: 'formats.column.lessOf.title', prompt: 'formats.column.lessOf.prompt' },
  'start-doing': {
    title: 'formats.column.startDoing.title',
    prompt: 'formats.column.startDoing.prompt',
  },
  'stop-doing': {
    title: 'formats.column.stopDoing.title',
    prompt: 'formats.column.stopDoing.prompt',
  },
  topics: { title: 'formats.column.topics.title', prompt: 'formats.column.topics.prompt' },
  'hot-air': { title: 'formats.column.hotAir.title', prompt: 'formats.column.hotAir.prompt' },
  sandbags: { title: 'formats.column.sandbags.title', prompt: 'formats.column.sandbags.prompt' },
  storms: { title: 'formats.column.storms.title', prompt: 'formats.column.storms.prompt' },
  'sunny-skies': {
    title: 'formats.column.sunnySkies.title',
    prompt: 'formats.column.sunnySkies.prompt',
  },
};

const builtInColumns = new Map(
  Object.values(retroTemplates).flatMap((template) =>
    template.columns.map((column) => [column.id, column] as const),
  ),
);

/**
 * Message ids for a column's title and prompt when they are a built-in template's own words, as
 * stored; null where a person typed them (custom columns stay as typed).
 */
export function columnTextIds(column: { id: string; title: string; prompt: string }): {
  title: MessageId | null;
  prompt: MessageId | null;
} {
  const builtIn = builtInColumns.get(column.id);
  const ids = Object.hasOwn(builtInColumnText, column.id)
    ? builtInColumnText[column.id]
    : undefined;
  if (!builtIn || !ids) return { title: null, prompt: null };
  return {
    title: builtIn.title === column.title ? ids.title : null,
    prompt: builtIn.prompt === column.prompt ? ids.prompt : null,
  };
}
