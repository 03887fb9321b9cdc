import { randomBytes, randomUUID } from 'node:crypto';

/** To Do's lists and tasks in the fake Graph: the records, and the JSON shapes Graph answers with. */

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

const statuses = new Set(['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred']);

export function invalidTask(body: unknown, creating: boolean): string | null {
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

export function createTask(b: Record<string, unknown>): TodoTaskRecord {
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

export function update(task: TodoTaskRecord, b: Record<string, unknown>): void {
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

export function listShape(list: TodoListRecord): Record<string, unknown> {
  return {
    '@odata.etag': `W/"${list.id.slice(0, 12)}"`,
    displayName: list.displayName,
    isOwner: true,
    isShared: false,
    wellknownListName: list.wellknownListName,
    id: list.id,
  };
}

export function taskShape(task: TodoTaskRecord, withLinks: boolean): Record<string, unknown> {
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
export function graphId(): string {
  return `AAMkAG${randomBytes(48).toString('base64url')}AAA=`;
}

function etag(): string {
  return `W/"${randomBytes(16).toString('base64')}"`;
}
