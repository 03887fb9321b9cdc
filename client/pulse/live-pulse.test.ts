import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../shared/events.js';
import { pulseEventNames } from '../../shared/pulse/api.js';
import { createLiveRegistry } from '../live-events.js';
import { handlePulseChanged, pulseChanged, registerPulseHandlers } from './live-pulse.js';
import { pulseKeys } from './query-keys.js';

function event(room: LiveEvent['room'], type = pulseChanged): LiveEvent {
  return { room, seq: 1, type, data: { pulseId: 'p1' }, at: '2026-03-01T00:00:00Z' };
}

function seeded(): QueryClient {
  const client = new QueryClient();
  client.setQueryData(pulseKeys.list('t1'), { pulses: [] });
  client.setQueryData(pulseKeys.results('t1', 'p1'), { status: 'still-open' });
  client.setQueryData(['team:t1', 'me-context'], { role: 'owner' });
  client.setQueryData(pulseKeys.list('t2'), { pulses: [] });
  return client;
}

const invalidated = (client: QueryClient, key: readonly unknown[]) =>
  client.getQueryState(key)?.isInvalidated;

describe('pulse live events', () => {
  it('uses the contract event name', () => {
    expect(pulseChanged).toBe(pulseEventNames.changed);
  });

  it('refreshes every pulse query of the event team and nothing else', () => {
    const client = seeded();
    handlePulseChanged(event('team:t1'), client);
    expect(invalidated(client, pulseKeys.list('t1'))).toBe(true);
    expect(invalidated(client, pulseKeys.results('t1', 'p1'))).toBe(true);
    expect(invalidated(client, ['team:t1', 'me-context'])).toBe(false);
    expect(invalidated(client, pulseKeys.list('t2'))).toBe(false);
  });

  it('ignores events from other kinds of rooms', () => {
    const client = seeded();
    handlePulseChanged(event('chat:t1'), client);
    expect(invalidated(client, pulseKeys.list('t1'))).toBe(false);
  });

  it('is what the registry runs for pulse.changed', () => {
    const client = seeded();
    const registry = createLiveRegistry(() => undefined);
    registerPulseHandlers(registry);
    registry.dispatch(event('team:t1'), client);
    expect(invalidated(client, pulseKeys.list('t1'))).toBe(true);
  });
});
