import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api.js';
import { retroViewSchema } from '../../shared/retro/api.js';
import { seededUser } from '../test-support/entra-fakes.js';
import { testDatabases } from '../test-support/databases.js';
import {
  addMeetingChat,
  openStream,
  personClient,
  startRetroApp,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { useEntraFakes } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance'); // facilitator, in the meeting
const wei = seededUser('Wei Zhang'); // Contoso, not in the meeting
const ravi = seededUser('Ravi Shankar'); // Fabrikam

const entra = useEntraFakes();

describe.each(testDatabases())('retro access on $dialect', (database) => {
  let target: RetroTestApp;
  let retroId: string;
  let chatId: string;
  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
    chatId = addMeetingChat(entra.fakes, 'Access');
    const f = personClient(() => target.app, await entra.fakes.idp.issueUserToken(adele.id));
    const created = await f.post('/api/retros', { chatId, templateId: 'start-stop-continue' });
    retroId = retroViewSchema.parse((created.body as { retro: unknown }).retro).id;
  });
  afterAll(async () => {
    await target?.close();
  });

  const routes = () => {
    const chat = encodeURIComponent(chatId);
    return {
      byId: [
        ['GET', `/api/retros/${retroId}`],
        ['GET', `/api/retros/${retroId}/summary`],
        ['POST', `/api/retros/${retroId}/commands`, { type: 'setReady', ready: true }],
      ],
      byChat: [
        ['GET', `/api/retros/current?chatId=${chat}`],
        ['GET', `/api/retros/history?chatId=${chat}`],
        ['POST', '/api/retros', { chatId, templateId: 'mad-sad-glad' }],
      ],
    } as const;
  };

  async function statuses(userId: string, list: readonly (readonly [string, string, unknown?])[]) {
    const person = personClient(() => target.app, await entra.fakes.idp.issueUserToken(userId));
    const out: [number, string][] = [];
    for (const [method, url, body] of list) {
      const reply =
        method === 'GET'
          ? await person.get(url)
          : await person.post(url, body, { 'idempotency-key': `k-${out.length}` });
      out.push([reply.status, apiErrorSchema.parse(reply.body).error.code]);
    }
    return out;
  }

  it('refuses a member of the tenant who is not in the meeting chat: 403 on every route', async () => {
    const { byId, byChat } = routes();
    expect(await statuses(wei.id, [...byId, ...byChat])).toEqual(
      Array.from({ length: 6 }, () => [403, 'forbidden']),
    );
  });

  it('answers 404 for a retro of another tenant, so its existence is not revealed', async () => {
    const { byId, byChat } = routes();
    expect(await statuses(ravi.id, byId)).toEqual(
      Array.from({ length: 3 }, () => [404, 'not_found']),
    );
    // A chat id of another tenant: Graph, asked in the caller's tenant, does not know it.
    const chatReplies = await statuses(ravi.id, byChat);
    expect(chatReplies.every(([status]) => status === 403 || status === 404)).toBe(true);
  });

  it('lets only participants follow the retro live room', async () => {
    const room = `retro:${retroId}`;
    const outsider = await openStream(
      target.base,
      room,
      await entra.fakes.idp.issueUserToken(wei.id),
    );
    const foreign = await openStream(
      target.base,
      room,
      await entra.fakes.idp.issueUserToken(ravi.id),
    );
    const missing = await openStream(
      target.base,
      'retro:no-such-retro',
      await entra.fakes.idp.issueUserToken(adele.id),
    );
    const member = await openStream(
      target.base,
      room,
      await entra.fakes.idp.issueUserToken(adele.id),
    );
    expect([outsider.status, foreign.status, missing.status, member.status]).toEqual([
      403, 404, 404, 200,
    ]);
    for (const s of [outsider, foreign, missing, member]) s.close();
  });
});
