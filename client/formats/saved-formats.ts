import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RetroColumn } from '../../shared/retro/templates.js';
import { api } from '../api.js';
import { chatRoom } from '../retro/query-keys.js';
import { retryCommand } from '../retro/use-retro-command.js';

/** The saved formats a meeting's start form offers; under the chat's room like its retros. */
export const savedFormatKeys = {
  list: (chatId: string) => [chatRoom(chatId), 'formats'] as const,
};

const contract = () => import('../../shared/formats/api.js');

/** The meeting's saved formats (its team's, or its series'), read when the start form opens. */
export function useSavedFormats(chatId: string, teamId: string | null | undefined) {
  return useQuery({
    queryKey: savedFormatKeys.list(chatId),
    queryFn: async ({ signal }) => {
      const { savedFormatsSchema } = await contract();
      const query = new URLSearchParams({ chatId, ...(teamId ? { teamId } : {}) });
      return api.get(`/api/formats?${query.toString()}`, savedFormatsSchema, signal);
    },
  });
}

/** Saves custom columns under a name; one idempotency key per save, reused by a retry. */
export function useSaveFormat(chatId: string, teamId: string | null | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { name: string; columns: RetroColumn[]; key: string }) => {
      const { savedFormatResultSchema } = await contract();
      const body = {
        chatId,
        ...(teamId ? { teamId } : {}),
        name: input.name,
        columns: input.columns,
      };
      const { format } = await api.send('POST', '/api/formats', body, savedFormatResultSchema, {
        idempotencyKey: input.key,
      });
      return format;
    },
    retry: retryCommand,
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedFormatKeys.list(chatId) }),
  });
}

/** Deletes a saved format (its creator, or an owner of its team). */
export function useDeleteFormat(chatId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (formatId: string) => {
      const { z } = await import('zod');
      await api.send(
        'DELETE',
        `/api/formats/${encodeURIComponent(formatId)}`,
        undefined,
        z.unknown(),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: savedFormatKeys.list(chatId) }),
  });
}
