import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { RetroView } from '../../shared/retro/api.js';
import { api } from '../api.js';
import { loadRetroContract } from './contract.js';
import { retroKeys } from './query-keys.js';
import { listenForOwnCommands, retroSyncFor } from './live-retro.js';

/** The server marks a viewer present on every GET; this keeps the facilitator from looking away. */
export const presenceHeartbeatMs = 30_000;

/** The chat's active retro, else its latest ended one, else null. */
export function useCurrentRetro(chatId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: retroKeys.current(chatId),
    queryFn: async ({ signal }) => {
      const { currentRetroSchema } = await loadRetroContract();
      const { retro } = await api.get(
        `/api/retros/current?chatId=${encodeURIComponent(chatId)}`,
        currentRetroSchema,
        signal,
      );
      // Seeds the view query so the board paints without a second request.
      if (retro) seedView(queryClient, retro);
      return { retroId: retro?.id ?? null, status: retro?.status ?? null };
    },
  });
}

function seedView(queryClient: ReturnType<typeof useQueryClient>, view: RetroView): void {
  retroSyncFor(queryClient, view.id).viewFetched(view);
  listenForOwnCommands(queryClient, view);
}

/** One retro as this person may see it, kept fresh by live events and a presence heartbeat. */
export function useRetroView(retroId: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: retroId ? retroKeys.view(retroId) : ['no-retro', 'view'],
    queryFn: async ({ signal }) => {
      if (!retroId) throw new Error('useRetroView ran without a retro id');
      const { retroViewSchema } = await loadRetroContract();
      const view = await api.get(
        `/api/retros/${encodeURIComponent(retroId)}`,
        retroViewSchema,
        signal,
      );
      // Deltas may have moved the view past this answer while it travelled: keep the newer, and
      // apply whatever waited for a view.
      const sync = retroSyncFor(queryClient, retroId);
      sync.viewFetched(view);
      listenForOwnCommands(queryClient, view);
      const held = queryClient.getQueryData<RetroView>(retroKeys.view(retroId));
      return held && held.rev > view.rev ? held : view;
    },
    enabled: retroId !== null,
    refetchInterval: presenceHeartbeatMs,
    refetchIntervalInBackground: true,
  });
}

export function useRetroSummary(retroId: string, enabled: boolean) {
  return useQuery({
    queryKey: retroKeys.summary(retroId),
    queryFn: async ({ signal }) => {
      const { retroSummarySchema } = await loadRetroContract();
      return api.get(
        `/api/retros/${encodeURIComponent(retroId)}/summary`,
        retroSummarySchema,
        signal,
      );
    },
    enabled,
  });
}

/** This meeting series' retros, newest first. */
export function useRetroHistory(chatId: string) {
  return useQuery({
    queryKey: retroKeys.history(chatId),
    queryFn: async ({ signal }) => {
      const { retroHistorySchema } = await loadRetroContract();
      return api.get(
        `/api/retros/history?chatId=${encodeURIComponent(chatId)}`,
        retroHistorySchema,
        signal,
      );
    },
  });
}
