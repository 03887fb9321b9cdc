import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retroViewSchema } from '../../shared/retro/api.js';
import { seededUser } from '../test-support/entra-fakes.js';
import { testDatabases } from '../test-support/databases.js';
import { createBoardCache } from './board-cache.js';
import { findRetro, loadRetroData } from './queries.js';
import {
  addMeetingChat,
  personClient,
  startRetroApp,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { useEntraFakes } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance');

const entra = useEntraFakes();

describe.each(testDatabases())('the retro board cache on $dialect', (database) => {
  let target: RetroTestApp;
  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
  });
  afterAll(async () => {
    await target?.close();
  });

  async function activeRetro() {
    const f = personClient(() => target.app, await entra.fakes.idp.issueUserToken(adele.id));
    const chatId = addMeetingChat(entra.fakes, 'Board cache');
    const created = await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' });
    const id = retroViewSchema.parse((created.body as { retro: unknown }).retro).id;
    for (let i = 0; i < 2; i += 1)
      expect((await f.command(id, { type: 'advance' })).status).toBe(200);
    const row = async () => (await findRetro(target.db.kysely, target.db, id))!;
    return { f, id, row };
  }

  it('shares one board load between reads of the same rev, with fresh marks each time', async () => {
    const { f, id, row } = await activeRetro();
    const cache = createBoardCache();
    const q = target.db.kysely;
    const retro = await row();
    const [a, b] = await Promise.all([cache.load(q, retro), cache.load(q, retro)]);
    expect(a.cards).toBe(b.cards); // the same load, not two equal ones
    expect(a.marks).not.toBe(b.marks);
    expect(a).toEqual(await loadRetroData(q, retro));

    // A command moves rev: the next read loads the new board.
    expect(
      (await f.command(id, { type: 'addCard', columnId: 'glad', text: 'Cache me' })).status,
    ).toBe(200);
    const next = await cache.load(q, await row());
    expect(next.cards).not.toBe(a.cards);
    expect(next.cards.map((c) => c.text)).toEqual(['Cache me']);
  });

  it('reloads after the time limit, and never shares the board of an ended retro', async () => {
    const { f, id, row } = await activeRetro();
    let clock = 1_000;
    const cache = createBoardCache({ ttlMs: 5_000, now: () => clock });
    const q = target.db.kysely;
    const first = await cache.load(q, await row());
    clock += 4_000;
    expect((await cache.load(q, await row())).cards).toBe(first.cards);
    clock += 2_000;
    expect((await cache.load(q, await row())).cards).not.toBe(first.cards);

    expect((await f.command(id, { type: 'end' })).status).toBe(200);
    const ended = await row();
    expect(ended.status).toBe('ended');
    const [x, y] = await Promise.all([cache.load(q, ended), cache.load(q, ended)]);
    expect(x.cards).not.toBe(y.cards);
  });

  it('keeps at most maxEntries retros', async () => {
    const cache = createBoardCache({ maxEntries: 1 });
    const q = target.db.kysely;
    const one = await (await activeRetro()).row();
    const two = await (await activeRetro()).row();
    const first = await cache.load(q, one);
    await cache.load(q, two); // evicts `one`
    expect((await cache.load(q, one)).cards).not.toBe(first.cards);
  });
});
