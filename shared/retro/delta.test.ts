import { describe, expect, it } from 'vitest';
import type { RetroView } from './api.js';
import { applyDelta, type RetroOp } from './delta.js';
import { gatherView } from './test-view.js';

const delta = (rev: number, ops: RetroOp[]) => ({ rev, now: '2026-01-01T00:01:00Z', ops });
const publicCard = { id: 'k1', columnId: 'start', text: 'Ship', author: null, groupId: null };

describe('applyDelta', () => {
  it('counts a hidden card for the other viewer and shows it as own for the issuer', () => {
    const ops: RetroOp[] = [{ op: 'hiddenCard', columnId: 'start', by: 1 }];
    const other = applyDelta(gatherView(), delta(5, ops));
    expect(other?.hiddenCounts).toEqual({ start: 1, stop: 0 });
    expect(other?.cards).toEqual([]);
    const issuer = applyDelta(
      gatherView(),
      delta(5, [...ops, { op: 'ownCard', card: publicCard }]),
    );
    expect(issuer?.hiddenCounts).toEqual({ start: 0, stop: 0 });
    expect(issuer?.cards).toEqual([{ ...publicCard, mine: true }]);
    expect(issuer?.rev).toBe(5);
    expect(issuer?.serverNow).toBe('2026-01-01T00:01:00Z');
  });

  it('keeps mine through the reveal', () => {
    const before = gatherView({ cards: [{ ...publicCard, mine: true }] });
    const other = { ...publicCard, id: 'k2', text: 'Stop' };
    const after = applyDelta(
      before,
      delta(5, [
        { op: 'state', phase: 'gather', revealed: true, status: 'active', endedAt: null },
        { op: 'cards', cards: [publicCard, other] },
      ]),
    );
    expect(after?.cards.map((c) => [c.id, c.mine])).toEqual([
      ['k1', true],
      ['k2', false],
    ]);
    expect(after?.hiddenCounts).toEqual({});
  });

  it('drops a gone group from actions, votes and focus', () => {
    const before = gatherView({
      phase: 'vote',
      revealed: true,
      hiddenCounts: {},
      groups: [{ id: 'g1', title: 'G', cardIds: [], votes: null, notes: [] }],
      me: { ...gatherView().me, votes: { g1: 2 }, votesLeft: 3 },
      discussion: { order: [], focusGroupId: 'g1', timer: null },
      actions: [
        {
          id: 'a1',
          text: 'Do',
          owner: { userId: 'u1', displayName: 'Ada' },
          dueDate: '2026-01-08',
          status: 'open',
          groupId: 'g1',
          from: null,
        },
      ],
    });
    const after = applyDelta(before, delta(5, [{ op: 'groupGone', id: 'g1' }]));
    expect(after?.groups).toEqual([]);
    expect(after?.me.votes).toEqual({});
    expect(after?.me.votesLeft).toBe(5);
    expect(after?.discussion.focusGroupId).toBeNull();
    expect(after?.actions[0]?.groupId).toBeNull();
  });

  it('shows vote totals only once the phase is past vote', () => {
    const group = { id: 'g1', title: 'G', cardIds: [], votes: null, notes: [] };
    const ops: RetroOp[] = [{ op: 'votes', totals: { g1: 4 } }];
    const voting = applyDelta(
      gatherView({ phase: 'vote', revealed: true, hiddenCounts: {}, groups: [group] }),
      delta(5, ops),
    );
    expect(voting?.groups[0]?.votes).toBeNull();
    const discussing = applyDelta(
      gatherView({ phase: 'discuss', revealed: true, hiddenCounts: {}, groups: [group] }),
      delta(5, ops),
    );
    expect(discussing?.groups[0]?.votes).toBe(4);
  });

  it('clears ready marks on a new phase only', () => {
    const before = gatherView({
      me: { ...gatherView().me, ready: true },
      ready: { ready: 2, total: 2 },
    });
    const state = (phase: RetroView['phase']): RetroOp => ({
      op: 'state',
      phase,
      revealed: false,
      status: 'active',
      endedAt: null,
    });
    const same = applyDelta(before, delta(5, [state('gather')]));
    expect(same?.me.ready).toBe(true);
    expect(same?.ready.ready).toBe(2);
    const next = applyDelta(before, delta(5, [state('group')]));
    expect(next?.me.ready).toBe(false);
    expect(next?.ready.ready).toBe(0);
  });

  it('takes the ready count, the people here and the voters from presence and voted ops', () => {
    const before = gatherView({ ready: { ready: 1, total: 2 }, participants: 2 });
    const arrived = applyDelta(
      before,
      delta(5, [{ op: 'presence', total: 3, ready: 1, participants: 3 }]),
    );
    expect(arrived?.ready).toEqual({ ready: 1, total: 3 });
    expect(arrived?.participants).toBe(3);
    // Someone ready left: both numbers drop, and nothing else changes.
    const left = applyDelta(
      arrived!,
      delta(6, [{ op: 'presence', total: 2, ready: 0, participants: 3 }]),
    );
    expect(left).toEqual({ ...arrived, rev: 6, ready: { ready: 0, total: 2 } });
    const voted = applyDelta(left!, delta(7, [{ op: 'voted', voted: 2 }]));
    expect(voted?.voted).toBe(2);
    expect({ ...voted, voted: 0, rev: 6 }).toEqual(left);
  });

  it('takes the check-in from its op, and clears my answer when the question changes', () => {
    const smile = { kind: 'library' as const, id: 'smile' };
    const answered = gatherView({
      phase: 'checkin',
      me: { ...gatherView().me, checkin: 'A kite' },
      checkin: { question: smile, answered: 1, shown: false, answers: null },
    });
    const shown = { question: smile, answered: 2, shown: true, answers: ['A kite', 'Tea'] };
    const same = applyDelta(answered, delta(5, [{ op: 'checkin', checkin: shown }]));
    expect(same?.checkin).toEqual(shown);
    expect(same?.me.checkin).toBe('A kite');
    const fresh = { question: { kind: 'own' as const, text: 'Why?' }, answered: 0, shown: false };
    const changed = applyDelta(
      answered,
      delta(5, [{ op: 'checkin', checkin: { ...fresh, answers: null } }]),
    );
    expect(changed?.checkin.question).toEqual({ kind: 'own', text: 'Why?' });
    expect(changed?.me.checkin).toBeNull();
  });

  it('refuses a delta that is not the next rev, or holds an unknown op', () => {
    expect(applyDelta(gatherView(), delta(6, []))).toBeNull();
    expect(applyDelta(gatherView(), delta(4, []))).toBeNull();
    expect(applyDelta(gatherView(), delta(5, [{ op: 'nope' } as unknown as RetroOp]))).toBeNull();
  });

  it('leaves its input view unchanged', () => {
    const before = gatherView({ cards: [{ ...publicCard, mine: true }] });
    const copy = structuredClone(before);
    applyDelta(
      before,
      delta(5, [
        { op: 'hiddenCard', columnId: 'stop', by: 1 },
        { op: 'ownCard', card: { ...publicCard, id: 'k3' } },
        { op: 'state', phase: 'group', revealed: true, status: 'active', endedAt: null },
      ]),
    );
    expect(before).toEqual(copy);
  });
});
