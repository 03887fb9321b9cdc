import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/api.js';
import { seededUser } from '../test-support/entra-fakes.js';
import { testDatabases } from '../test-support/databases.js';
import { personHash } from './hashing.js';
import {
  addMeetingChat,
  personClient,
  startRetroApp,
  type PersonClient,
  type Reply,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { useEntraFakes, viewOf } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance');
const diego = seededUser('Diego Siciliani');
const amara = seededUser('Amara Okafor');

const entra = useEntraFakes();

const refused = (reply: Reply, status: number, pattern?: RegExp) => {
  expect(reply.status, reply.raw).toBe(status);
  if (pattern) expect(apiErrorSchema.parse(reply.body).error.message).toMatch(pattern);
};

describe.each(testDatabases())('facilitation and anonymous storage on $dialect', (database) => {
  let target: RetroTestApp;
  let f: PersonClient;
  let a: PersonClient;
  let b: PersonClient;
  let chatId: string;
  beforeAll(async () => {
    target = await startRetroApp(entra.fakes, await database.open());
    const app = () => target.app;
    f = personClient(app, await entra.fakes.idp.issueUserToken(adele.id));
    a = personClient(app, await entra.fakes.idp.issueUserToken(diego.id));
    b = personClient(app, await entra.fakes.idp.issueUserToken(amara.id));
    chatId = addMeetingChat(entra.fakes, 'Facilitation');
  });
  afterAll(async () => {
    await target?.close();
  });

  it('stores card authors, votes, answers, ready marks and presence only as keyed hashes', async () => {
    const id = viewOf(await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' })).id;
    viewOf(await a.command(id, { type: 'answerSafety', value: 3 }));
    viewOf(await a.command(id, { type: 'setReady', ready: true }));
    viewOf(await f.command(id, { type: 'advance' }));
    viewOf(await f.command(id, { type: 'advance' }));
    viewOf(await a.command(id, { type: 'addCard', columnId: 'sad', text: 'Hashed author' }));
    viewOf(await f.command(id, { type: 'advance' }));
    const voting = viewOf(await f.command(id, { type: 'advance' }));
    viewOf(await a.command(id, { type: 'vote', groupId: voting.groups[0]!.id, delta: 1 }));

    const k = target.db.kysely;
    const rows = [
      ...(await k.selectFrom('retro_cards').selectAll().where('retro_id', '=', id).execute()),
      ...(await k.selectFrom('retro_votes').selectAll().where('retro_id', '=', id).execute()),
      ...(await k.selectFrom('retro_answers').selectAll().where('retro_id', '=', id).execute()),
      ...(await k.selectFrom('retro_marks').selectAll().where('retro_id', '=', id).execute()),
    ];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(rows)).not.toContain(diego.id);
    const card = await k
      .selectFrom('retro_cards')
      .selectAll()
      .where('retro_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(card).toMatchObject({ author_id: null, author_name: null });
    expect(card.author_hash).toBe(
      personHash(target.config.hmacKey, 'card', diego.tenantId, id, diego.id),
    );
    // Each purpose has its own label, so a voter cannot be matched to a card author.
    const vote = await k
      .selectFrom('retro_votes')
      .selectAll()
      .where('retro_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(vote.voter_hash).not.toBe(card.author_hash);
    viewOf(await f.command(id, { type: 'end' }));
  });

  it('hand over and take over facilitation', async () => {
    const created = viewOf(
      await f.post('/api/retros', {
        chatId,
        templateId: '4ls',
        options: { skip: ['checkin', 'review'] },
      }),
    );
    expect(created.phase).toBe('gather');
    refused(await a.command(created.id, { type: 'takeOver' }), 409, /still here/);
    const wei = seededUser('Wei Zhang');
    refused(await f.command(created.id, { type: 'handOver', userId: wei.id }), 400);
    const handed = viewOf(await f.command(created.id, { type: 'handOver', userId: diego.id }));
    expect(handed.facilitator).toEqual({ userId: diego.id, displayName: 'Diego Siciliani' });
    expect(handed.me.isFacilitator).toBe(false);
    // Diego has not been seen since he got the role; push his last sighting back past 90 s.
    await target.db.kysely
      .updateTable('retro_marks')
      .set({ at: new Date(Date.now() - 120_000).toISOString() })
      .where('retro_id', '=', created.id)
      .execute();
    const away = viewOf(await b.get(`/api/retros/${created.id}`));
    expect(away.facilitatorAway).toBe(true);
    const taken = viewOf(await b.command(created.id, { type: 'takeOver' }));
    expect(taken.facilitator.userId).toBe(amara.id);
    expect(taken.me.isFacilitator).toBe(true);
    viewOf(await b.command(created.id, { type: 'end' }));
  });
});
