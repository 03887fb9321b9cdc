import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGraph, type FakeGraph } from '../../devhost/graph-fake.js';
import { startIdentityProvider, type Idp } from '../../devhost/idp.js';
import { demo, userById } from '../../devhost/seed.js';
import { testTls } from '../../devhost/test-tls.js';
import type { TodoLink, TodoLinkBody } from '../../shared/todo/api.js';
import { GraphTokenError, type GraphAccess } from '../graph-token.js';
import { openTodoGraph, TodoGraphError } from './graph-todo.js';
import { addToTodo, readTaskState, todoErrorMessage, type TodoDeps } from './todo-flow.js';

/** The client's To Do steps against the fake Graph over https, with delegated tokens from the dev IdP. */

let idp: Idp;
let graph: FakeGraph;
const owner = userById(demo.weeklySync.organizerId)!;

beforeAll(async () => {
  const tls = await testTls();
  idp = await startIdentityProvider({ tls });
  graph = await startFakeGraph({ tls, idpUrl: idp.url });
});
afterAll(async () => {
  await graph?.close();
  await idp?.close();
});

const delegated = (scp: string, userId = owner.id) =>
  idp.issueUserToken(userId, { aud: graph.url, scp });

function deps(scp = 'Tasks.ReadWrite'): TodoDeps & { recorded: [string, TodoLinkBody][] } {
  const recorded: [string, TodoLinkBody][] = [];
  return {
    recorded,
    graphToken: async (): Promise<GraphAccess> => ({
      token: await delegated(scp),
      graphRoot: graph.url,
    }),
    openGraph: openTodoGraph,
    record: async (actionId, body): Promise<TodoLink> => {
      recorded.push([actionId, body]);
      return { actionId, ...body, addedAt: new Date().toISOString() };
    },
    timeZone: () => 'Europe/Berlin',
  };
}

const input = {
  action: { id: 'action-1', text: 'Book a pairing slot', dueDate: '2030-01-31' },
  chatId: demo.weeklySync.chatId,
  retroTitle: 'Sprint 12 retro',
  note: 'An action item from the retro "Sprint 12 retro" in Candor.',
};

describe('adding an action item to To Do', () => {
  it("creates the task in the owner's default list, with the due date and a link back, and records it", async () => {
    const d = deps();
    const link = await addToTodo(d, input);
    const tasks = graph.todo.tasks(owner.id);
    const task = tasks.find((t) => t.id === link.taskId);
    expect(task).toMatchObject({
      title: 'Book a pairing slot',
      status: 'notStarted',
      dueDateTime: { dateTime: '2030-01-31T00:00:00.0000000', timeZone: 'Europe/Berlin' },
      body: { content: input.note, contentType: 'text' },
    });
    expect(task?.linkedResources[0]).toMatchObject({
      applicationName: 'Candor',
      displayName: 'Sprint 12 retro',
      externalId: 'action-1',
    });
    expect(d.recorded).toEqual([['action-1', { listId: link.listId, taskId: link.taskId }]]);
    // The default list, found by its well-known name.
    const lists = graph.calls.filter((c) => c.path === '/v1.0/me/todo/lists' && c.method === 'GET');
    expect(lists.length).toBeGreaterThan(0);
    // Nobody else's To Do holds it.
    expect(graph.todo.tasks(demo.weeklySync.members[1]!.userId)).toEqual([]);
  });

  it('reads the task back: open, completed in To Do, deleted', async () => {
    const d = deps();
    const link = await addToTodo(d, input);
    expect(await readTaskState(d, link)).toBe('open');
    expect(graph.todo.complete(owner.id, link.taskId)).toBe(true);
    expect(await readTaskState(d, link)).toBe('completed');
    expect(await readTaskState(d, { ...link, taskId: 'AAMkAGgone' })).toBe('deleted');
  });

  it('a token without Tasks.ReadWrite gets 403 from Graph, shown as the consent message', async () => {
    const error = await addToTodo(deps('User.Read'), input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TodoGraphError);
    expect((error as TodoGraphError).problem).toBe('consent');
    expect(todoErrorMessage(error).id).toBe('todo.error.consent');
  });

  it('waits out a short 429 (Retry-After) and reports a long one as busy', async () => {
    const d = deps();
    graph.failNext(1, 429, 1);
    await expect(addToTodo(d, input)).resolves.toMatchObject({ actionId: 'action-1' });
    graph.failNext(3, 429, 60);
    const error = await addToTodo(d, input).catch((e: unknown) => e);
    expect((error as TodoGraphError).problem).toBe('throttled');
    expect(todoErrorMessage(error).id).toBe('todo.error.throttled');
    graph.failNext(0, 429);
  });

  it('says why when no Graph token came, and adds nothing', async () => {
    const before = graph.todo.tasks(owner.id).length;
    for (const [problem, id] of [
      ['no-naa', 'todo.error.noNaa'],
      ['consent-refused', 'todo.error.consent'],
      ['cancelled', 'todo.error.cancelled'],
    ] as const) {
      const d: TodoDeps = {
        ...deps(),
        graphToken: async () => {
          throw new GraphTokenError(problem, 'refused');
        },
      };
      const error = await addToTodo(d, input).catch((e: unknown) => e);
      expect(todoErrorMessage(error).id).toBe(id);
    }
    expect(graph.todo.tasks(owner.id)).toHaveLength(before);
  });
});
