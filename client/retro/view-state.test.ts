import { describe, expect, it } from 'vitest';
import type { RetroView } from '../../shared/retro/api.js';
import { abilities, cardCounts, orderedGroups } from './view-state.js';

function view(overrides: Partial<RetroView>): RetroView {
  return {
    id: 'r1',
    chatId: 'c1',
    title: 'Retro',
    templateId: 'start-stop-continue',
    columns: [
      { id: 'start', title: 'Start', prompt: '' },
      { id: 'stop', title: 'Stop', prompt: '' },
    ],
    options: { anonymous: true, voteBudget: 5, perGroupCap: 3, skip: [], postSummary: true },
    phases: ['checkin', 'review', 'gather', 'group', 'vote', 'discuss', 'actions', 'close'],
    phase: 'gather',
    status: 'active',
    revealed: false,
    facilitator: { userId: 'u1', displayName: 'Ada' },
    facilitatorAway: false,
    rev: 1,
    me: {
      userId: 'u2',
      isFacilitator: false,
      ready: false,
      safety: null,
      roti: null,
      checkin: null,
      votes: {},
      votesLeft: 5,
    },
    ready: { ready: 0, total: 3 },
    participants: 3,
    voted: 0,
    safety: { answered: 0, distribution: null, median: null, mean: null },
    roti: { answered: 0, distribution: null, median: null, mean: null },
    checkin: { question: null, answered: 0, shown: false, answers: null },
    cards: [],
    hiddenCounts: {},
    groups: [],
    discussion: { order: [], focusGroupId: null, timer: null },
    actions: [],
    review: [],
    pulsePrompt: null,
    createdAt: '2026-01-01T00:00:00Z',
    endedAt: null,
    serverNow: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

const card = (id: string, columnId: string) => ({
  id,
  columnId,
  text: 'mine',
  mine: true,
  author: null,
  groupId: null,
});

const group = (id: string) => ({ id, title: id, cardIds: [], votes: null, notes: [] });

describe('retro view helpers', () => {
  it('let a participant add cards in gather but not advance or reveal', () => {
    const allowed = abilities(view({}));
    expect(allowed.has('addCard')).toBe(true);
    expect(allowed.has('advance')).toBe(false);
    expect(allowed.has('reveal')).toBe(false);
  });

  it('give the facilitator the phase controls', () => {
    const allowed = abilities(view({ me: { ...view({}).me, isFacilitator: true } }));
    expect(allowed.has('advance')).toBe(true);
    expect(allowed.has('reveal')).toBe(true);
  });

  it('count hidden and own cards per column without needing their text', () => {
    const counts = cardCounts(
      view({ hiddenCounts: { start: 2 }, cards: [card('a', 'start'), card('b', 'stop')] }),
    );
    expect(counts).toEqual({ start: 3, stop: 1 });
  });

  it('order groups by the discussion order, unranked ones last', () => {
    const groups = orderedGroups(
      view({
        groups: [group('g1'), group('g2'), group('g3')],
        discussion: { order: ['g3', 'g1'], focusGroupId: null, timer: null },
      }),
    );
    expect(groups.map((g) => g.id)).toEqual(['g3', 'g1', 'g2']);
  });
});
