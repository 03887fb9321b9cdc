import type { RetroView } from './api.js';

/** For tests. */
/** A valid view in the gather phase for two viewers; `me` is u2 unless overridden. */
export function gatherView(overrides: Partial<RetroView> = {}): RetroView {
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
    rev: 4,
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
    ready: { ready: 0, total: 2 },
    participants: 2,
    voted: 0,
    safety: { answered: 0, distribution: null, median: null, mean: null },
    roti: { answered: 0, distribution: null, median: null, mean: null },
    checkin: { question: null, answered: 0, shown: false, answers: null },
    cards: [],
    hiddenCounts: { start: 0, stop: 0 },
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
