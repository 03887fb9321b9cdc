import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { retroViewSchema } from '../../shared/retro/api.js';
import {
  personClient,
  startRetroApp,
  type PersonClient,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { testDatabases } from '../test-support/databases.js';
import { demo } from '../test-support/entra-fakes.js';
import { runAdmin } from './cli.js';
import { countTenantData, deleteTenantData, type TenantRows } from './delete-tenant.js';
import { useEntraFakes } from '../test-support/hooks.js';

const contoso = demo.platform.tenantId;
const fabrikam = demo.fabrikamDesign.tenantId;
const owner = (team: typeof demo.platform) => team.members.find((m) => m.role === 'owner')!.userId;

const entra = useEntraFakes();

const none: TenantRows = {
  retros: 0,
  retroRows: 0,
  pulseSeries: 0,
  pulses: 0,
  pulseRows: 0,
  meetingLinks: 0,
  pulsePrompts: 0,
  notifications: 0,
  liveEvents: 0,
  idempotencyKeys: 0,
  savedFormats: 0,
  botRows: 0,
};

describe.each(testDatabases())('deleting a tenant’s data on $dialect', (database) => {
  let target: RetroTestApp;
  const as = async (userId: string): Promise<PersonClient> =>
    personClient(() => target.app, await entra.fakes.idp.issueUserToken(userId));

  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
  });
  afterAll(async () => {
    await target?.close();
  });

  /** A retro with a card and an answer, a pulse with a response, through the real routes. */
  async function useCandor(team: typeof demo.platform, meeting: typeof demo.weeklySync) {
    const facilitator = await as(meeting.organizerId);
    const created = await facilitator.post(
      '/api/retros',
      {
        chatId: meeting.chatId,
        templateId: 'mad-sad-glad',
        // Opened before the meeting, with a reminder: that row is the tenant's too.
        early: { remind: '1h', meetingStart: new Date(Date.now() + 7_200_000).toISOString() },
      },
      { 'idempotency-key': randomUUID() },
    );
    expect(created.status, created.raw).toBe(201);
    const retro = retroViewSchema.parse((created.body as { retro: unknown }).retro);
    // From Gather back to Check-in, for the safety answer.
    for (const step of ['back', 'back']) {
      expect((await facilitator.command(retro.id, { type: step })).status).toBe(200);
    }
    expect((await facilitator.command(retro.id, { type: 'answerSafety', value: 4 })).status).toBe(
      200,
    );
    // A custom format saved for the meeting: the tenant's data too.
    const saved = await facilitator.post(
      '/api/formats',
      {
        chatId: meeting.chatId,
        name: `Ours ${team.displayName}`,
        columns: [
          { id: 'a', title: 'Went well', prompt: '' },
          { id: 'b', title: 'To try', prompt: '' },
        ],
      },
      { 'idempotency-key': randomUUID() },
    );
    expect(saved.status, saved.raw).toBe(201);
    // Someone opens the start form again: who sets up a retro is the tenant's data too.
    const settingUp = await (
      await as(meeting.members.find((m) => m.userId !== meeting.organizerId)!.userId)
    ).post('/api/retros/setting-up', { chatId: meeting.chatId, open: true });
    expect(settingUp.status, settingUp.raw).toBe(204);
    const teamOwner = await as(owner(team));
    const now = Date.now();
    const pulse = await teamOwner.post(`/api/teams/${team.id}/pulses`, {
      title: `Pulse for ${team.displayName}`,
      k: 3,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
    });
    expect(pulse.status, pulse.raw).toBe(201);
    const pulseId = (pulse.body as { pulse: { id: string } }).pulse.id;
    const answered = await teamOwner.post(`/api/pulses/${pulseId}/responses`, {
      answers: [5, 3, 5, 3, 5, 3, 5],
    });
    expect(answered.status, answered.raw).toBe(201);
    // An action item someone added to their To Do (server/todo/routes.test.ts adds one through the API).
    await target.db.kysely
      .insertInto('retro_todo_links')
      .values({
        action_id: randomUUID(),
        retro_id: retro.id,
        owner_id: meeting.organizerId,
        list_id: 'AAMkAGlist',
        task_id: 'AAMkAGtask',
        added_at: new Date().toISOString(),
      })
      .execute();
    return { retroId: retro.id, pulseId };
  }

  /** Rows still pointing at these ids, read straight from the tables (not via the tenant's rows). */
  async function leftovers(
    ids: { retroId: string; pulseId: string },
    teamId: string,
    chatId: string,
  ) {
    const count = async (
      table:
        'retro_answers' | 'retro_marks' | 'retro_presence' | 'retro_todo_links' | 'retro_reminders',
      id: string,
    ) =>
      (
        await target.db.kysely
          .selectFrom(table)
          .select('retro_id')
          .where('retro_id', '=', id)
          .execute()
      ).length;
    const pulseRows = async (table: 'pulse_responses' | 'pulse_receipts') =>
      (
        await target.db.kysely
          .selectFrom(table)
          .select('pulse_id')
          .where('pulse_id', '=', ids.pulseId)
          .execute()
      ).length;
    const events = await target.db.kysely
      .selectFrom('events')
      .select('room')
      .where('room', 'in', [`retro:${ids.retroId}`, `team:${teamId}`])
      .execute();
    const settingUp = await target.db.kysely
      .selectFrom('retro_setting_up')
      .select('chat_id')
      .where('chat_id', '=', chatId)
      .execute();
    const prompts = await target.db.kysely
      .selectFrom('retro_pulse_prompts')
      .select('pulse_id')
      .where('chat_id', '=', chatId)
      .execute();
    return {
      prompts: prompts.length,
      answers: await count('retro_answers', ids.retroId),
      marks: await count('retro_marks', ids.retroId),
      presence: await count('retro_presence', ids.retroId),
      todoLinks: await count('retro_todo_links', ids.retroId),
      reminders: await count('retro_reminders', ids.retroId),
      settingUp: settingUp.length,
      responses: await pulseRows('pulse_responses'),
      receipts: await pulseRows('pulse_receipts'),
      events: events.length,
    };
  }

  let contosoRetro: string;
  let fabrikamRetro: string;
  const nothing = {
    prompts: 0,
    answers: 0,
    marks: 0,
    presence: 0,
    todoLinks: 0,
    reminders: 0,
    settingUp: 0,
    responses: 0,
    receipts: 0,
    events: 0,
  };
  it('counts, then deletes only the named tenant’s rows', async () => {
    const contosoIds = await useCandor(demo.platform, demo.weeklySync);
    const fabrikamIds = await useCandor(demo.fabrikamDesign, demo.designCrit);
    contosoRetro = contosoIds.retroId;
    fabrikamRetro = fabrikamIds.retroId;
    const linked = await (
      await as(owner(demo.platform))
    ).post(`/api/teams/${demo.platform.id}/linked-meetings`, { chatId: demo.weeklySync.chatId });
    expect(linked.status, linked.raw).toBe(201);
    // A pulse prompt sent to the linked meeting (the route needs a released pulse; the row is the same).
    await target.db.kysely
      .insertInto('retro_pulse_prompts')
      .values({
        tenant_id: contoso,
        chat_id: demo.weeklySync.chatId,
        pulse_id: contosoIds.pulseId,
        team_id: demo.platform.id,
        prompt: '{}',
        sent_by: owner(demo.platform),
        sent_at: new Date().toISOString(),
      })
      .execute();
    // The bot installed in the meeting chat, and the summary of the retro in its outbox.
    const at = new Date().toISOString();
    await target.db.kysely
      .insertInto('bot_conversations')
      .values({
        tenant_id: contoso,
        conversation_id: demo.weeklySync.chatId,
        service_url: 'https://smba.example/teams/',
        conversation_type: 'groupChat',
        team_id: null,
        aad_group_id: null,
        installed_at: at,
      })
      .execute();
    await target.db.kysely
      .insertInto('bot_posts')
      .values({
        retro_id: contosoRetro,
        tenant_id: contoso,
        language: 'en',
        status: 'sent',
        attempts: 1,
        lease_until: null,
        activity_id: null,
        last_error: null,
        updated_at: at,
      })
      .execute();

    const before = await countTenantData(target.db, contoso);
    expect(before).toMatchObject({
      retros: 1,
      pulseSeries: 1,
      pulses: 1,
      meetingLinks: 1,
      pulsePrompts: 1,
      savedFormats: 1,
    });
    // Card-less retro: its safety answer and both presence marks; the pulse: a response and a receipt.
    expect(before.retroRows).toBeGreaterThanOrEqual(2);
    expect(before.pulseRows).toBe(2);
    expect(before.liveEvents).toBeGreaterThan(0);
    // The retro's creation, its commands and the saved format: rows of the tenant, though they hold no content.
    expect(before.idempotencyKeys).toBe(5);
    expect(before.botRows).toBe(2);
    const fabrikamBefore = await countTenantData(target.db, fabrikam);
    expect(fabrikamBefore.retros).toBe(1);

    const fabrikamRows = await leftovers(
      fabrikamIds,
      demo.fabrikamDesign.id,
      demo.designCrit.chatId,
    );
    expect(await leftovers(contosoIds, demo.platform.id, demo.weeklySync.chatId)).not.toEqual(
      nothing,
    );

    expect(await deleteTenantData(target.db, contoso)).toEqual(before);
    expect(await countTenantData(target.db, contoso)).toEqual(none);
    expect(await leftovers(contosoIds, demo.platform.id, demo.weeklySync.chatId)).toEqual(nothing);
    expect(await countTenantData(target.db, fabrikam)).toEqual(fabrikamBefore);
    expect(await leftovers(fabrikamIds, demo.fabrikamDesign.id, demo.designCrit.chatId)).toEqual(
      fabrikamRows,
    );
  });

  it('leaves the app working: the other tenant’s retro reads, the deleted one is gone', async () => {
    const ravi = await as(demo.designCrit.organizerId);
    expect((await ravi.get(`/api/retros/${fabrikamRetro}`)).status).toBe(200);
    const adele = await as(demo.weeklySync.organizerId);
    expect((await adele.get(`/api/retros/${contosoRetro}`)).status).toBe(404);
    const current = await adele.get(
      `/api/retros/current?chatId=${encodeURIComponent(demo.weeklySync.chatId)}`,
    );
    expect(current.body).toEqual({ retro: null });
  });

  it('the command line counts without --yes and refuses a malformed tenant id', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const logs = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await runAdmin(['delete-tenant', 'not-a-guid'])).toBe(2);
      expect(errors.mock.calls.flat().join(' ')).toMatch(/must be the tenant id, a GUID/);
      expect(await runAdmin(['delete-tenant'])).toBe(2);
      expect(errors.mock.calls.flat().join(' ')).toMatch(/Usage: npm run admin/);
    } finally {
      errors.mockRestore();
      logs.mockRestore();
    }
  });
});
