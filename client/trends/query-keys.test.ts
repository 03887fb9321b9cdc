import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { handlePulseChanged } from '../pulse/live-pulse.js';
import { trendKeys } from './query-keys.js';

describe('trendKeys', () => {
  it('are refreshed by pulse.changed in the same team, and only that team', () => {
    const client = new QueryClient();
    client.setQueryData(trendKeys.range('t1', '6m'), { ok: true });
    client.setQueryData(trendKeys.range('t2', '6m'), { ok: true });
    handlePulseChanged(
      { room: 'team:t1', seq: 1, type: 'pulse.changed', data: { pulseId: 'p' }, at: '' },
      client,
    );
    expect(client.getQueryState(trendKeys.range('t1', '6m'))?.isInvalidated).toBe(true);
    expect(client.getQueryState(trendKeys.range('t2', '6m'))?.isInvalidated).toBe(false);
  });
});
