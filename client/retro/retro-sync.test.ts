import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RetroView } from '../../shared/retro/api.js';
import type { RetroOp } from '../../shared/retro/delta.js';
import { createRetroSync } from './retro-sync.js';
import { gatherView } from '../../shared/retro/test-view.js';

const delta = (rev: number, ops: RetroOp[]) => ({ rev, now: '2026-01-01T00:01:00Z', ops });
const hidden = (rev: number) => delta(rev, [{ op: 'hiddenCard', columnId: 'start', by: 1 }]);
const card = { id: 'k1', columnId: 'start', text: 'Ship', author: null, groupId: null };

function setup(start: RetroView = gatherView()) {
  let held: RetroView | undefined = start;
  const refetch = vi.fn();
  const sync = createRetroSync({ get: () => held, set: (v) => (held = v), refetch });
  return { sync, refetch, view: () => held };
}

describe('createRetroSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('applies deltas in rev order, waiting for a missing one', () => {
    const { sync, refetch, view: current } = setup();
    sync.event(hidden(6));
    expect(current()?.rev).toBe(4);
    sync.event(hidden(5));
    expect(current()?.rev).toBe(6);
    expect(current()?.hiddenCounts.start).toBe(2);
    vi.advanceTimersByTime(5_000);
    expect(refetch).not.toHaveBeenCalled();
  });

  it('lets its own reply stand in for the event of its rev', () => {
    const { sync, refetch, view: current } = setup();
    sync.commandStarted();
    sync.event(hidden(5));
    expect(current()?.rev).toBe(4);
    sync.commandSettled({
      delta: delta(5, [
        { op: 'hiddenCard', columnId: 'start', by: 1 },
        { op: 'ownCard', card },
      ]),
    });
    expect(current()?.rev).toBe(5);
    expect(current()?.cards).toEqual([{ ...card, mine: true }]);
    expect(current()?.hiddenCounts.start).toBe(0);
    sync.event(hidden(5));
    expect(current()?.hiddenCounts.start).toBe(0);
    expect(refetch).not.toHaveBeenCalled();
  });

  it('applies held events after holdMs, then refetches once for a late reply with own ops', () => {
    const { sync, refetch, view: current } = setup();
    sync.commandStarted();
    sync.event(hidden(5));
    vi.advanceTimersByTime(1_999);
    expect(current()?.rev).toBe(4);
    vi.advanceTimersByTime(1);
    expect(current()?.rev).toBe(5);
    sync.commandSettled({ delta: delta(5, [{ op: 'ownCard', card }]) });
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('refetches after gapMs for a missing rev', () => {
    const { sync, refetch } = setup();
    sync.event(hidden(6));
    vi.advanceTimersByTime(999);
    expect(refetch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('refetches for an unappliable op, and for an unknown failure but not a refused one', () => {
    const a = setup();
    a.sync.event(delta(5, [{ op: 'nope' } as unknown as RetroOp]));
    expect(a.refetch).toHaveBeenCalledTimes(1);
    const b = setup();
    b.sync.commandStarted();
    b.sync.commandSettled(null, 'refused');
    expect(b.refetch).not.toHaveBeenCalled();
    b.sync.commandStarted();
    b.sync.commandSettled(null, 'unknown');
    expect(b.refetch).toHaveBeenCalledTimes(1);
  });

  it('keeps a fetched view only when it is not older, and drains above it', () => {
    const { sync, view: current } = setup();
    sync.viewFetched(gatherView({ rev: 2 }));
    expect(current()?.rev).toBe(4);
    sync.event(hidden(8));
    sync.viewFetched(gatherView({ rev: 7 }));
    expect(current()?.rev).toBe(8);
  });
});
