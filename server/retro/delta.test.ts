import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetroCommand, RetroView } from '../../shared/retro/api.js';
import {
  applyDelta,
  ownOpNames,
  withoutPresence,
  type RetroDelta,
} from '../../shared/retro/delta.js';
import { retroDeltaSchema, retroEventDeltaSchema } from '../../shared/retro/delta-schema.js';
import { seededUser } from '../test-support/entra-fakes.js';
import { testDatabases } from '../test-support/databases.js';
import {
  addMeetingChat,
  personClient,
  startRetroApp,
  type PersonClient,
  type RetroTestApp,
} from '../test-support/retro-app.js';
import { useEntraFakes, viewOf } from '../test-support/hooks.js';

const adele = seededUser('Adele Vance'); // facilitator
const diego = seededUser('Diego Siciliani');
const amara = seededUser('Amara Okafor');

const entra = useEntraFakes();
const minimal = { prefer: 'return=minimal' };

type Panel = { name: string; client: PersonClient; view: RetroView };

describe.each(testDatabases())(
  'a delta-applied view equals the refetched one, on $dialect',
  (database) => {
    let target: RetroTestApp;
    beforeAll(async () => {
      target = await startRetroApp(entra.fakes, await database.open());
    });
    afterAll(async () => {
      await target?.close();
    });

    /** The newest event of the retro's room, read back through the hub (stored data is sealed). */
    async function lastEvent(retroId: string): Promise<unknown> {
      const events = await target.hub.since(`retro:${retroId}`, 0);
      return events.at(-1)?.data;
    }

    /**
     * Sends one command as `actor` and checks every panel: the issuer applies its reply, the others
     * the event, and each result must equal that person's view fetched afresh. The panels keep the
     * applied views, so a slip anywhere carries on and fails every later step.
     */
    async function step(id: string, panels: Panel[], actor: Panel, command: RetroCommand) {
      const reply = await actor.client.post(`/api/retros/${id}/commands`, command, {
        'idempotency-key': crypto.randomUUID(),
        ...minimal,
      });
      expect(reply.status, `${command.type}: ${reply.raw}`).toBe(200);
      const mine = retroDeltaSchema.parse((reply.body as { delta: unknown }).delta);
      const event = retroEventDeltaSchema.parse(await lastEvent(id));
      // The event is the reply less the issuer's own ops.
      expect(event).toEqual({
        ...mine,
        ops: mine.ops.filter((op) => !ownOpNames.includes(op.op)),
      } satisfies RetroDelta);
      for (const panel of panels) {
        const applied = applyDelta(panel.view, panel === actor ? mine : event);
        expect(applied, `${panel.name} could not apply ${command.type}`).not.toBeNull();
        const fetched = viewOf(await panel.client.get(`/api/retros/${id}`));
        expect(withoutPresence(applied!), `${panel.name} after ${command.type}`).toEqual(
          withoutPresence(fetched),
        );
        panel.view = applied!;
      }
      return mine;
    }

    async function panelsFor(chatId: string, body: object) {
      const app = () => target.app;
      const f = personClient(app, await entra.fakes.idp.issueUserToken(adele.id));
      const d = personClient(app, await entra.fakes.idp.issueUserToken(diego.id));
      const a = personClient(app, await entra.fakes.idp.issueUserToken(amara.id));
      const created = viewOf(await f.post('/api/retros', { chatId, ...body }));
      const panels: Panel[] = [];
      for (const [name, client] of [
        ['facilitator', f],
        ['Diego', d],
        ['Amara', a],
      ] as const) {
        panels.push({ name, client, view: viewOf(await client.get(`/api/retros/${created.id}`)) });
        // Each arrival is a `presence` event: the panels already open apply it, with no request,
        // and then count the same people as their owner's fresh view does.
        for (const panel of panels) {
          panel.view = await caughtUp(created.id, panel.view);
          const fetched = viewOf(await panel.client.get(`/api/retros/${created.id}`));
          expect(withoutPresence(panel.view), `${panel.name} after ${name} came`).toEqual(
            withoutPresence(fetched),
          );
        }
      }
      for (const panel of panels) {
        expect(panel.view.ready, panel.name).toEqual({ ready: 0, total: 3 });
        expect(panel.view.participants, panel.name).toBe(3);
      }
      return { id: created.id, panels: panels as [Panel, Panel, Panel] };
    }

    /** The view after every event it has not seen, applied in order. */
    async function caughtUp(retroId: string, view: RetroView): Promise<RetroView> {
      let current = view;
      for (const event of await target.hub.since(`retro:${retroId}`, 0)) {
        const delta = retroEventDeltaSchema.parse(event.data);
        if (delta.rev <= current.rev) continue;
        const applied = applyDelta(current, delta);
        expect(applied, `rev ${delta.rev}`).not.toBeNull();
        current = applied!;
      }
      return current;
    }

    it('through a whole anonymous retro, with a review of the last one, for every viewer', async () => {
      const chatId = addMeetingChat(entra.fakes, 'Delta retro');
      // A first, short retro leaves an action item for the second one's review.
      {
        const { id, panels } = await panelsFor(chatId, {
          templateId: 'start-stop-continue',
          options: { skip: ['checkin', 'review', 'group', 'vote', 'discuss'] },
        });
        const [f] = panels;
        await step(id, panels, f, { type: 'addCard', columnId: 'start', text: 'Pairing' });
        await step(id, panels, f, { type: 'advance' });
        await step(id, panels, f, {
          type: 'addAction',
          text: 'Book a pairing slot',
          ownerId: diego.id,
          dueDate: '2030-01-31',
          groupId: null,
        });
        await step(id, panels, f, { type: 'end' });
      }

      const { id, panels } = await panelsFor(chatId, { templateId: 'mad-sad-glad' });
      const [f, d, a] = panels;
      const s = (actor: Panel, command: RetroCommand) => step(id, panels, actor, command);

      // Check-in: answers are counted, the tally shows from three.
      await s(d, { type: 'answerSafety', value: 4 });
      await s(a, { type: 'answerSafety', value: 2 });
      await s(d, { type: 'answerSafety', value: 5 }); // a changed answer
      await s(f, { type: 'answerSafety', value: 3 });
      await s(a, { type: 'setReady', ready: true });
      await s(a, { type: 'setReady', ready: true }); // again: no change
      await s(d, { type: 'setReady', ready: true });
      await s(d, { type: 'setReady', ready: false });
      await s(f, { type: 'startTimer', seconds: 120 });
      await s(f, { type: 'advance' }); // review: ready marks and the timer go
      const item = f.view.review[0]!.id;
      await s(d, { type: 'reviewItem', actionId: item, status: 'done' });
      await s(f, { type: 'advance' }); // gather

      // Gather, hidden: counts for others, the card for its author.
      const diegoCard = (await s(d, { type: 'addCard', columnId: 'glad', text: 'Ship it' })).ops;
      const shipped = d.view.cards.find((c) => c.mine)!.id;
      expect(diegoCard.some((op) => op.op === 'ownCard')).toBe(true);
      await s(a, { type: 'addCard', columnId: 'sad', text: 'Flaky tests' });
      await s(a, { type: 'addCard', columnId: 'sad', text: 'Too many meetings' });
      const meetings = a.view.cards.find((c) => c.text === 'Too many meetings')!.id;
      await s(d, { type: 'editCard', cardId: shipped, text: 'Shipped on time' });
      await s(a, { type: 'deleteCard', cardId: meetings });
      await s(f, { type: 'addCard', columnId: 'mad', text: 'Builds are slow' });
      await s(f, { type: 'reveal' });
      await s(a, { type: 'addCard', columnId: 'glad', text: 'New teammate' }); // in the open now
      await s(d, { type: 'editCard', cardId: shipped, text: 'Shipped, finally' });
      await s(f, { type: 'advance' }); // group

      // Group: a group made, a card moved in and out, one group emptied away.
      const cards = Object.fromEntries(f.view.cards.map((c) => [c.text, c.id]));
      await s(d, { type: 'createGroup', cardIds: [cards['Shipped, finally']!], title: '' });
      const shipping = f.view.groups[0]!.id;
      await s(a, { type: 'moveCard', cardId: cards['New teammate']!, groupId: shipping });
      await s(a, { type: 'nameGroup', groupId: shipping, title: 'Wins' });
      await s(a, { type: 'createGroup', cardIds: [cards['Flaky tests']!], title: 'Quality' });
      const quality = f.view.groups.find((g) => g.title === 'Quality')!.id;
      await s(d, { type: 'moveCard', cardId: cards['Flaky tests']!, groupId: shipping });
      expect(f.view.groups.some((g) => g.id === quality)).toBe(false);
      await s(d, { type: 'moveCard', cardId: cards['Flaky tests']!, groupId: null });
      await s(f, { type: 'advance' }); // vote: loose cards become groups of one

      const groups = f.view.groups.map((g) => g.id);
      expect(groups.length).toBe(3);
      await s(d, { type: 'vote', groupId: groups[0]!, delta: 1 });
      await s(d, { type: 'vote', groupId: groups[0]!, delta: 1 });
      await s(a, { type: 'vote', groupId: groups[1]!, delta: 1 });
      await s(a, { type: 'vote', groupId: groups[1]!, delta: -1 });
      await s(a, { type: 'vote', groupId: groups[2]!, delta: 1 });
      await s(f, { type: 'advance' }); // discuss: totals in the open
      expect(a.view.discussion.order[0]).toBe(groups[0]);
      await s(f, { type: 'back' }); // vote again: hidden again
      await s(f, { type: 'vote', groupId: groups[2]!, delta: 1 });
      await s(f, { type: 'advance' });

      await s(f, { type: 'focusTopic', groupId: groups[2]! });
      await s(f, { type: 'startTimer', seconds: 300 });
      await s(d, {
        type: 'addNote',
        groupId: groups[2]!,
        text: 'Retry flaky tests once, then quarantine',
      });
      await s(a, { type: 'addNote', groupId: groups[2]!, text: 'Owner per flaky test' });
      await s(f, { type: 'stopTimer' });
      await s(a, {
        type: 'addAction',
        text: 'Quarantine flaky tests',
        ownerId: amara.id,
        dueDate: '2030-02-14',
        groupId: groups[2]!,
      });
      await s(f, { type: 'advance' }); // actions
      const action = f.view.actions[0]!.id;
      await s(d, { type: 'updateAction', actionId: action, ownerId: diego.id, status: 'open' });
      await s(a, {
        type: 'addAction',
        text: 'Drop one meeting',
        ownerId: adele.id,
        dueDate: '2030-03-01',
        groupId: null,
      });
      await s(a, { type: 'deleteAction', actionId: f.view.actions[1]!.id });
      await s(f, { type: 'advance' }); // close
      for (const [panel, value] of [
        [d, 5],
        [a, 3],
        [f, 4],
      ] as const) {
        await s(panel, { type: 'answerRoti', value });
      }
      await s(f, { type: 'handOver', userId: diego.id });
      expect(d.view.me.isFacilitator).toBe(true);
      expect(f.view.me.isFacilitator).toBe(false);
      await s(d, { type: 'end' });
    });

    it('in a named retro, authors appear at the reveal and never before', async () => {
      const chatId = addMeetingChat(entra.fakes, 'Named delta retro');
      const { id, panels } = await panelsFor(chatId, {
        templateId: 'mad-sad-glad',
        options: { anonymous: false, skip: ['checkin', 'review', 'vote'] },
      });
      const [f, d, a] = panels;
      const s = (actor: Panel, command: RetroCommand) => step(id, panels, actor, command);
      const added = await s(d, { type: 'addCard', columnId: 'mad', text: 'Too many alerts' });
      expect(JSON.stringify(added.ops.filter((op) => op.op !== 'ownCard'))).not.toContain(diego.id);
      await s(a, { type: 'addCard', columnId: 'glad', text: 'Good demo' });
      await s(f, { type: 'advance' }); // group, revealed with authors
      expect(a.view.cards.find((c) => c.text === 'Too many alerts')!.author?.userId).toBe(diego.id);
      await s(f, { type: 'advance' }); // discuss, without a vote: order by creation
      expect(f.view.discussion.order.length).toBe(2);
      await s(f, { type: 'end' });
    });
  },
);
