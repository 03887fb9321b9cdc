import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retroViewSchema, type RetroView } from '../../shared/retro/api.js';
import { trendsSchema, type RetroHealth } from '../../shared/trends/api.js';
import {
  addChannelMeeting,
  addMeetingChat,
  personClient,
  startRetroApp,
  type PersonClient,
  type Reply,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { testDatabases } from '../test-support/databases.js';
import { demo, seededUser } from '../test-support/entra-fakes.js';
import { useEntraFakes } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance'); // owns Platform, organises the weekly sync
const diego = seededUser('Diego Siciliani');
const amara = seededUser('Amara Okafor');
const team = demo.platform.id;
const chatId = demo.weeklySync.chatId;

function view(reply: Reply): RetroView {
  expect(reply.status, reply.raw).toBeLessThan(300);
  return retroViewSchema.parse((reply.body as { retro?: unknown }).retro ?? reply.body);
}

const entra = useEntraFakes();

describe.each(testDatabases())('retro health on $dialect', (database) => {
  let target: RetroTestApp;
  let f: PersonClient;
  let a: PersonClient;
  let b: PersonClient;
  let channelChat: string;

  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
    channelChat = addChannelMeeting(entra.fakes, team, 'Platform retros');
    f = personClient(() => target.app, await entra.fakes.idp.issueUserToken(adele.id));
    a = personClient(() => target.app, await entra.fakes.idp.issueUserToken(diego.id));
    b = personClient(() => target.app, await entra.fakes.idp.issueUserToken(amara.id));
  });
  afterAll(async () => {
    await target?.close();
  });

  async function health(): Promise<RetroHealth> {
    const trends = trendsSchema.parse((await f.get(`/api/teams/${team}/trends?range=3m`)).body);
    if (!trends.retroHealth) throw new Error('owners get retro health');
    return trends.retroHealth;
  }

  async function advanceTo(id: string, phase: RetroView['phase']) {
    for (let i = 0; i < 10; i += 1) {
      if (view(await f.get(`/api/retros/${id}`)).phase === phase) return;
      view(await f.command(id, { type: 'advance' }));
    }
    throw new Error(`never reached ${phase}`);
  }

  /** A retro run through the real routes: 3 safety answers, three action items, 2 ROTI answers. */
  async function runRetro(teamId?: string, chat = chatId): Promise<string> {
    const created = await f.post('/api/retros', {
      chatId: chat,
      templateId: 'start-stop-continue',
      ...(teamId ? { teamId } : {}),
    });
    const id = view(created).id;
    for (const [person, value] of [
      [f, 4],
      [a, 4],
      [b, 2],
    ] as const) {
      view(await person.command(id, { type: 'answerSafety', value }));
    }
    await advanceTo(id, 'actions');
    const add = async (text: string, dueDate: string) =>
      view(
        await f.command(id, { type: 'addAction', text, ownerId: diego.id, dueDate, groupId: null }),
      ).actions.find((x) => x.text === text)?.id ?? '';
    await add('Overdue and open', '2020-01-01');
    const late = await add('Done after its due date', '2020-01-01');
    const future = await add('Done early', '2099-01-01');
    for (const actionId of [late, future]) {
      view(await f.command(id, { type: 'updateAction', actionId, status: 'done' }));
    }
    await advanceTo(id, 'close');
    view(await a.command(id, { type: 'answerRoti', value: 5 }));
    view(await b.command(id, { type: 'answerRoti', value: 3 }));
    view(await f.command(id, { type: 'end' }));
    return id;
  }

  it('counts a channel-meeting retro for its team, with an overdue item and no ROTI under 3', async () => {
    const before = await health();
    expect(before.retrosHeld).toBe(0);
    expect(before.completionRate).toBeNull();
    expect(before.averageParticipants).toBeNull();

    const id = await runRetro(team.toUpperCase(), channelChat);
    const h = await health();
    expect(h.retrosHeld).toBe(1);
    expect(h.actions).toEqual({ created: 3, done: 2, open: 1, dropped: 0, overdue: 1 });
    // Two items were due: one still open, one done after its due date.
    expect(h.completionRate).toBe(0);
    expect(h.roti).toEqual({ answered: 2, mean: null, distribution: null });
    expect(h.averageParticipants).toBe(3);
    expect(h.safety).toEqual([{ retroId: id, date: expect.any(String) as string, median: 4 }]);
  });

  it('counts items done by their due date toward the completion rate', async () => {
    await target.db.kysely
      .updateTable('retro_actions')
      .set({ status_changed_at: '2019-12-31T10:00:00.000Z' })
      .where('text', '=', 'Done after its due date')
      .execute();
    expect((await health()).completionRate).toBe(0.5);
  });

  it('counts retros of a meeting only once an owner links it', async () => {
    await runRetro();
    expect((await health()).retrosHeld).toBe(1);
    const linked = await f.post(`/api/teams/${team}/linked-meetings`, { chatId });
    expect(linked.status, linked.raw).toBe(201);
    expect(linked.body).toMatchObject({
      links: [{ chatId, linkedBy: adele.id, linkedAt: expect.any(String) as string }],
    });
    const h = await health();
    expect(h.retrosHeld).toBe(2);
    expect(h.roti).toEqual({ answered: 4, mean: 4, distribution: [0, 0, 2, 0, 2] });

    const removed = await target.app.inject({
      method: 'DELETE',
      url: `/api/teams/${team}/linked-meetings/${encodeURIComponent(chatId)}`,
      headers: { authorization: `Bearer ${await entra.fakes.idp.issueUserToken(adele.id)}` },
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await health()).retrosHeld).toBe(1);
  });

  it('refuses a link to a meeting chat the owner is not in, and a team the caller is not in', async () => {
    const megan = seededUser('Megan Bowen'); // owns Customer Success; not in the weekly sync
    const outsider = personClient(() => target.app, await entra.fakes.idp.issueUserToken(megan.id));
    const refused = await outsider.post(`/api/teams/${demo.customerSuccess.id}/linked-meetings`, {
      chatId,
    });
    expect(refused.status).toBe(403);
    const claim = await outsider.post('/api/retros', {
      chatId,
      teamId: team,
      templateId: 'start-stop-continue',
    });
    expect(claim.status).toBe(403);
  });

  it("keeps a member's claim that another meeting is the team's out of its trends, and counts a real channel meeting", async () => {
    const before = (await health()).retrosHeld;
    const ended = async (client: PersonClient, chat: string) => {
      const created = await client.post('/api/retros', {
        chatId: chat,
        teamId: team,
        templateId: 'start-stop-continue',
      });
      expect(created.status, created.raw).toBe(201);
      const id = view(created).id;
      view(await client.command(id, { type: 'end' }));
      const row = await target.db.kysely
        .selectFrom('retros')
        .select('team_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return row.team_id;
    };

    // Amara is a plain member of Platform and in this meeting, which is no channel of Platform.
    const foreign = addMeetingChat(entra.fakes, 'Not a Platform channel');
    expect(await ended(b, foreign)).toBeNull();
    expect((await health()).retrosHeld).toBe(before);

    // The same member in a meeting of a Platform channel: that retro is the team's.
    expect(await ended(b, addChannelMeeting(entra.fakes, team, 'Ops'))).toBe(team);
    expect((await health()).retrosHeld).toBe(before + 1);

    // The foreign meeting counts once an owner who is in it links it.
    const linked = await f.post(`/api/teams/${team}/linked-meetings`, { chatId: foreign });
    expect(linked.status, linked.raw).toBe(201);
    expect((await health()).retrosHeld).toBe(before + 2);
  });
});
