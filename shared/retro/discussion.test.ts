import { describe, expect, it } from 'vitest';
import { discussionOrder, timerRemaining } from './discussion.js';

describe('discussionOrder', () => {
  it('puts the most votes first and breaks ties by creation order', () => {
    const order = discussionOrder([
      { id: 'late-tie', votes: 4, createdOrder: 3 },
      { id: 'none', votes: 0, createdOrder: 0 },
      { id: 'top', votes: 7, createdOrder: 2 },
      { id: 'early-tie', votes: 4, createdOrder: 1 },
    ]);
    expect(order).toEqual(['top', 'early-tie', 'late-tie', 'none']);
  });

  it('does not reorder its input', () => {
    const groups = [
      { id: 'a', votes: 1, createdOrder: 0 },
      { id: 'b', votes: 2, createdOrder: 1 },
    ];
    expect(discussionOrder(groups)).toEqual(['b', 'a']);
    expect(groups.map((g) => g.id)).toEqual(['a', 'b']);
  });
});

describe('timerRemaining', () => {
  const endsAt = '2026-05-01T10:05:00.000Z';
  const serverNow = '2026-05-01T10:04:00.000Z';

  it('counts on the server clock even when the client clock is far off', () => {
    // The client thinks it is an hour later: without correction the timer would read 0.
    const clientAtFetch = Date.parse('2026-05-01T11:04:00.000Z');
    expect(timerRemaining(endsAt, serverNow, clientAtFetch, clientAtFetch)).toBe(60);
    expect(timerRemaining(endsAt, serverNow, clientAtFetch, clientAtFetch + 15_000)).toBe(45);
    // And an hour earlier: without correction it would read 3660.
    const behind = Date.parse('2026-05-01T09:04:00.000Z');
    expect(timerRemaining(endsAt, serverNow, behind, behind + 59_800)).toBe(1);
  });

  it('never goes below zero and ignores a clock set back', () => {
    expect(timerRemaining(endsAt, serverNow, 1_000, 100_000)).toBe(0);
    expect(timerRemaining(endsAt, serverNow, 50_000, 10_000)).toBe(60);
    expect(timerRemaining('not a date', serverNow, 0, 0)).toBe(0);
  });
});
