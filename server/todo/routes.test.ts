import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api.js';
import { retroViewSchema, type RetroView } from '../../shared/retro/api.js';
import { todoLinkSchema, todoLinksSchema } from '../../shared/todo/api.js';
import { deleteTenantData } from '../admin/delete-tenant.js';
import { seededUser } from '../test-support/entra-fakes.js';
import { testDatabases } from '../test-support/databases.js';
import { useEntraFakes } from '../test-support/hooks.js';
import {
  addMeetingChat,
  personClient,
  startRetroApp,
  type RetroTestApp,
} from '../test-support/retro-app.js';

const adele = seededUser('Adele Vance'); // facilitator
const diego = seededUser('Diego Siciliani'); // owns the action
const wei = seededUser('Wei Zhang'); // Contoso, not in the meeting
const ravi = seededUser('Ravi Shankar'); // Fabrikam

const entra = useEntraFakes();

describe.each(testDatabases())('To Do links on $dialect', (database) => {
  let target: RetroTestApp;
  let chatId: string;
  let retroId: string;
  let actionId: string;

  const token = (userId: string) => entra.fakes.idp.issueUserToken(userId);
  const put = async (userId: string, id: string, payload: unknown) => {
    const response = await target.app.inject({
      method: 'PUT',
      url: `/api/actions/${encodeURIComponent(id)}/todo`,
      headers: { authorization: `Bearer ${await token(userId)}` },
      payload: payload as object,
    });
    return { status: response.statusCode, body: response.json<unknown>() };
  };
  const links = async (userId: string, chat = chatId) => {
    const person = personClient(() => target.app, await token(userId));
    return person.get(`/api/todo/links?chatId=${encodeURIComponent(chat)}`);
  };

  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
    chatId = addMeetingChat(entra.fakes, 'To Do');
    const f = personClient(() => target.app, await token(adele.id));
    const created = await f.post('/api/retros', {
      chatId,
      templateId: 'start-stop-continue',
      options: { skip: ['checkin', 'review', 'group', 'vote', 'discuss'] },
    });
    retroId = retroViewSchema.parse((created.body as { retro: unknown }).retro).id;
    await f.command(retroId, { type: 'advance' });
    const added = await f.command(retroId, {
      type: 'addAction',
      text: 'Book a pairing slot',
      ownerId: diego.id,
      dueDate: '2030-01-31',
      groupId: null,
    });
    const view = (added.body as { retro: RetroView }).retro;
    actionId = view.actions[0]!.id;
  });
  afterAll(async () => {
    await target?.close();
  });

  it('lets the owner record the task, idempotently, and shows it to the owner only', async () => {
    const first = await put(diego.id, actionId, { listId: 'list-1', taskId: 'task-1' });
    expect(first.status).toBe(200);
    const link = todoLinkSchema.parse(first.body);
    expect(link).toMatchObject({ actionId, listId: 'list-1', taskId: 'task-1' });
    // The same ids again: the same link, the first time kept.
    const again = await put(diego.id, actionId, { listId: 'list-1', taskId: 'task-1' });
    expect(todoLinkSchema.parse(again.body)).toEqual(link);

    const mine = await links(diego.id);
    expect(mine.status).toBe(200);
    expect(todoLinksSchema.parse(mine.body).links).toEqual([link]);
    // The facilitator, in the same chat, sees no one else's task list.
    expect(todoLinksSchema.parse((await links(adele.id)).body).links).toEqual([]);
  });

  it('replaces the task when the owner adds it again (deleted in To Do)', async () => {
    const replaced = await put(diego.id, actionId, { listId: 'list-1', taskId: 'task-2' });
    expect(todoLinkSchema.parse(replaced.body).taskId).toBe('task-2');
    expect(todoLinksSchema.parse((await links(diego.id)).body).links.map((l) => l.taskId)).toEqual([
      'task-2',
    ]);
  });

  it('refuses anyone but the owner: 403 in the chat, 403 outside it, 404 in another tenant', async () => {
    const byFacilitator = await put(adele.id, actionId, { listId: 'l', taskId: 't' });
    expect(byFacilitator.status).toBe(403);
    expect(apiErrorSchema.parse(byFacilitator.body).error.message).toContain('Only the owner');
    expect((await put(wei.id, actionId, { listId: 'l', taskId: 't' })).status).toBe(403);
    expect((await put(ravi.id, actionId, { listId: 'l', taskId: 't' })).status).toBe(404);
    expect((await put(diego.id, 'no-such-action', { listId: 'l', taskId: 't' })).status).toBe(404);
    expect((await links(wei.id)).status).toBe(403);
    // Nothing changed.
    expect(todoLinksSchema.parse((await links(diego.id)).body).links[0]?.taskId).toBe('task-2');
  });

  it('validates the ids with zod', async () => {
    for (const body of [
      {},
      { listId: '', taskId: 't' },
      { listId: 'l', taskId: 'x'.repeat(401) },
    ]) {
      const reply = await put(diego.id, actionId, body);
      expect(reply.status).toBe(400);
      expect(apiErrorSchema.parse(reply.body).error.code).toBe('bad_request');
    }
  });

  it('forgets the link when the action is handed to someone else or deleted', async () => {
    const f = personClient(() => target.app, await token(adele.id));
    await f.command(retroId, { type: 'updateAction', actionId, ownerId: adele.id });
    // Adele owns it now, but Diego's task is Diego's: neither sees a link.
    expect(todoLinksSchema.parse((await links(adele.id)).body).links).toEqual([]);
    expect(todoLinksSchema.parse((await links(diego.id)).body).links).toEqual([]);
    expect((await put(diego.id, actionId, { listId: 'l', taskId: 't' })).status).toBe(403);
    const deleted = await f.command(retroId, { type: 'deleteAction', actionId });
    expect(deleted.status).toBe(200);
    const left = await target.db.kysely
      .selectFrom('retro_todo_links')
      .selectAll()
      .where('action_id', '=', actionId)
      .execute();
    expect(left).toEqual([]);
  });

  it('is deleted with the tenant', async () => {
    const f = personClient(() => target.app, await token(adele.id));
    const added = await f.command(retroId, {
      type: 'addAction',
      text: 'Write the runbook',
      ownerId: diego.id,
      dueDate: '2030-02-28',
      groupId: null,
    });
    const id = (added.body as { retro: RetroView }).retro.actions[0]!.id;
    expect((await put(diego.id, id, { listId: 'l', taskId: 't' })).status).toBe(200);
    await deleteTenantData(target.db, diego.tenantId);
    const left = await target.db.kysely.selectFrom('retro_todo_links').selectAll().execute();
    expect(left).toEqual([]);
  });
});
