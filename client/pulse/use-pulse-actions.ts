import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePulse } from '../../shared/pulse/api.js';
import { api } from '../api.js';
import { loadPulseContract } from './contract.js';
import { pulseKeys } from './query-keys.js';
import { retryWrite } from './write-policy.js';

async function post(path: string, body: unknown, idempotencyKey: string): Promise<void> {
  const { acknowledgementSchema } = await loadPulseContract();
  await api.send('POST', path, body, acknowledgementSchema, { idempotencyKey });
}

const pulsePath = (pulseId: string, action: string) =>
  `/api/pulses/${encodeURIComponent(pulseId)}/${action}`;

/**
 * Writes refetch the team's pulse queries when they succeed; the server's `pulse.changed` event
 * does the same for everyone else. Each write gets one idempotency key, reused by a retry.
 */
function usePulseWrite<V>(teamId: string, send: (variables: V, key: string) => Promise<void>) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ variables, key }: { variables: V; key: string }) => send(variables, key),
    retry: retryWrite,
    onSettled: () => queryClient.invalidateQueries({ queryKey: pulseKeys.all(teamId) }),
  });
  return {
    ...mutation,
    run: (variables: V) => mutation.mutateAsync({ variables, key: crypto.randomUUID() }),
  };
}

export function useCreatePulse(teamId: string) {
  return usePulseWrite<CreatePulse>(teamId, (body, key) =>
    post(`/api/teams/${encodeURIComponent(teamId)}/pulses`, body, key),
  );
}

export function useSubmitResponse(teamId: string, pulseId: string) {
  return usePulseWrite<{ answers: (number | null)[]; comment: string | null }>(
    teamId,
    (body, key) => post(pulsePath(pulseId, 'responses'), body, key),
  );
}

export type OwnerAction = 'close' | 'cancel' | 'share' | 'unshare';

/** Close early, cancel, share results with the team or stop sharing (owners only; the server checks). */
export function useOwnerAction(teamId: string) {
  return usePulseWrite<{ pulseId: string; action: OwnerAction }>(
    teamId,
    ({ pulseId, action }, key) => post(pulsePath(pulseId, action), {}, key),
  );
}

/** Owners: send a released pulse's figures into the next retro of the team's meetings. */
export async function sendPulsePrompts(pulseId: string): Promise<{ meetings: number }> {
  const { sentPromptsSchema } = await import('../../shared/retro/api.js');
  return api.send('POST', pulsePath(pulseId, 'retro-prompts'), {}, sentPromptsSchema);
}
