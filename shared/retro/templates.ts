import { z } from 'zod';

export const columnSchema = z.object({
  id: z.string().min(1).max(40),
  title: z.string().trim().min(1).max(60),
  prompt: z.string().trim().max(200),
});
export type RetroColumn = z.infer<typeof columnSchema>;

export const templateIds = [
  'start-stop-continue',
  'mad-sad-glad',
  '4ls',
  'sailboat',
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
};
