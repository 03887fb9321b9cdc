import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retroViewSchema } from '../../shared/retro/api.js';
import { seededUser } from '../test-support/entra-fakes.js';
import { testDatabases } from '../test-support/databases.js';
import { seenRefreshMs } from './access.js';
import { personHash } from './hashing.js';
import { presentWithinMs } from './view.js';
import {
  addMeetingChat,
  personClient,
  startRetroApp,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { useEntraFakes } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance');
const diego = seededUser('Diego Siciliani');

const entra = useEntraFakes();

describe.each(testDatabases())('presence marks on reads, on $dialect', (database) => {
  let target: RetroTestApp;
  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
  });
  afterAll(async () => {
    await target?.close();
  });

  it('writes a fresh mark once, then only when it is older than the refresh time', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Presence');
    const f = personClient(() => target.app, await entra.fakes.idp.issueUserToken(adele.id));
    const d = personClient(() => target.app, await entra.fakes.idp.issueUserToken(diego.id));
    const created = await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' });
    const id = retroViewSchema.parse((created.body as { retro: unknown }).retro).id;
    const hash = personHash(target.config.hmacKey, 'seen', adele.tenantId, id, diego.id);
    const markOf = async () =>
      (
        await target.db.kysely
          .selectFrom('retro_marks')
          .select('at')
          .where('retro_id', '=', id)
          .where('kind', '=', 'seen')
          .where('person_hash', '=', hash)
          .executeTakeFirst()
      )?.at;

    // The first read is being here: counted at once in the reader's own view.
    expect(await markOf()).toBeUndefined();
    const first = retroViewSchema.parse((await d.get(`/api/retros/${id}`)).body);
    expect(first.participants).toBe(2);
    const written = await markOf();
    expect(written).toBeDefined();

    // A wave of reads right after leaves the mark alone: no write per read.
    for (let i = 0; i < 5; i += 1) expect((await d.get(`/api/retros/${id}`)).status).toBe(200);
    expect(await markOf()).toBe(written);

    // Once the mark is older than the refresh time, the next read renews it.
    const old = new Date(Date.now() - seenRefreshMs - 1_000).toISOString();
    await target.db.kysely
      .updateTable('retro_marks')
      .set({ at: old })
      .where('retro_id', '=', id)
      .where('person_hash', '=', hash)
      .execute();
    expect((await d.get(`/api/retros/${id}`)).status).toBe(200);
    const renewed = await markOf();
    expect(renewed).toBeDefined();
    expect(Date.parse(renewed!)).toBeGreaterThan(Date.parse(old) + seenRefreshMs);
  });

  it('counts only people seen in the last 75 s in "n of m ready"', async () => {
    const chatId = addMeetingChat(entra.fakes, 'Ready count');
    const f = personClient(() => target.app, await entra.fakes.idp.issueUserToken(adele.id));
    const d = personClient(() => target.app, await entra.fakes.idp.issueUserToken(diego.id));
    const created = await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' });
    const id = retroViewSchema.parse((created.body as { retro: unknown }).retro).id;
    expect((await d.get(`/api/retros/${id}`)).status).toBe(200);
    const both = retroViewSchema.parse((await f.get(`/api/retros/${id}`)).body);
    expect(both.ready).toEqual({ ready: 0, total: 2 });

    // Diego closed his panel two minutes ago: still a participant, no longer counted as here.
    const hash = personHash(target.config.hmacKey, 'seen', adele.tenantId, id, diego.id);
    await target.db.kysely
      .updateTable('retro_marks')
      .set({ at: new Date(Date.now() - presentWithinMs - 45_000).toISOString() })
      .where('retro_id', '=', id)
      .where('person_hash', '=', hash)
      .execute();
    const later = retroViewSchema.parse((await f.get(`/api/retros/${id}`)).body);
    expect(later.ready).toEqual({ ready: 0, total: 1 });
    expect(later.participants).toBe(2);
  });
});
