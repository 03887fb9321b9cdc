import { z } from 'zod';
import { idSchema } from '../text.js';

/** The delegated Graph permission Candor asks for, at the moment someone adds an action to To Do. */
export const todoPermission = 'Tasks.ReadWrite';

/** What the owner's client records once Graph has created the task: the ids Graph gave it. */
export const todoLinkBodySchema = z.object({
  /** The To Do list (`todoTaskList.id`) the task is in: the owner's default list. */
  listId: idSchema('The To Do list id', 400),
  /** The task (`todoTask.id`). */
  taskId: idSchema('The To Do task id', 400),
});
export type TodoLinkBody = z.infer<typeof todoLinkBodySchema>;

export const todoLinkSchema = z.object({
  actionId: z.string(),
  listId: z.string(),
  taskId: z.string(),
  /** ISO time it was added. */
  addedAt: z.string(),
});
export type TodoLink = z.infer<typeof todoLinkSchema>;

/** The caller's own To Do links for the action items of one meeting chat (only the owner sees them). */
export const todoLinksSchema = z.object({ links: z.array(todoLinkSchema) });
export type TodoLinks = z.infer<typeof todoLinksSchema>;
