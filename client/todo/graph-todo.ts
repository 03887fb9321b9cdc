import type { Client, GraphError } from '@microsoft/microsoft-graph-client';
import type { GraphAccess } from '../graph-token.js';

/**
 * Microsoft To Do through Graph, with the person's own delegated token (`Tasks.ReadWrite`):
 * `GET /me/todo/lists`, `POST /me/todo/lists/{id}/tasks`, `GET /me/todo/lists/{id}/tasks/{id}`.
 * graph-client (~30 KB gzip) is imported only when someone adds an action or reviews one.
 */

/** What went wrong with a To Do call, as the person can act on it. */
export type TodoProblem = 'consent' | 'not-found' | 'throttled' | 'failed';

export class TodoGraphError extends Error {
  override name = 'TodoGraphError';
  constructor(
    readonly problem: TodoProblem,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** A To Do task as Graph returns it (the fields Candor reads). */
export type TodoTask = {
  id: string;
  title: string;
  /** `notStarted`, `inProgress`, `completed`, `waitingOnOthers` or `deferred`. */
  status: string;
};

export type NewTodoTask = {
  title: string;
  /** The action's due date, `YYYY-MM-DD`. */
  dueDate: string;
  /** An IANA time zone, e.g. `Europe/Berlin`: the due date is that day there. */
  timeZone: string;
  /** A sentence naming the retro, in the person's language. */
  note: string;
  /** Points back to where the action came from: the meeting chat, and the action's id. */
  link: { webUrl: string; displayName: string; externalId: string };
};

export type TodoGraph = {
  /** The id of the person's default list ("Tasks"). */
  defaultListId(): Promise<string>;
  createTask(listId: string, task: NewTodoTask): Promise<TodoTask>;
  getTask(listId: string, taskId: string): Promise<TodoTask>;
};

/** graph-client waits out a 429 only this long (Retry-After); past it the person is told to try later. */
const maxWaitSeconds = 5;

/** A To Do client over `access` (a delegated token and the Graph root it is for). */
export async function openTodoGraph(access: GraphAccess): Promise<TodoGraph> {
  const graph = await import('@microsoft/microsoft-graph-client');
  const root = new URL(access.graphRoot);
  const client = graph.Client.init({
    authProvider: (done) => done(null, access.token),
    baseUrl: `${root.origin}/`,
    defaultVersion: 'v1.0',
    // graph-client attaches the token only to these hosts (hostname, no port) and graph.microsoft.com.
    customHosts: new Set([root.hostname]),
  });
  const retry = new graph.RetryHandlerOptions(1, 2, (_delay, _attempt, _request, _options, res) => {
    const after = Number(res.headers.get('Retry-After') ?? '1');
    return Number.isFinite(after) && after <= maxWaitSeconds;
  });
  const call = async <T>(run: (c: Client) => Promise<T>): Promise<T> => {
    try {
      return await run(client);
    } catch (error) {
      throw toTodoError(error);
    }
  };
  return {
    async defaultListId() {
      const lists = await call(
        (c) =>
          c.api('/me/todo/lists').middlewareOptions([retry]).get() as Promise<{
            value: { id: string; wellknownListName?: string; isOwner?: boolean }[];
          }>,
      );
      const list =
        lists.value.find((l) => l.wellknownListName === 'defaultList') ??
        lists.value.find((l) => l.isOwner !== false);
      if (!list) throw new TodoGraphError('failed', 'Your To Do has no task list.');
      return list.id;
    },
    async createTask(listId, task) {
      const body = {
        title: task.title,
        dueDateTime: { dateTime: `${task.dueDate}T00:00:00.0000000`, timeZone: task.timeZone },
        body: { content: task.note, contentType: 'text' },
        linkedResources: [{ applicationName: 'Candor', ...task.link }],
      };
      return call(
        (c) =>
          c
            .api(`/me/todo/lists/${encodeURIComponent(listId)}/tasks`)
            .middlewareOptions([retry])
            .post(body) as Promise<TodoTask>,
      );
    },
    async getTask(listId, taskId) {
      return call(
        (c) =>
          c
            .api(`/me/todo/lists/${encodeURIComponent(listId)}/tasks/${encodeURIComponent(taskId)}`)
            .middlewareOptions([retry])
            .get() as Promise<TodoTask>,
      );
    },
  };
}

function toTodoError(error: unknown): TodoGraphError {
  if (error instanceof TodoGraphError) return error;
  const status = isGraphError(error) ? error.statusCode : 0;
  const message = error instanceof Error ? error.message : String(error);
  if (status === 401 || status === 403) return new TodoGraphError('consent', message);
  if (status === 404) return new TodoGraphError('not-found', message);
  if (status === 429) {
    const after = Number(isGraphError(error) ? error.headers?.get('Retry-After') : undefined);
    return new TodoGraphError('throttled', message, Number.isFinite(after) ? after : undefined);
  }
  return new TodoGraphError('failed', message);
}

function isGraphError(error: unknown): error is GraphError {
  return typeof error === 'object' && error !== null && 'statusCode' in error;
}
