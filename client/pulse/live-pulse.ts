import type { QueryClient } from '@tanstack/react-query';
import type { LiveEvent } from '../../shared/events.js';
import { liveHandlers, type LiveRegistry } from '../live-events.js';
import { pulseKeys } from './query-keys.js';

// Written out rather than imported from shared/pulse/api.ts, whose zod schemas would then land in
// the page's first bundle; the test checks it matches the contract.
export const pulseChanged = 'pulse.changed';

/**
 * A pulse was created, opened, closed, cancelled, shared or unshared. The event carries only `{ pulseId }`
 * (never a count), so each viewer refetches the pulse queries its role allows.
 */
export function handlePulseChanged(event: LiveEvent, queryClient: QueryClient): void {
  if (!event.room.startsWith('team:')) return;
  const teamId = event.room.slice('team:'.length);
  void queryClient.invalidateQueries({ queryKey: pulseKeys.all(teamId) });
}

export function registerPulseHandlers(registry: LiveRegistry): void {
  registry.on(pulseChanged, handlePulseChanged);
}

registerPulseHandlers(liveHandlers);
