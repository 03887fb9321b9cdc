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
  retroSettingUp,
  retroStarted,
  listenForOwnCommands,
  pageHidden,
  setLeaveSender,
  setRefetchRandom,
} from './live-retro.js';
import { retroKeys } from './query-keys.js';
import { gatherView } from '../../shared/retro/test-view.js';

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

const hiddenCard = (rev: number) => ({
  rev,
  now: '2026-01-01T00:01:00Z',
  ops: [{ op: 'hiddenCard', columnId: 'start', by: 1 }],
});

const viewKeysInvalidated = (invalidate: { mock: { calls: unknown[][] } }, retroId: string) =>
  invalidate.mock.calls.filter(
    ([filters]) =>
      JSON.stringify((filters as { queryKey: unknown }).queryKey) ===
      JSON.stringify(retroKeys.view(retroId)),
  ).length;

describe('retro live handlers', () => {
  afterEach(() => {
    vi.useRealTimers();
    setRefetchRandom(Math.random);
  });

  it('use the contract event names', () => {
    expect(retroChanged).toBe(retroEventNames.changed);
    expect(retroStarted).toBe(chatRetroEventNames.started);
    expect(retroEnded).toBe(chatRetroEventNames.ended);
    expect(retroSettingUp).toBe(chatRetroEventNames.settingUp);
  });

  it('update the ready count and the people here from a presence event, with no request', () => {
    const { queryClient, registry } = setup();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    queryClient.setQueryData(retroKeys.view('p1'), gatherView({ id: 'p1' }));
    const presence = { op: 'presence', total: 3, ready: 1, participants: 3 };
    registry.dispatch(
      event('retro:p1', 'retro.changed', { rev: 5, now: '2026-01-01T00:01:00Z', ops: [presence] }),
      queryClient,
    );
    registry.dispatch(
      event('retro:p1', 'retro.changed', {
        rev: 6,
        now: '2026-01-01T00:01:01Z',
        ops: [{ op: 'voted', voted: 2 }],
      }),
      queryClient,
    );
    const cached = queryClient.getQueryData<RetroView>(retroKeys.view('p1'));
    expect(cached?.rev).toBe(6);
    expect(cached?.ready).toEqual({ ready: 1, total: 3 });
    expect(cached?.participants).toBe(3);
    expect(cached?.voted).toBe(2);
    expect(viewKeysInvalidated(invalidate, 'p1')).toBe(0);
  });

  it('read who is setting up again on a setting-up event, and nothing else', () => {
    const { queryClient, registry } = setup();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    registry.dispatch(
      event('chat:c9', 'retro.settingUp', { userId: 'u1', displayName: 'Ada', until: null }),
      queryClient,
    );
    expect(invalidate.mock.calls).toEqual([[{ queryKey: retroKeys.settingUp('c9') }]]);
  });

  it('say "left" for each active retro the page shows when it is hidden', () => {
    const queryClient = new QueryClient();
    const sent: [string, RequestInit][] = [];
    setLeaveSender((url, init) => sent.push([url, init]));
    listenForOwnCommands(queryClient, gatherView({ id: 'leave-1' }));
    listenForOwnCommands(queryClient, gatherView({ id: 'leave-2', status: 'ended' }));
    pageHidden('t0k');
    expect(sent).toEqual([
      [
        '/api/retros/leave-1/leave',
        { method: 'POST', keepalive: true, headers: { authorization: 'Bearer t0k' } },
      ],
    ]);
    // Without a token there is nothing to send with.
    sent.length = 0;
    pageHidden(null);
    expect(sent).toEqual([]);
  });

  it('apply the next rev’s delta to the cached view without refetching it', () => {
    const { queryClient, registry } = setup();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    queryClient.setQueryData(retroKeys.view('a1'), gatherView({ id: 'a1' }));
    queryClient.setQueryData(retroKeys.summary('a1'), { title: 'x' });
    registry.dispatch(event('retro:a1', 'retro.changed', hiddenCard(5)), queryClient);
    const cached = queryClient.getQueryData<RetroView>(retroKeys.view('a1'));
    expect(cached?.rev).toBe(5);
    expect(cached?.hiddenCounts).toEqual({ start: 1, stop: 0 });
    expect(cached?.serverNow).toBe('2026-01-01T00:01:00Z');
    for (const [filters] of invalidate.mock.calls) {
      expect(filters).toEqual({ queryKey: retroKeys.summary('a1') });
    }
    expect(isStale(queryClient, retroKeys.summary('a1'))).toBe(true);
    expect(isStale(queryClient, retroKeys.view('a1'))).toBe(false);
  });

  it('ignore an event at a rev the cache already has', () => {
    const { queryClient, registry } = setup();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    queryClient.setQueryData(retroKeys.view('a2'), gatherView({ id: 'a2', rev: 7 }));
    registry.dispatch(event('retro:a2', 'retro.changed', hiddenCard(7)), queryClient);
    registry.dispatch(event('retro:a2', 'retro.changed', hiddenCard(3)), queryClient);
    expect(queryClient.getQueryData<RetroView>(retroKeys.view('a2'))).toEqual(
      gatherView({ id: 'a2', rev: 7 }),
    );
    expect(viewKeysInvalidated(invalidate, 'a2')).toBe(0);
  });

  it.each([
    ['a rev that is no number', { rev: 'x' }],
    ['no ops', { rev: 5 }],
  ])('refetch the view for an event with %s', (_name, data) => {
    vi.useFakeTimers();
    const { queryClient, registry } = setup();
    const retroId = `bad-${String(data.rev)}`;
    queryClient.setQueryData(retroKeys.view(retroId), gatherView({ id: retroId }));
    registry.dispatch(event(`retro:${retroId}`, 'retro.changed', data), queryClient);
    // A small room refetches after a 0 ms timer (run as 1 ms), with no spread.
    vi.advanceTimersByTime(1);
    expect(isStale(queryClient, retroKeys.view(retroId))).toBe(true);
  });

  it('spread the refetch in a big room', () => {
    vi.useFakeTimers();
    setRefetchRandom(() => 0.5);
    const { queryClient, registry } = setup();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    queryClient.setQueryData(retroKeys.view('big'), gatherView({ id: 'big', participants: 500 }));
    registry.dispatch(event('retro:big', 'retro.changed', { rev: 'x' }), queryClient);
    registry.dispatch(event('retro:big', 'retro.changed', { rev: 5 }), queryClient);
    vi.advanceTimersByTime(749);
    expect(viewKeysInvalidated(invalidate, 'big')).toBe(0);
    vi.advanceTimersByTime(1);
    expect(viewKeysInvalidated(invalidate, 'big')).toBe(1);
    expect(isStale(queryClient, retroKeys.view('big'))).toBe(true);
  });

  it('refetch after a second when a rev is missing', () => {
    vi.useFakeTimers();
    const { queryClient, registry } = setup();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    queryClient.setQueryData(retroKeys.view('gap'), gatherView({ id: 'gap' }));
    registry.dispatch(event('retro:gap', 'retro.changed', hiddenCard(6)), queryClient);
    vi.advanceTimersByTime(999);
    expect(viewKeysInvalidated(invalidate, 'gap')).toBe(0);
    expect(queryClient.getQueryData<RetroView>(retroKeys.view('gap'))?.rev).toBe(4);
    // The gap timer fires at 1 s; a small room's refetch follows a timer tick (0 ms, run as 1 ms).
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(1);
    expect(viewKeysInvalidated(invalidate, 'gap')).toBe(1);
    expect(isStale(queryClient, retroKeys.view('gap'))).toBe(true);
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

  it('ignore rooms of another kind', () => {
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    handleRetroChanged(event('chat:c1', 'retro.changed', hiddenCard(5)), queryClient);
    expect(invalidate).not.toHaveBeenCalled();
  });
});

describe('refetch waves in big rooms', () => {
  it('spread is zero for small rooms and grows to 1.5 s', () => {
    expect(refetchSpreadMs(5)).toBe(0);
    expect(refetchSpreadMs(20)).toBe(0);
    expect(refetchSpreadMs(100)).toBe(300);
    expect(refetchSpreadMs(500)).toBe(1_500);
    expect(refetchSpreadMs(5_000)).toBe(1_500);
  });
});
