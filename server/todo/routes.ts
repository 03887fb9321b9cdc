import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { todoLinkBodySchema, type TodoLink, type TodoLinks } from '../../shared/todo/api.js';
import { requireMember } from '../access.js';
import { requireUser, type AppDeps } from '../app-deps.js';
import { forbidden, notFound } from '../http-errors.js';
import type { RetroTodoLinksTable } from '../storage/schema.js';

type TodoDeps = Pick<AppDeps, 'db' | 'membership'>;

const chatQuerySchema = z.object({ chatId: z.string().min(1).max(400) });
const actionParamsSchema = z.object({ actionId: z.string().min(1).max(64) });

const toLink = (row: RetroTodoLinksTable): TodoLink => ({
  actionId: row.action_id,
  listId: row.list_id,
  taskId: row.task_id,
  addedAt: row.added_at,
});

/**
 * Action items in their owners' Microsoft To Do. The client creates the task with the owner's own
 * delegated Graph token; the server only records which task it is. Only the action's owner may
 * record it or read it: a person's task list is their own, so nobody else learns what they keep there.
 */
export function registerTodoRoutes(app: FastifyInstance, deps: TodoDeps): void {
  app.get('/api/todo/links', async (request): Promise<TodoLinks> => {
    const user = requireUser(request);
    const { chatId } = chatQuerySchema.parse(request.query);
    await requireMember(deps.membership, user, { kind: 'chat', id: chatId });
    const rows = await deps.db.kysely
      .selectFrom('retro_todo_links as l')
      .innerJoin('retro_actions as a', 'a.id', 'l.action_id')
      .innerJoin('retros as r', 'r.id', 'a.retro_id')
      .selectAll('l')
      .where('r.tenant_id', '=', user.tenantId)
      .where('r.chat_id', '=', chatId)
      // An action handed to someone else no longer shows the old owner's task.
      .where('a.owner_id', '=', user.userId)
      .where('l.owner_id', '=', user.userId)
      .orderBy('l.added_at')
      .orderBy('l.action_id')
      .execute();
    return { links: rows.map(toLink) };
  });

  // Idempotent: the same ids again change nothing; new ids (the task was deleted in To Do and added
  // again) replace the old ones.
  app.put('/api/actions/:actionId/todo', async (request): Promise<TodoLink> => {
    const user = requireUser(request);
    const { actionId } = actionParamsSchema.parse(request.params);
    const body = todoLinkBodySchema.parse(request.body);
    const action = await deps.db.kysely
      .selectFrom('retro_actions as a')
      .innerJoin('retros as r', 'r.id', 'a.retro_id')
      .select(['a.id', 'a.retro_id', 'a.owner_id', 'r.tenant_id', 'r.chat_id'])
      .where('a.id', '=', actionId)
      .executeTakeFirst();
    // Another organisation's action is as absent as a deleted one.
    if (!action || action.tenant_id !== user.tenantId) throw notFound('todo.server.actionGone');
    await requireMember(deps.membership, user, { kind: 'chat', id: action.chat_id });
    if (action.owner_id !== user.userId) throw forbidden('todo.server.notOwner');
    const row: RetroTodoLinksTable = {
      action_id: action.id,
      retro_id: action.retro_id,
      owner_id: user.userId,
      list_id: body.listId,
      task_id: body.taskId,
      added_at: new Date().toISOString(),
    };
    return deps.db.kysely.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('retro_todo_links')
        .selectAll()
        .where('action_id', '=', action.id)
        .executeTakeFirst();
      if (
        existing &&
        existing.owner_id === row.owner_id &&
        existing.list_id === row.list_id &&
        existing.task_id === row.task_id
      ) {
        return toLink(existing);
      }
      await trx
        .insertInto('retro_todo_links')
        .values(row)
        .onConflict((oc) =>
          oc.column('action_id').doUpdateSet({
            owner_id: row.owner_id,
            list_id: row.list_id,
            task_id: row.task_id,
            added_at: row.added_at,
          }),
        )
        .execute();
      return toLink(row);
    });
  });
}
