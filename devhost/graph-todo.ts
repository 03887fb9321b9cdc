import { randomBytes, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { graphError, type RequestIds } from './graph-shapes.js';
import { sendJson } from './https-server.js';

/**
 * Microsoft To Do in the fake Graph: `/me/todo/lists` and a list's tasks (create, get, update), for
 * the user of a delegated token with `Tasks.ReadWrite` (or `Tasks.Read` for reads) in `scp`, with
 * Graph's JSON shapes and refusals. Each user's default list ("Tasks") exists from the first call.
 */

export type TodoTaskRecord = {
  id: string;
  title: string;
  status: string;
  importance: string;
  body: { content: string; contentType: string };
  dueDateTime: { dateTime: string; timeZone: string } | null;
  completedDateTime: { dateTime: string; timeZone: string } | null;
  linkedResources: Record<string, unknown>[];
  createdDateTime: string;
  lastModifiedDateTime: string;
  etag: string;
};

export type TodoListRecord = {
  id: string;
  displayName: string;
  wellknownListName: 'defaultList' | 'flaggedEmails' | 'none';
  tasks: TodoTaskRecord[];
};

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

const statuses = new Set(['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred']);
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

function invalidTask(body: unknown, creating: boolean): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return 'The request body must be a todoTask object.';
  }
  const b = body as Record<string, unknown>;
  if (creating && (typeof b.title !== 'string' || b.title.trim() === '')) {
    return "Invalid request body: the property 'title' is required.";
  }
  if (b.title !== undefined && typeof b.title !== 'string')
    return "The property 'title' must be a string.";
  if (b.status !== undefined && !statuses.has(String(b.status))) {
    return `Cannot convert the literal '${String(b.status)}' to the expected type 'microsoft.graph.taskStatus'.`;
  }
  if (b.dueDateTime !== undefined && b.dueDateTime !== null) {
    const due = b.dueDateTime as Record<string, unknown>;
    if (
      typeof due.dateTime !== 'string' ||
      Number.isNaN(Date.parse(due.dateTime)) ||
      typeof due.timeZone !== 'string'
    ) {
      return "The property 'dueDateTime' needs a dateTime (ISO 8601) and a timeZone.";
    }
  }
  if (b.linkedResources !== undefined && !Array.isArray(b.linkedResources)) {
    return "The property 'linkedResources' must be a collection.";
  }
  return null;
}

function createTask(b: Record<string, unknown>): TodoTaskRecord {
  const now = new Date().toISOString();
  const task: TodoTaskRecord = {
    id: graphId(),
    title: String(b.title),
    status: 'notStarted',
    importance: typeof b.importance === 'string' ? b.importance : 'normal',
    body: { content: '', contentType: 'text' },
    dueDateTime: null,
    completedDateTime: null,
    linkedResources: [],
    createdDateTime: now,
    lastModifiedDateTime: now,
    etag: etag(),
  };
  update(task, b);
  task.linkedResources = ((b.linkedResources as Record<string, unknown>[] | undefined) ?? []).map(
    (r) => ({
      id: randomUUID(),
      webUrl: r.webUrl ?? null,
      applicationName: r.applicationName ?? null,
      displayName: r.displayName ?? null,
      externalId: r.externalId ?? null,
    }),
  );
  return task;
}

function update(task: TodoTaskRecord, b: Record<string, unknown>): void {
  if (typeof b.title === 'string') task.title = b.title;
  if (typeof b.importance === 'string') task.importance = b.importance;
  if (b.body && typeof b.body === 'object') {
    const body = b.body as { content?: unknown; contentType?: unknown };
    task.body = {
      content: String(body.content ?? ''),
      contentType: String(body.contentType ?? 'text'),
    };
  }
  if (b.dueDateTime !== undefined) {
    const due = b.dueDateTime as { dateTime: string; timeZone: string } | null;
    task.dueDateTime = due && { dateTime: normalise(due.dateTime), timeZone: due.timeZone };
  }
  if (typeof b.status === 'string' && b.status !== task.status) {
    task.status = b.status;
    task.completedDateTime =
      b.status === 'completed'
        ? { dateTime: normalise(new Date().toISOString().slice(0, 10)), timeZone: 'UTC' }
        : null;
  }
  task.lastModifiedDateTime = new Date().toISOString();
  task.etag = etag();
}

/** To Do answers dates as `YYYY-MM-DDT00:00:00.0000000` in the given zone. */
function normalise(dateTime: string): string {
  return `${dateTime.slice(0, 10)}T00:00:00.0000000`;
}

function listShape(list: TodoListRecord): Record<string, unknown> {
  return {
    '@odata.etag': `W/"${list.id.slice(0, 12)}"`,
    displayName: list.displayName,
    isOwner: true,
    isShared: false,
    wellknownListName: list.wellknownListName,
    id: list.id,
  };
}

function taskShape(task: TodoTaskRecord, withLinks: boolean): Record<string, unknown> {
  const shape: Record<string, unknown> = {
    '@odata.etag': task.etag,
    importance: task.importance,
    isReminderOn: false,
    status: task.status,
    title: task.title,
    createdDateTime: task.createdDateTime,
    lastModifiedDateTime: task.lastModifiedDateTime,
    hasAttachments: false,
    categories: [],
    id: task.id,
    body: task.body,
  };
  if (task.dueDateTime) shape.dueDateTime = task.dueDateTime;
  if (task.completedDateTime) shape.completedDateTime = task.completedDateTime;
  if (withLinks) shape.linkedResources = task.linkedResources;
  return shape;
}

/** Exchange-style ids: long base64, as To Do's are. */
function graphId(): string {
  return `AAMkAG${randomBytes(48).toString('base64url')}AAA=`;
}

function etag(): string {
  return `W/"${randomBytes(16).toString('base64')}"`;
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
