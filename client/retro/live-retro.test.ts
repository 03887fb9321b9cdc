import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiveEvent } from '../../shared/events.js';
import { chatRetroEventNames, retroEventNames, type RetroView } from '../../shared/retro/api.js';
import { createLiveRegistry } from '../live-events.js';
import {
  handleRetroChanged,
  refetchSpreadMs,
  registerRetroHandlers,
  retroChanged,
  retroEnded,
  retroStarted,
} from './live-retro.js';
import { retroKeys } from './query-keys.js';

function event(room: LiveEvent['room'], type: string, data: unknown): LiveEvent {
  return { room, seq: 1, type, data, at: new Date().toISOString() };
}

function setup() {
  const queryClient = new QueryClient();
  const registry = createLiveRegistry(() => {
    throw new Error('no fallback expected');
  });
  registerRetroHandlers(registry);
  return { queryClient, registry };
}

const isStale = (queryClient: QueryClient, key: readonly unknown[]) =>
  queryClient.getQueryState(key)?.isInvalidated ?? null;

describe('retro live handlers', () => {
  it('use the contract event names', () => {
    expect(retroChanged).toBe(retroEventNames.changed);
    expect(retroStarted).toBe(chatRetroEventNames.started);
    expect(retroEnded).toBe(chatRetroEventNames.ended);
  });

  it('refresh the view and summary when an event is newer than the cached view', () => {
    const { queryClient, registry } = setup();
    queryClient.setQueryData(retroKeys.view('r1'), { rev: 4 } as RetroView);
    queryClient.setQueryData(retroKeys.summary('r1'), { title: 'x' });
    queryClient.setQueryData(retroKeys.view('r2'), { rev: 1 } as RetroView);
    registry.dispatch(event('retro:r1', 'retro.changed', { rev: 5 }), queryClient);
    expect(isStale(queryClient, retroKeys.view('r1'))).toBe(true);
    expect(isStale(queryClient, retroKeys.summary('r1'))).toBe(true);
    expect(isStale(queryClient, retroKeys.view('r2'))).toBe(false);
  });

  it('skip events the cache has already caught up with', () => {
    const { queryClient, registry } = setup();
    queryClient.setQueryData(retroKeys.view('r1'), { rev: 7 } as RetroView);
    registry.dispatch(event('retro:r1', 'retro.changed', { rev: 7 }), queryClient);
    registry.dispatch(event('retro:r1', 'retro.changed', { rev: 3 }), queryClient);
    expect(isStale(queryClient, retroKeys.view('r1'))).toBe(false);
  });

  it('refresh when the event has no usable rev', () => {
    const { queryClient, registry } = setup();
    queryClient.setQueryData(retroKeys.view('r1'), { rev: 7 } as RetroView);
    registry.dispatch(event('retro:r1', 'retro.changed', { rev: 'x' }), queryClient);
    expect(isStale(queryClient, retroKeys.view('r1'))).toBe(true);
  });

  it('refresh the chat’s current retro and history on start and end, and nothing else', () => {
    const { queryClient, registry } = setup();
    queryClient.setQueryData(retroKeys.current('c1'), { retro: null });
    queryClient.setQueryData(retroKeys.history('c1'), { retros: [] });
    queryClient.setQueryData(['chat:c1', 'me-context'], { members: [] });
    queryClient.setQueryData(retroKeys.current('c2'), { retro: null });
    registry.dispatch(event('chat:c1', 'retro.started', { retroId: 'r1' }), queryClient);
    expect(isStale(queryClient, retroKeys.current('c1'))).toBe(true);
    expect(isStale(queryClient, retroKeys.history('c1'))).toBe(true);
    expect(isStale(queryClient, ['chat:c1', 'me-context'])).toBe(false);
    expect(isStale(queryClient, retroKeys.current('c2'))).toBe(false);
  });
});

describe('refetch waves in big rooms', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('spread is zero for small rooms and grows to 1.5 s', () => {
    expect(refetchSpreadMs(5)).toBe(0);
    expect(refetchSpreadMs(20)).toBe(0);
    expect(refetchSpreadMs(100)).toBe(300);
    expect(refetchSpreadMs(500)).toBe(1_500);
    expect(refetchSpreadMs(5_000)).toBe(1_500);
  });

  it('waits a random share of the spread, and folds later events into one refetch', () => {
    vi.useFakeTimers();
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    queryClient.setQueryData(retroKeys.view('big'), { rev: 1, participants: 500 } as RetroView);
    const at = (rev: number) => event('retro:big', 'retro.changed', { rev });
    handleRetroChanged(at(2), queryClient, () => 0.5);
    handleRetroChanged(at(3), queryClient, () => 0.5);
    handleRetroChanged(at(4), queryClient, () => 0.5);
    expect(invalidate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(749);
    expect(invalidate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(invalidate).toHaveBeenCalledTimes(1);
    expect(isStale(queryClient, retroKeys.view('big'))).toBe(true);
  });

  it('skips the refetch when the view caught up while it waited', () => {
    vi.useFakeTimers();
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    queryClient.setQueryData(retroKeys.view('big2'), { rev: 1, participants: 200 } as RetroView);
    handleRetroChanged(event('retro:big2', 'retro.changed', { rev: 2 }), queryClient, () => 1);
    // This panel's own command answered with a newer view.
    queryClient.setQueryData(retroKeys.view('big2'), { rev: 3, participants: 200 } as RetroView);
    vi.advanceTimersByTime(600);
    expect(invalidate).not.toHaveBeenCalled();
  });

  it('refetches at once in a small room', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(retroKeys.view('small'), { rev: 1, participants: 6 } as RetroView);
    handleRetroChanged(event('retro:small', 'retro.changed', { rev: 2 }), queryClient, () => 1);
    expect(isStale(queryClient, retroKeys.view('small'))).toBe(true);
  });
});

describe('events that changed only their issuer’s view', () => {
  it('move the cache to the new rev without a refetch when nothing was missed', () => {
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    queryClient.setQueryData(retroKeys.view('v1'), { rev: 4, participants: 6 } as RetroView);
    handleRetroChanged(
      event('retro:v1', 'retro.changed', { rev: 5, onlyActor: true }),
      queryClient,
    );
    expect(invalidate).not.toHaveBeenCalled();
    expect(queryClient.getQueryData<RetroView>(retroKeys.view('v1'))).toEqual({
      rev: 5,
      participants: 6,
    });
  });

  it('refetch when an event in between was missed', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(retroKeys.view('v2'), { rev: 3, participants: 6 } as RetroView);
    handleRetroChanged(
      event('retro:v2', 'retro.changed', { rev: 5, onlyActor: true }),
      queryClient,
    );
    expect(isStale(queryClient, retroKeys.view('v2'))).toBe(true);
  });

  it('join a refetch already waiting rather than skip past it', () => {
    vi.useFakeTimers();
    try {
      const queryClient = new QueryClient();
      const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
      queryClient.setQueryData(retroKeys.view('v3'), { rev: 1, participants: 300 } as RetroView);
      handleRetroChanged(event('retro:v3', 'retro.changed', { rev: 2 }), queryClient, () => 0.5);
      handleRetroChanged(
        event('retro:v3', 'retro.changed', { rev: 3, onlyActor: true }),
        queryClient,
        () => 0.5,
      );
      expect(queryClient.getQueryData<RetroView>(retroKeys.view('v3'))?.rev).toBe(1);
      vi.advanceTimersByTime(1_000);
      expect(invalidate).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
