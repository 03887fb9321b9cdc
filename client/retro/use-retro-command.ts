import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CreateRetro, RetroCommand, RetroView } from '../../shared/retro/api.js';
import type { RetroCommandReply } from '../../shared/retro/delta.js';
import { ApiRequestError } from '../api-error.js';
import { api } from '../api.js';
import { loadRetroContract } from './contract.js';
import { retroSyncFor, shareOwnCommand } from './live-retro.js';
import { retroKeys } from './query-keys.js';

/** Keeps the newest of the cached view and a whole view from the server. */
export function storeView(queryClient: QueryClient, view: RetroView): void {
  retroSyncFor(queryClient, view.id).viewFetched(view);
}

/** A refusal changed nothing; after any other failure the command may or may not have happened. */
function failureKind(error: unknown): 'refused' | 'unknown' {
  return error instanceof ApiRequestError && error.status >= 400 && error.status < 500
    ? 'refused'
    : 'unknown';
}

/**
 * Only a request that may never have arrived is worth repeating; its key makes that safe. That is
 * a network failure, or a proxy's 502/503/504 (an instance behind it went away mid-request).
 */
export function retryCommand(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiRequestError) || failureCount >= 2) return false;
  return error.code === 'network' || [502, 503, 504].includes(error.status);
}

type Sent = { command: RetroCommand; key: string };

/**
 * Sends retro commands. Each command gets one idempotency key when issued; TanStack's retry
 * re-runs with the same variables, so a retry reuses it and never duplicates a card or vote.
 */
export function useRetroCommand(retroId: string) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: async ({ command, key }: Sent): Promise<RetroView | null> => {
      const { retroCommandReplySchema } = await loadRetroContract();
      const sync = retroSyncFor(queryClient, retroId);
      // Until this answer arrives, events wait: one of them is this command's own. This person's
      // other pages (the stage) wait with it.
      sync.commandStarted();
      shareOwnCommand(queryClient, { retroId, kind: 'started' });
      let reply: RetroCommandReply;
      try {
        reply = await api.send(
          'POST',
          `/api/retros/${encodeURIComponent(retroId)}/commands`,
          command,
          retroCommandReplySchema,
          // The answer is this person's change, not the whole board (see retro-sync.ts).
          { idempotencyKey: key, prefer: 'return=minimal' },
        );
      } catch (error) {
        const failure = failureKind(error);
        sync.commandSettled(null, failure);
        shareOwnCommand(queryClient, { retroId, kind: 'settled', reply: null, failure });
        throw error;
      }
      sync.commandSettled(reply);
      shareOwnCommand(queryClient, { retroId, kind: 'settled', reply });
      return queryClient.getQueryData<RetroView>(retroKeys.view(retroId)) ?? null;
    },
    retry: retryCommand,
    onSuccess: (view, { command }) => {
      if (command.type === 'end' || view?.status === 'ended') {
        void queryClient.invalidateQueries({ queryKey: retroKeys.chat(view?.chatId ?? '') });
      }
    },
  });
  return {
    ...mutation,
    /** Resolves to true once the change is made, false when refused (the sentence is in `error`). */
    send: (command: RetroCommand): Promise<boolean> =>
      mutation.mutateAsync({ command, key: crypto.randomUUID() }).then(
        () => true,
        () => false,
      ),
  };
}

/** Starts a retro in the meeting chat; the starter becomes its facilitator. */
export function useStartRetro(chatId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { body: CreateRetro; key: string }) => {
      const { retroResultSchema } = await loadRetroContract();
      const { retro } = await api.send('POST', '/api/retros', input.body, retroResultSchema, {
        idempotencyKey: input.key,
      });
      return retro;
    },
    retry: retryCommand,
    onSuccess: (view) => {
      storeView(queryClient, view);
      queryClient.setQueryData(retroKeys.current(chatId), {
        retroId: view.id,
        status: view.status,
      });
      void queryClient.invalidateQueries({ queryKey: retroKeys.history(chatId) });
    },
  });
}
