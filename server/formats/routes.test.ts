import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  savedFormatResultSchema,
  savedFormatsLimit,
  savedFormatsSchema,
  type SavedFormats,
} from '../../shared/formats/api.js';
import { retroViewSchema } from '../../shared/retro/api.js';
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

const adele = seededUser('Adele Vance'); // owns Platform, organises the Weekly sync
const diego = seededUser('Diego Siciliani'); // owns Platform too
const amara = seededUser('Amara Okafor'); // Platform member
const sofia = seededUser('Sofia Rossi'); // in the Weekly sync, not in Platform
const megan = seededUser('Megan Bowen'); // not in the Weekly sync
const team = demo.platform.id;

const columns = [
  { id: 'c1', title: 'Went well', prompt: 'What went well?' },
  { id: 'c2', title: 'To try', prompt: '' },
];

const entra = useEntraFakes();

describe.each(testDatabases())('saved formats API on $dialect', (database) => {
  let target: RetroTestApp;
  const as = async (userId: string) =>
    personClient(() => target.app, await entra.fakes.idp.issueUserToken(userId));
  const list = async (client: PersonClient, chatId: string, teamId?: string) => {
    const query = new URLSearchParams({ chatId, ...(teamId ? { teamId } : {}) });
    const reply = await client.get(`/api/formats?${query.toString()}`);
    expect(reply.status, reply.raw).toBe(200);
    return savedFormatsSchema.parse(reply.body);
  };
  const save = (
    client: PersonClient,
    body: Record<string, unknown>,
    key: string = randomUUID(),
  ): Promise<Reply> => client.post('/api/formats', body, { 'idempotency-key': key });
  const remove = async (userId: string, id: string) => {
    const response = await target.app.inject({
      method: 'DELETE',
      url: `/api/formats/${encodeURIComponent(id)}`,
      headers: { authorization: `Bearer ${await entra.fakes.idp.issueUserToken(userId)}` },
    });
    return { status: response.statusCode, raw: response.body };
  };
  const names = (formats: SavedFormats) => formats.formats.map((f) => f.name);

  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
  });
  afterAll(async () => {
    await target?.close();
  });

  it('keeps a meeting series’ formats for its chat: the creator may delete, others may use', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Series formats');
    const asAdele = await as(adele.id);
    const asAmara = await as(amara.id);
    expect(await list(asAmara, chatId)).toEqual({
      scope: 'chat',
      canSave: true,
      limit: savedFormatsLimit,
      formats: [],
    });
    const saved = await save(asAdele, { chatId, name: '  Our two columns ', columns });
    expect(saved.status, saved.raw).toBe(201);
    const format = savedFormatResultSchema.parse(saved.body).format;
    expect(format).toMatchObject({
      name: 'Our two columns',
      columns,
      createdBy: { userId: adele.id, displayName: 'Adele Vance' },
      canDelete: true,
    });

    const seen = await list(asAmara, chatId);
    expect(seen.formats).toEqual([{ ...format, canDelete: false }]);
    // Another meeting does not see this series' formats.
    expect((await list(asAmara, addMeetingChat(entra.fakes, 'Other series'))).formats).toEqual([]);

    const taken = await save(asAmara, { chatId, name: 'OUR TWO COLUMNS', columns });
    expect(taken.status, taken.raw).toBe(409);
    expect(taken.raw).toContain('already a saved format');

    expect((await remove(amara.id, format.id)).status).toBe(403);
    expect((await remove(megan.id, format.id)).status).toBe(403);
    expect((await remove(adele.id, format.id)).status).toBe(204);
    expect((await list(asAmara, chatId)).formats).toEqual([]);
    expect((await remove(adele.id, format.id)).status).toBe(404);
  });

  it('refuses people outside the meeting and bad input', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Outsiders');
    const asMegan = await as(megan.id);
    expect((await asMegan.get(`/api/formats?chatId=${encodeURIComponent(chatId)}`)).status).toBe(
      403,
    );
    expect((await save(asMegan, { chatId, name: 'Mine', columns })).status).toBe(403);
    const asAdele = await as(adele.id);
    for (const body of [
      { chatId, name: '   ', columns },
      { chatId, name: 'One column', columns: columns.slice(0, 1) },
      { chatId, name: 'Same ids', columns: [columns[0], columns[0]] },
      { chatId, name: 'x'.repeat(61), columns },
      { chatId, name: 'Untitled column', columns: [columns[0], { id: 'c3', title: '' }] },
    ]) {
      const reply = await save(asAdele, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
    }
    expect((await list(asAdele, chatId)).formats).toEqual([]);
  });

  it('keeps a channel meeting’s formats with the team: every meeting of the team shares them', async () => {
    const first = addChannelMeeting(entra.fakes, team, 'Planning');
    const second = addChannelMeeting(entra.fakes, team, 'Review');
    const asAmara = await as(amara.id);
    const saved = await save(asAmara, {
      chatId: first,
      teamId: team,
      name: 'Platform way',
      columns,
    });
    expect(saved.status, saved.raw).toBe(201);
    const id = savedFormatResultSchema.parse(saved.body).format.id;

    const fromSecond = await list(await as(diego.id), second, team);
    expect(fromSecond.scope).toBe('team');
    // An owner of the team may delete a member's format.
    expect(fromSecond.formats).toMatchObject([{ id, name: 'Platform way', canDelete: true }]);
    // A meeting linked to the team by an owner shares them too.
    const linkedChat = addMeetingChat(entra.fakes, 'Linked to Platform');
    const asAdele = await as(adele.id);
    const linked = await asAdele.post(`/api/teams/${team}/linked-meetings`, { chatId: linkedChat });
    expect(linked.status, linked.raw).toBe(201);
    expect(names(await list(asAdele, linkedChat))).toEqual(['Platform way']);
    // Sofia is in that meeting but not in Platform: she sees none of its formats and cannot save.
    const asSofia = await as(sofia.id);
    expect(await list(asSofia, linkedChat)).toMatchObject({
      scope: 'team',
      canSave: false,
      formats: [],
    });
    const refused = await save(asSofia, { chatId: linkedChat, name: 'Sneaky', columns });
    expect(refused.status, refused.raw).toBe(403);
    expect((await remove(sofia.id, id)).status).toBe(403);
    expect((await remove(diego.id, id)).status).toBe(204);
    expect(names(await list(asAdele, linkedChat))).toEqual([]);
  });

  it('saves once for a retried request, and stops at the quota', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Quota');
    const asAdele = await as(adele.id);
    const key = randomUUID();
    const body = { chatId, name: 'Format 0', columns };
    const first = await save(asAdele, body, key);
    const again = await save(asAdele, body, key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(savedFormatResultSchema.parse(again.body).format.id).toBe(
      savedFormatResultSchema.parse(first.body).format.id,
    );
    for (let i = 1; i < savedFormatsLimit; i++) {
      expect((await save(asAdele, { chatId, name: `Format ${i}`, columns })).status).toBe(201);
    }
    const full = await save(asAdele, { chatId, name: 'One too many', columns });
    expect(full.status, full.raw).toBe(409);
    expect(full.raw).toContain(`${savedFormatsLimit} saved formats`);
    expect((await list(asAdele, chatId)).formats).toHaveLength(savedFormatsLimit);
  });

  it('starts a retro from a saved format, and from the new built-in formats', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Start from saved');
    const asAdele = await as(adele.id);
    const saved = await save(asAdele, { chatId, name: 'Reuse me', columns });
    const format = savedFormatResultSchema.parse(saved.body).format;
    const started = await asAdele.post(
      '/api/retros',
      { chatId, templateId: 'custom', columns: format.columns },
      { 'idempotency-key': randomUUID() },
    );
    expect(started.status, started.raw).toBe(201);
    const retro = retroViewSchema.parse((started.body as { retro: unknown }).retro);
    expect(retro.columns).toEqual(columns);
    expect((await asAdele.command(retro.id, { type: 'end' })).status).toBe(200);

    const balloon = await asAdele.post(
      '/api/retros',
      { chatId, templateId: 'hot-air-balloon' },
      { 'idempotency-key': randomUUID() },
    );
    const view = retroViewSchema.parse((balloon.body as { retro: unknown }).retro);
    expect(view.templateId).toBe('hot-air-balloon');
    expect(view.columns.map((c) => c.id)).toEqual(['hot-air', 'sandbags', 'storms', 'sunny-skies']);
  });
});
