import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retroViewSchema, type RetroView } from '../../shared/retro/api.js';
import { seededUser, startEntraFakes, type EntraFakes } from '../test-support/entra-fakes.js';
import { testDatabases } from '../test-support/databases.js';
import {
  addMeetingChat,
  personClient,
  startRetroApp,
  type Reply,
  type RetroTestApp,
} from './test-harness.js';

const adele = seededUser('Adele Vance'); // facilitator
const diego = seededUser('Diego Siciliani');
const amara = seededUser('Amara Okafor');

let fakes: EntraFakes;
beforeAll(async () => {
  fakes = await startEntraFakes();
});
afterAll(async () => {
  await fakes?.close();
});

/** A view without what moves on its own: the rev and the server's clock. */
const same = (v: RetroView) => ({ ...v, rev: 0, serverNow: '' });

const view = (reply: Reply): RetroView => {
  expect(reply.status, reply.raw).toBeLessThan(300);
  return retroViewSchema.parse((reply.body as { retro?: unknown }).retro ?? reply.body);
};

describe.each(testDatabases())(
  'which events spare other panels a refetch, on $dialect',
  (database) => {
    let target: RetroTestApp;
    beforeAll(async () => {
      target = await startRetroApp(fakes, await database.open());
    });
    afterAll(async () => {
      await target?.close();
    });

    /** The data of the newest event in the retro's room. */
    async function lastEvent(retroId: string) {
      const row = await target.db.kysely
        .selectFrom('events')
        .select(['data'])
        .where('room', '=', `retro:${retroId}`)
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      return JSON.parse(row.data) as { rev: number; onlyActor?: boolean };
    }

    it('marks hidden edits and hidden votes by present participants, and nothing others can see', async () => {
      const app = () => target.app;
      const f = personClient(app, await fakes.idp.issueUserToken(adele.id));
      const d = personClient(app, await fakes.idp.issueUserToken(diego.id));
      const a = personClient(app, await fakes.idp.issueUserToken(amara.id));
      const chatId = addMeetingChat(fakes, 'Event audience');
      const id = view(await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' })).id;
      for (const p of [d, a]) view(await p.get(`/api/retros/${id}`)); // both are here
      view(await f.command(id, { type: 'advance' }));
      view(await f.command(id, { type: 'advance' })); // gather

      // Adding a card changes everyone's counts; editing it before the reveal changes only mine.
      const card = view(await d.command(id, { type: 'addCard', columnId: 'glad', text: 'Ship it' }))
        .cards[0]!.id;
      expect(await lastEvent(id)).not.toHaveProperty('onlyActor');
      const amaraBefore = view(await a.get(`/api/retros/${id}`));
      const edited = view(await d.command(id, { type: 'editCard', cardId: card, text: 'Shipped' }));
      expect(await lastEvent(id)).toEqual({ rev: edited.rev, onlyActor: true });
      // Amara's view at the new rev is the one she had: nothing of hers changed.
      expect(same(view(await a.get(`/api/retros/${id}`)))).toEqual(same(amaraBefore));

      view(await a.command(id, { type: 'addCard', columnId: 'sad', text: 'Flaky tests' }));
      view(await f.command(id, { type: 'reveal' })); // still gathering, now in the open
      const revealedEdit = view(
        await d.command(id, { type: 'editCard', cardId: card, text: 'Shipped on time' }),
      );
      expect(await lastEvent(id)).toEqual({ rev: revealedEdit.rev });
      view(await f.command(id, { type: 'advance' })); // group

      const grouped = view(await d.command(id, { type: 'createGroup', cardIds: [card] }));
      const group = grouped.groups[0]!.id;
      view(await f.command(id, { type: 'advance' })); // vote: totals hidden
      const aBefore = view(await a.get(`/api/retros/${id}`));
      const voted = view(await d.command(id, { type: 'vote', groupId: group, delta: 1 }));
      expect(await lastEvent(id)).toEqual({ rev: voted.rev, onlyActor: true });
      expect(same(view(await a.get(`/api/retros/${id}`)))).toEqual(same(aBefore));

      // The facilitator's own vote can end their being "away" for everyone: always a full event.
      const facilitatorVote = view(await f.command(id, { type: 'vote', groupId: group, delta: 1 }));
      expect(await lastEvent(id)).toEqual({ rev: facilitatorVote.rev });

      // Once the vote phase is over, totals show: votes are public.
      view(await f.command(id, { type: 'advance' }));
      expect(await lastEvent(id)).not.toHaveProperty('onlyActor');
    });
  },
);
