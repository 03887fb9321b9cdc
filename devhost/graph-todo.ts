import type { ServerResponse } from 'node:http';
import { graphError, type RequestIds } from './graph-shapes.js';
import { sendJson } from './https-server.js';
import {
  createTask,
  graphId,
  invalidTask,
  listShape,
  taskShape,
  update,
  type TodoListRecord,
} from './graph-todo-tasks.js';

/**
 * Microsoft To Do in the fake Graph: `/me/todo/lists` and a list's tasks (create, get, update), for
 * the user of a delegated token with `Tasks.ReadWrite` (or `Tasks.Read` for reads) in `scp`, with
 * Graph's JSON shapes and refusals. Each user's default list ("Tasks") exists from the first call.
 */

/** Every user's lists, by user object id. */
export type TodoStore = Map<string, TodoListRecord[]>;

export type TodoRequest = {
  method: string;
  /** Path segments after `/v1.0/me/todo`. */
  segments: string[];
  query: URLSearchParams;
  body: unknown;
  /** The delegated token's claims. */
  claims: Record<string, unknown>;
  url: string;
  ids: RequestIds;
  res: ServerResponse;
};

const writeScopes = ['Tasks.ReadWrite'];
const readScopes = ['Tasks.Read', 'Tasks.ReadWrite'];

/** The user's lists, the default one made on first use as To Do does. */
export function listsOf(store: TodoStore, userId: string): TodoListRecord[] {
  let lists = store.get(userId);
  if (!lists) {
    lists = [{ id: graphId(), displayName: 'Tasks', wellknownListName: 'defaultList', tasks: [] }];
    store.set(userId, lists);
  }
  return lists;
}

/** Marks a task completed, as a person does in To Do (for tests and the stand-in). */
export function completeTask(store: TodoStore, userId: string, taskId: string): boolean {
  const task = listsOf(store, userId)
    .flatMap((l) => l.tasks)
    .find((t) => t.id === taskId);
  if (!task) return false;
  update(task, { status: 'completed' });
  return true;
}

export function handleTodo(store: TodoStore, req: TodoRequest): void {
  const { claims } = req;
  // An app-only token has no "me".
  if (claims.idtyp === 'app' || typeof claims.scp !== 'string' || typeof claims.oid !== 'string') {
    return graphError(
      req.res,
      400,
      'BadRequest',
      '/me request is only valid with delegated authentication flow.',
      req.ids,
    );
  }
  const granted = claims.scp.split(' ');
  const needed = req.method === 'GET' ? readScopes : writeScopes;
  if (!needed.some((s) => granted.includes(s))) {
    return graphError(
      req.res,
      403,
      'Forbidden',
      `Missing scope permissions on the request. API requires one of '${needed.join(', ')}'. Scopes on the request '${claims.scp}'`,
      req.ids,
    );
  }
  const lists = listsOf(store, claims.oid);
  const [top, listId, child, taskId, ...rest] = req.segments;
  if (top !== 'lists' || rest.length > 0) return badSegment(req, top ?? 'todo');
  if (listId === undefined) {
    if (req.method !== 'GET') return notAllowed(req);
    return sendJson(
      req.res,
      200,
      {
        '@odata.context': `${req.url}/v1.0/$metadata#users('${claims.oid}')/todo/lists`,
        value: lists.map(listShape),
      },
      req.ids.headers,
    );
  }
  const list = lists.find((l) => l.id === listId);
  if (!list) {
    return graphError(
      req.res,
      404,
      'ErrorItemNotFound',
      'The specified object was not found in the store.',
      req.ids,
    );
  }
  if (child === undefined) {
    if (req.method !== 'GET') return notAllowed(req);
    return sendJson(req.res, 200, listShape(list), req.ids.headers);
  }
  if (child !== 'tasks') return badSegment(req, child);
  const context = `${req.url}/v1.0/$metadata#users('${claims.oid}')/todo/lists('${list.id}')/tasks`;
  const expand = (req.query.get('$expand') ?? '').split(',').includes('linkedResources');
  if (taskId === undefined) {
    if (req.method === 'GET') {
      return sendJson(
        req.res,
        200,
        { '@odata.context': context, value: list.tasks.map((t) => taskShape(t, expand)) },
        req.ids.headers,
      );
    }
    if (req.method !== 'POST') return notAllowed(req);
    const problem = invalidTask(req.body, true);
    if (problem) return graphError(req.res, 400, 'invalidRequest', problem, req.ids);
    const task = createTask(req.body as Record<string, unknown>);
    list.tasks.push(task);
    return sendJson(
      req.res,
      201,
      { '@odata.context': `${context}/$entity`, ...taskShape(task, true) },
      req.ids.headers,
    );
  }
  const task = list.tasks.find((t) => t.id === taskId);
  if (!task) {
    return graphError(
      req.res,
      404,
      'ErrorItemNotFound',
      'The specified object was not found in the store.',
      req.ids,
    );
  }
  if (req.method === 'GET') {
    return sendJson(
      req.res,
      200,
      { '@odata.context': `${context}/$entity`, ...taskShape(task, expand) },
      req.ids.headers,
    );
  }
  if (req.method === 'PATCH') {
    const problem = invalidTask(req.body, false);
    if (problem) return graphError(req.res, 400, 'invalidRequest', problem, req.ids);
    update(task, req.body as Record<string, unknown>);
    return sendJson(
      req.res,
      200,
      { '@odata.context': `${context}/$entity`, ...taskShape(task, false) },
      req.ids.headers,
    );
  }
  if (req.method === 'DELETE') {
    list.tasks.splice(list.tasks.indexOf(task), 1);
    req.res.writeHead(204, req.ids.headers);
    req.res.end();
    return;
  }
  return notAllowed(req);
}

function badSegment(req: TodoRequest, segment: string): void {
  graphError(
    req.res,
    400,
    'BadRequest',
    `Resource not found for the segment '${segment}'.`,
    req.ids,
  );
}

function notAllowed(req: TodoRequest): void {
  graphError(
    req.res,
    405,
    'Request_BadRequest',
    `The HTTP method '${req.method}' is not allowed here.`,
    req.ids,
  );
}
