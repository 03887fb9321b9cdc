import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RetroView } from '../../shared/retro/api.js';
import { seededUser } from '../test-support/entra-fakes.js';
import { testDatabases } from '../test-support/databases.js';
import {
  addMeetingChat,
  personClient,
  startRetroApp,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { useEntraFakes, viewOf } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance'); // facilitator
const diego = seededUser('Diego Siciliani');
const amara = seededUser('Amara Okafor');

const entra = useEntraFakes();

/** A view without what moves on its own: the rev and the server's clock. */
const same = (v: RetroView) => ({ ...v, rev: 0, serverNow: '' });

describe.each(testDatabases())(
  'which events spare other panels a refetch, on $dialect',
  (database) => {
    let target: RetroTestApp;
    beforeAll(async () => {
      target = await startRetroApp(entra.fakes, await database.open());
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
      const f = personClient(app, await entra.fakes.idp.issueUserToken(adele.id));
      const d = personClient(app, await entra.fakes.idp.issueUserToken(diego.id));
      const a = personClient(app, await entra.fakes.idp.issueUserToken(amara.id));
      const chatId = addMeetingChat(entra.fakes, 'Event audience');
      const id = viewOf(await f.post('/api/retros', { chatId, templateId: 'mad-sad-glad' })).id;
      for (const p of [d, a]) viewOf(await p.get(`/api/retros/${id}`)); // both are here
      viewOf(await f.command(id, { type: 'advance' }));
      viewOf(await f.command(id, { type: 'advance' })); // gather

      // Adding a card changes everyone's counts; editing it before the reveal changes only mine.
      const card = viewOf(
        await d.command(id, { type: 'addCard', columnId: 'glad', text: 'Ship it' }),
      ).cards[0]!.id;
      expect(await lastEvent(id)).not.toHaveProperty('onlyActor');
      const amaraBefore = viewOf(await a.get(`/api/retros/${id}`));
      const edited = viewOf(
        await d.command(id, { type: 'editCard', cardId: card, text: 'Shipped' }),
      );
      expect(await lastEvent(id)).toEqual({ rev: edited.rev, onlyActor: true });
      // Amara's view at the new rev is the one she had: nothing of hers changed.
      expect(same(viewOf(await a.get(`/api/retros/${id}`)))).toEqual(same(amaraBefore));

      viewOf(await a.command(id, { type: 'addCard', columnId: 'sad', text: 'Flaky tests' }));
      viewOf(await f.command(id, { type: 'reveal' })); // still gathering, now in the open
      const revealedEdit = viewOf(
        await d.command(id, { type: 'editCard', cardId: card, text: 'Shipped on time' }),
      );
      expect(await lastEvent(id)).toEqual({ rev: revealedEdit.rev });
      viewOf(await f.command(id, { type: 'advance' })); // group

      const grouped = viewOf(await d.command(id, { type: 'createGroup', cardIds: [card] }));
      const group = grouped.groups[0]!.id;
      viewOf(await f.command(id, { type: 'advance' })); // vote: totals hidden
      const aBefore = viewOf(await a.get(`/api/retros/${id}`));
      const voted = viewOf(await d.command(id, { type: 'vote', groupId: group, delta: 1 }));
      expect(await lastEvent(id)).toEqual({ rev: voted.rev, onlyActor: true });
      expect(same(viewOf(await a.get(`/api/retros/${id}`)))).toEqual(same(aBefore));

      // The facilitator's own vote can end their being "away" for everyone: always a full event.
      const facilitatorVote = viewOf(
        await f.command(id, { type: 'vote', groupId: group, delta: 1 }),
      );
      expect(await lastEvent(id)).toEqual({ rev: facilitatorVote.rev });

      // Once the vote phase is over, totals show: votes are public.
      viewOf(await f.command(id, { type: 'advance' }));
      expect(await lastEvent(id)).not.toHaveProperty('onlyActor');
    });
  },
);
