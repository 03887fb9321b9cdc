import { Caption1 } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { RetroView } from '../../shared/retro/api.js';
import { drafts } from './drafts.js';

/** Outside gather, reassures that unsent card text is kept, not lost. */
export function DraftsNotice({ view }: { view: RetroView }) {
  const ids = view.columns.map((c) => c.id);
  const waiting = useSyncExternalStore(drafts.subscribe, () =>
    drafts.columnsWithDrafts(view.id, ids).join('\n'),
  );
  if (view.phase === 'gather' || !waiting) return null;
  const titles = waiting
    .split('\n')
    .map((id) => view.columns.find((c) => c.id === id)?.title ?? id)
    .join(', ');
  return (
    <Caption1 role="note">
      Your unsent card text ({titles}) is kept. It will be there if the retro goes back to
      gathering.
    </Caption1>
  );
}
