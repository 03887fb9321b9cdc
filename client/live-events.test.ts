import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import {
  createLiveRegistry,
  liveHandlers,
  parseLiveMessage,
  reconnectDelayMs,
} from './live-events.js';
import { queryKeys } from './query-keys.js';
import { eventNames, liveEventSchema } from '../shared/events.js';

const event = {
  room: 'team:g1',
  seq: 4,
  type: 'tab.configured',
  data: { by: 'x' },
  at: '2025-01-01T00:00:00Z',
};

describe('parseLiveMessage', () => {
  it('reads a whole LiveEvent from the data field', () => {
    expect(
      parseLiveMessage(
        'team:g1',
        {
          id: '4',
          event: 'tab.configured',
          data: JSON.stringify(event),
        },
        liveEventSchema,
      ),
    ).toEqual(event);
  });

  it('numbers a bare payload by the SSE id', () => {
    const parsed = parseLiveMessage(
      'chat:c1',
      { id: '7', event: 'ping', data: '{"n":1}' },
      liveEventSchema,
    );
    expect(parsed).toMatchObject({ room: 'chat:c1', seq: 7, type: 'ping', data: { n: 1 } });
  });

  it('ignores heartbeats, garbage and events of another room', () => {
    expect(
      parseLiveMessage('team:g1', { id: '', event: '', data: '' }, liveEventSchema),
    ).toBeNull();
    expect(
      parseLiveMessage('team:g1', { id: '1', event: 'x', data: '{oops' }, liveEventSchema),
    ).toBeNull();
    expect(
      parseLiveMessage('team:g1', { id: '', event: 'x', data: '{}' }, liveEventSchema),
    ).toBeNull();
    expect(
      parseLiveMessage(
        'team:other',
        { id: '4', event: 'x', data: JSON.stringify(event) },
        liveEventSchema,
      ),
    ).toBeNull();
  });
});

describe('live registry', () => {
  it('runs the registered handler for its type and the fallback otherwise', () => {
    const fallback = vi.fn();
    const special = vi.fn();
    const registry = createLiveRegistry(fallback);
    registry.on('card.added', special);
    const client = new QueryClient();
    registry.dispatch({ ...event, type: 'card.added' }, client);
    registry.dispatch({ ...event, type: 'something.new' }, client);
    expect(special).toHaveBeenCalledOnce();
    expect(fallback).toHaveBeenCalledOnce();
    expect(fallback.mock.calls[0]?.[0]).toMatchObject({ type: 'something.new' });
  });

  it('invalidates the queries of the event room only', () => {
    const client = new QueryClient();
    const mine = queryKeys.meContext({ teamId: 'g1' });
    const theirs = queryKeys.meContext({ teamId: 'g2' });
    client.setQueryData(mine, { any: 1 });
    client.setQueryData(theirs, { any: 2 });
    liveHandlers.dispatch(event, client);
    expect(client.getQueryState(mine)?.isInvalidated).toBe(true);
    expect(client.getQueryState(theirs)?.isInvalidated).toBe(false);
  });

  it('handles the shared event names', () => {
    const client = new QueryClient();
    const key = queryKeys.meContext({ teamId: 'g1' });
    client.setQueryData(key, { any: 1 });
    liveHandlers.dispatch({ ...event, type: eventNames.ping }, client);
    expect(client.getQueryState(key)?.isInvalidated).toBe(false);
    liveHandlers.dispatch({ ...event, type: eventNames.tabConfigured }, client);
    expect(client.getQueryState(key)?.isInvalidated).toBe(true);
  });

  it('refetches everything a room shows on a reset (the events it missed were pruned)', () => {
    const client = new QueryClient();
    const view = ['retro:r1', 'view'];
    const summary = ['retro:r1', 'summary'];
    const other = ['retro:r2', 'view'];
    for (const key of [view, summary, other]) client.setQueryData(key, { rev: 9 });
    liveHandlers.dispatch({ ...event, room: 'retro:r1', type: eventNames.reset }, client);
    expect(client.getQueryState(view)?.isInvalidated).toBe(true);
    expect(client.getQueryState(summary)?.isInvalidated).toBe(true);
    expect(client.getQueryState(other)?.isInvalidated).toBe(false);
  });

  it('ignores pings', () => {
    const client = new QueryClient();
    const key = queryKeys.meContext({ chatId: 'c1' });
    client.setQueryData(key, { any: 1 });
    liveHandlers.dispatch({ ...event, room: 'chat:c1', type: 'ping' }, client);
    expect(client.getQueryState(key)?.isInvalidated).toBe(false);
  });
});

describe('reconnectDelayMs', () => {
  it('doubles up to a 30 s cap, with jitter in the upper half', () => {
    expect(reconnectDelayMs(0, () => 0)).toBe(500);
    expect(reconnectDelayMs(0, () => 1)).toBe(1000);
    expect(reconnectDelayMs(3, () => 1)).toBe(8000);
    expect(reconnectDelayMs(20, () => 1)).toBe(30_000);
    expect(reconnectDelayMs(20, () => 0)).toBe(15_000);
  });
});
