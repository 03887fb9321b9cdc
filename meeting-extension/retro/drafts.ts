import { useCallback, useSyncExternalStore } from 'react';
import { createDraftStore } from '../../client/retro/drafts-store.js';

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** One store for the page: a draft outlives the components showing it. */
export const drafts = createDraftStore(sessionStore());

/** Unsent card text for a column; survives phase changes, refetches and remounts. */
export function useDraft(retroId: string, columnId: string): [string, (text: string) => void] {
  const text = useSyncExternalStore(drafts.subscribe, () => drafts.get(retroId, columnId));
  const set = useCallback(
    (next: string) => drafts.set(retroId, columnId, next),
    [retroId, columnId],
  );
  return [text, set];
}
