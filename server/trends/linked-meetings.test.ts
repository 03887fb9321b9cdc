import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retroViewSchema } from '../../shared/retro/api.js';
import {
  linkableMeetingsLimit,
  linkableMeetingsSchema,
  linkedMeetingsSchema,
  trendsSchema,
  type LinkableMeetings,
  type LinkedMeetings,
} from '../../shared/trends/api.js';
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

const adele = seededUser('Adele Vance'); // owns Platform
const diego = seededUser('Diego Siciliani'); // owns Platform too
const amara = seededUser('Amara Okafor'); // Platform member
const megan = seededUser('Megan Bowen'); // owns Customer Success, not in Platform
const team = demo.platform.id;

const entra = useEntraFakes();

/** A meeting chat in the fake Graph with the Weekly sync's people except `left`. */
function chatWithout(subject: string, left: string): string {
  const chatId = addMeetingChat(entra.fakes, subject);
  const meeting = entra.fakes.graph.data.meetings.find((m) => m.chatId === chatId);
  if (!meeting) throw new Error('addMeetingChat should add the meeting');
  meeting.members = meeting.members.filter((m) => m.userId !== left);
  return chatId;
}

describe.each(testDatabases())('linked meetings API on $dialect', (database) => {
  let target: RetroTestApp;
  let asAdele: PersonClient;
  let asDiego: PersonClient;

  const as = async (userId: string) =>
    personClient(() => target.app, await entra.fakes.idp.issueUserToken(userId));
  const remove = async (userId: string, chatId: string) => {
    const response = await target.app.inject({
      method: 'DELETE',
      url: `/api/teams/${team}/linked-meetings/${encodeURIComponent(chatId)}`,
      headers: { authorization: `Bearer ${await entra.fakes.idp.issueUserToken(userId)}` },
    });
    return { status: response.statusCode, body: response.json() as unknown, raw: response.body };
  };
  const ok = <T>(reply: Reply, parse: (body: unknown) => T): T => {
    expect(reply.status, reply.raw).toBeLessThan(300);
    return parse(reply.body);
  };
  const candidates = async (client: PersonClient): Promise<LinkableMeetings> =>
    ok(await client.get(`/api/teams/${team}/linkable-meetings`), (b) =>
      linkableMeetingsSchema.parse(b),
    );
  const links = async (client: PersonClient): Promise<LinkedMeetings> =>
    ok(await client.get(`/api/teams/${team}/linked-meetings`), (b) =>
      linkedMeetingsSchema.parse(b),
    );
  const retrosHeld = async (): Promise<number> => {
    const trends = trendsSchema.parse(
      (await asAdele.get(`/api/teams/${team}/trends?range=all`)).body,
    );
    if (!trends.retroHealth) throw new Error('owners get retro health');
    return trends.retroHealth.retrosHeld;
  };

  /** A retro started and ended at once through the real routes; returns its start time. */
  async function endedRetro(
    client: PersonClient,
    chatId: string,
    title: string,
    teamId?: string,
  ): Promise<string> {
    const created = await client.post('/api/retros', {
      chatId,
      title,
      templateId: 'start-stop-continue',
      ...(teamId ? { teamId } : {}),
    });
    expect(created.status, created.raw).toBe(201);
    const retro = retroViewSchema.parse((created.body as { retro: unknown }).retro);
    const ended = await client.command(retro.id, { type: 'end' });
    expect(ended.status, ended.raw).toBe(200);
    const row = await target.db.kysely
      .selectFrom('retros')
      .select('created_at')
      .where('id', '=', retro.id)
      .executeTakeFirstOrThrow();
    return row.created_at;
  }

  let mixedChat: string;
  let diegoChat: string;
  let channelChat: string;
  let activeChat: string;
  let secondStartedAt: string;
  // Fresh chats per dialect, so one run's retros and membership cache never answer for another.

  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
    asAdele = await as(adele.id);
    asDiego = await as(diego.id);
    mixedChat = addMeetingChat(entra.fakes, 'Both facilitate here');
    diegoChat = addMeetingChat(entra.fakes, 'Only Diego facilitates here');
    channelChat = addChannelMeeting(entra.fakes, team, 'Platform channel meeting');
    activeChat = addMeetingChat(entra.fakes, 'Retro still running');
  });
  afterAll(async () => {
    await target?.close();
  });

  it("lists the chats where the owner ran an ended retro, with everyone's retros there, and not others' chats", async () => {
    await endedRetro(asAdele, mixedChat, 'First, by Adele');
    secondStartedAt = await endedRetro(asDiego, mixedChat, 'Second, by Diego');
    await endedRetro(asDiego, diegoChat, 'Diego alone');
    // Already counted as a channel meeting of Platform, so linking would add nothing.
    await endedRetro(asAdele, channelChat, 'Platform channel retro', team);
    const running = await asAdele.post('/api/retros', {
      chatId: activeChat,
      templateId: 'start-stop-continue',
    });
    expect(running.status, running.raw).toBe(201);

    expect(await candidates(asAdele)).toEqual({
      candidates: [
        {
          chatId: mixedChat,
          retroCount: 2,
          latestRetro: { title: 'Second, by Diego', date: secondStartedAt },
        },
      ],
      truncated: false,
    } satisfies LinkableMeetings);
    const diegos = await candidates(asDiego);
    expect(diegos.candidates.map((c) => c.chatId).sort()).toEqual([mixedChat, diegoChat].sort());
  });

  it('refuses members and owners of other teams', async () => {
    for (const userId of [amara.id, megan.id]) {
      const client = await as(userId);
      expect((await client.get(`/api/teams/${team}/linkable-meetings`)).status).toBe(403);
      expect((await client.get(`/api/teams/${team}/linked-meetings`)).status).toBe(403);
      expect(
        (await client.post(`/api/teams/${team}/linked-meetings`, { chatId: mixedChat })).status,
      ).toBe(403);
      expect((await remove(userId, mixedChat)).status).toBe(403);
    }
    expect((await links(asAdele)).links).toEqual([]);
  });

  it('moves a linked chat from the candidates to the links, and counts its retros in retro health', async () => {
    expect(await retrosHeld()).toBe(1);

    const linked = await asAdele.post(`/api/teams/${team}/linked-meetings`, { chatId: mixedChat });
    expect(linked.status, linked.raw).toBe(201);
    const link = {
      chatId: mixedChat,
      linkedBy: adele.id,
      linkedByYou: true,
      linkedAt: expect.any(String) as string,
      retroCount: 2,
      inMeeting: true,
      latestRetro: { title: 'Second, by Diego', date: secondStartedAt },
    };
    expect(linkedMeetingsSchema.parse(linked.body)).toEqual({ links: [link] });
    expect((await candidates(asAdele)).candidates).toEqual([]);
    expect((await links(asAdele)).links).toEqual([link]);
    // Another owner sees who linked it, and that it was not them.
    expect((await links(asDiego)).links).toEqual([{ ...link, linkedByYou: false }]);
    expect((await candidates(asDiego)).candidates.map((c) => c.chatId)).toEqual([diegoChat]);
    expect(await retrosHeld()).toBe(3);

    const removed = await remove(adele.id, mixedChat);
    expect(removed.status, removed.raw).toBe(200);
    expect(linkedMeetingsSchema.parse(removed.body)).toEqual({ links: [] });
    expect(await retrosHeld()).toBe(1);
    expect((await candidates(asAdele)).candidates.map((c) => c.chatId)).toEqual([mixedChat]);
  });

  it('names a linked meeting only to owners who are in it', async () => {
    const secret = chatWithout('Not for Diego', diego.id);
    await endedRetro(asAdele, secret, 'Incident review: payments outage');
    const linked = await asAdele.post(`/api/teams/${team}/linked-meetings`, { chatId: secret });
    expect(linked.status, linked.raw).toBe(201);
    expect((await links(asAdele)).links).toMatchObject([
      {
        chatId: secret,
        inMeeting: true,
        latestRetro: { title: 'Incident review: payments outage' },
      },
    ]);
    // Diego owns the team too, but is not in that meeting: its count, never its retro titles.
    const seenByDiego = await asDiego.get(`/api/teams/${team}/linked-meetings`);
    expect(seenByDiego.raw).not.toContain('payments outage');
    expect(linkedMeetingsSchema.parse(seenByDiego.body).links).toEqual([
      expect.objectContaining({
        chatId: secret,
        inMeeting: false,
        latestRetro: null,
        retroCount: 1,
      }),
    ]);
    expect((await remove(adele.id, secret)).status).toBe(200);
  });

  it('describes a linked chat with no ended retro as empty', async () => {
    const quiet = addMeetingChat(entra.fakes, 'No retro yet');
    const linked = await asAdele.post(`/api/teams/${team}/linked-meetings`, { chatId: quiet });
    expect(linked.status, linked.raw).toBe(201);
    expect((await links(asAdele)).links).toMatchObject([
      { chatId: quiet, retroCount: 0, latestRetro: null },
    ]);
    expect(await retrosHeld()).toBe(1);
    expect((await remove(adele.id, quiet)).status).toBe(200);
  });

  it('refuses to link a meeting chat the owner is not in', async () => {
    const elsewhere = chatWithout('Without Diego', diego.id);
    const refused = await asDiego.post(`/api/teams/${team}/linked-meetings`, { chatId: elsewhere });
    expect(refused.status).toBe(403);
    expect(refused.raw).toMatch(/not a participant of this meeting chat/);
    expect((await links(asDiego)).links).toEqual([]);
  });

  it(`lists at most ${linkableMeetingsLimit} chats, most recent first, and says the list was cut`, async () => {
    // Written straight to the table: the bound is about volume, not about how retros are run.
    const count = linkableMeetingsLimit + 2;
    const started = (i: number) => new Date(Date.UTC(2031, 0, 1, 0, i)).toISOString();
    const chats = Array.from({ length: count }, (_, i) => `19:meeting_bulk${i}@thread.v2`);
    const retro = (chatId: string, i: number, title: string) => ({
      id: randomUUID(),
      tenant_id: adele.tenantId,
      chat_id: chatId,
      active_key: null,
      title,
      template_id: 'start-stop-continue',
      columns: '[]',
      options: '{}',
      phase: 'close',
      status: 'ended',
      revealed: 1,
      focus_group_id: null,
      timer_ends_at: null,
      timer_seconds: null,
      rev: 1,
      created_at: started(i),
      ended_at: started(i),
      team_id: null,
    });
    const newest = chats.at(-1) ?? '';
    const rows = [
      ...chats.map((chatId, i) => retro(chatId, i, `Bulk ${i}`)),
      // Two retros that started at the same moment still make one entry.
      retro(newest, count - 1, `Bulk ${count - 1} twin`),
    ];
    await target.db.kysely.insertInto('retros').values(rows).execute();
    await target.db.kysely
      .insertInto('retro_facilitators')
      .values(
        rows.map((r) => ({
          retro_id: r.id,
          tenant_id: r.tenant_id,
          facilitator_id: diego.id,
          facilitator_name: diego.displayName,
        })),
      )
      .execute();

    const listed = await candidates(asDiego);
    expect(listed.truncated).toBe(true);
    expect(listed.candidates).toHaveLength(linkableMeetingsLimit);
    expect(listed.candidates.map((c) => c.chatId)).toEqual(
      chats.slice(-linkableMeetingsLimit).reverse(),
    );
    expect(listed.candidates[0]).toMatchObject({ chatId: newest, retroCount: 2 });
  });
});
