import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { retryWrite } from '../pulse/write-policy.js';
import { loadTrendsContract } from './contract.js';
import { trendKeys } from './query-keys.js';

const teamPath = (teamId: string, resource: string) =>
  `/api/teams/${encodeURIComponent(teamId)}/${resource}`;

/** Meeting chats an owner linked to the team, so their retros count in its retro health. */
export function useLinkedMeetings(teamId: string) {
  return useQuery({
    queryKey: trendKeys.linkedMeetings(teamId),
    queryFn: async ({ signal }) => {
      const { linkedMeetingsSchema } = await loadTrendsContract();
      return api.get(teamPath(teamId, 'linked-meetings'), linkedMeetingsSchema, signal);
    },
  });
}

/** Meeting chats where the caller ran retros and that do not count yet. */
export function useLinkableMeetings(teamId: string) {
  return useQuery({
    queryKey: trendKeys.linkableMeetings(teamId),
    queryFn: async ({ signal }) => {
      const { linkableMeetingsSchema } = await loadTrendsContract();
      return api.get(teamPath(teamId, 'linkable-meetings'), linkableMeetingsSchema, signal);
    },
  });
}

export type LinkChange = { action: 'link' | 'unlink'; chatId: string };

/**
 * Links or unlinks a meeting chat. Both are idempotent on the server, so a retry after a lost
 * answer is safe. Success puts the new links in the cache at once; then every trends query
 * (retro health, both lists) refetches.
 */
export function useLinkChange(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, chatId }: LinkChange) => {
      const { linkedMeetingsSchema } = await loadTrendsContract();
      return action === 'link'
        ? api.send('POST', teamPath(teamId, 'linked-meetings'), { chatId }, linkedMeetingsSchema)
        : api.send(
            'DELETE',
            teamPath(teamId, `linked-meetings/${encodeURIComponent(chatId)}`),
            undefined,
            linkedMeetingsSchema,
          );
    },
    retry: retryWrite,
    onSuccess: (links) => queryClient.setQueryData(trendKeys.linkedMeetings(teamId), links),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trendKeys.all(teamId) }),
  });
}
