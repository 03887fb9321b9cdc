import { useQuery } from '@tanstack/react-query';
import type { ScopeQuery } from '../shared/api.js';
import { api } from './api.js';
import { queryKeys } from './query-keys.js';

/** The signed-in user, their role and the members of the team or meeting chat. */
export function useMeContext(scope: ScopeQuery | null) {
  return useQuery({
    queryKey: scope ? queryKeys.meContext(scope) : ['no-scope', 'me-context'],
    queryFn: ({ signal }) => {
      if (!scope) throw new Error('useMeContext ran without a scope');
      return api.get(
        `/api/me/context?${scopeSearch(scope)}`,
        (contract) => contract.meContextSchema,
        signal,
      );
    },
    enabled: scope !== null,
  });
}

export function scopeSearch(scope: ScopeQuery): string {
  const params = new URLSearchParams();
  if (scope.teamId) params.set('teamId', scope.teamId);
  else if (scope.chatId) params.set('chatId', scope.chatId);
  return params.toString();
}
