import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../shared/events.js';
import { chatRetroEventNames, retroEventNames, type RetroView } from '../../shared/retro/api.js';
import { createLiveRegistry } from '../live-events.js';
import { registerRetroHandlers, retroChanged, retroEnded, retroStarted } from './live-retro.js';
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
