import { useQuery } from '@tanstack/react-query';
import { earlyStatusSchema } from '../../shared/retro/early.js';
import { api } from '../api.js';
import { meetingStartTime } from '../teams-host.js';
import { retroRoom } from './query-keys.js';

/** The meeting's scheduled start from Teams, read once per page; null when Teams gives none. */
export function useMeetingStart() {
  return useQuery({
    queryKey: ['host', 'meeting-start'],
    queryFn: meetingStartTime,
    staleTime: Infinity,
    retry: false,
  });
}

/** The reminder of a retro opened before its meeting; a scheduler changes it, so it is re-read. */
export function useEarlyStatus(retroId: string) {
  return useQuery({
    queryKey: [retroRoom(retroId), 'early'],
    queryFn: ({ signal }) =>
      api.get(`/api/retros/${encodeURIComponent(retroId)}/early`, earlyStatusSchema, signal),
    refetchInterval: 60_000,
  });
}
