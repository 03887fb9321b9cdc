import type { MessageId } from '../../shared/i18n/en/index.js';
import type { ActionItem } from '../../shared/retro/api.js';
import { todoPermission, type TodoLink, type TodoLinkBody } from '../../shared/todo/api.js';
import { ApiRequestError } from '../api-error.js';
import { GraphTokenError, type GraphAccess } from '../graph-token.js';
import { TodoGraphError, type TodoGraph } from './graph-todo.js';

/** What the To Do steps need; the app passes the real ones, tests pass the fakes' clients. */
export type TodoDeps = {
  graphToken: (permission: string, options: { prompt: boolean }) => Promise<GraphAccess>;
  openGraph: (access: GraphAccess) => Promise<TodoGraph>;
  /** Tells Candor's server which task it is (`PUT /api/actions/{id}/todo`). */
  record: (actionId: string, body: TodoLinkBody) => Promise<TodoLink>;
  timeZone: () => string;
};

export type AddInput = {
  action: Pick<ActionItem, 'id' | 'text' | 'dueDate'>;
  chatId: string;
  retroTitle: string;
  /** The task's note, in the person's language. */
  note: string;
};

/** On a click: a Graph token (consent asked now if needed), the default list, the task, the record. */
export async function addToTodo(deps: TodoDeps, input: AddInput): Promise<TodoLink> {
  const access = await deps.graphToken(todoPermission, { prompt: true });
  const graph = await deps.openGraph(access);
  const listId = await graph.defaultListId();
  const task = await graph.createTask(listId, {
    title: input.action.text,
    dueDate: input.action.dueDate,
    timeZone: deps.timeZone(),
    note: input.note,
    link: {
      // The meeting chat, where the retro lives in Teams.
      webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(input.chatId)}/0`,
      displayName: input.retroTitle,
      externalId: input.action.id,
    },
  });
  return deps.record(input.action.id, { listId, taskId: task.id });
}

/** The task's state in To Do; `unknown` when it can't be read without asking the person. */
export type TaskState = 'completed' | 'open' | 'deleted' | 'unknown';

/** Reads the task back, silently (no prompt: nobody clicked). */
export async function readTaskState(
  deps: Pick<TodoDeps, 'graphToken' | 'openGraph'>,
  link: Pick<TodoLink, 'listId' | 'taskId'>,
): Promise<TaskState> {
  try {
    const access = await deps.graphToken(todoPermission, { prompt: false });
    const task = await (await deps.openGraph(access)).getTask(link.listId, link.taskId);
    return task.status === 'completed' ? 'completed' : 'open';
  } catch (error) {
    if (error instanceof TodoGraphError && error.problem === 'not-found') return 'deleted';
    return 'unknown';
  }
}

export type TodoMessage = { id: MessageId; values?: Record<string, string> };

/** The sentence for a failed add: what happened and what to do; the retro goes on either way. */
export function todoErrorMessage(error: unknown): TodoMessage {
  if (error instanceof GraphTokenError) {
    switch (error.problem) {
      case 'no-naa':
        return { id: 'todo.error.noNaa' };
      case 'consent-refused':
      case 'needs-prompt':
        return { id: 'todo.error.consent' };
      case 'cancelled':
        return { id: 'todo.error.cancelled' };
      case 'failed':
        return { id: 'todo.error.failed', values: { reason: error.message } };
    }
  }
  if (error instanceof TodoGraphError) {
    switch (error.problem) {
      case 'consent':
        return { id: 'todo.error.consent' };
      case 'throttled':
        return { id: 'todo.error.throttled' };
      case 'not-found':
      case 'failed':
        return { id: 'todo.error.failed', values: { reason: error.message } };
    }
  }
  // Candor's own answer (already a sentence in the person's language) or anything else.
  const reason = error instanceof ApiRequestError || error instanceof Error ? error.message : '';
  return { id: 'todo.error.failed', values: { reason: reason || String(error) } };
}
