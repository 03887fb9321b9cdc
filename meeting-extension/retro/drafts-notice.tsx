import { Caption1 } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import { useFormat } from '../../client/format.js';
import { useT } from '../../client/i18n.js';
import type { RetroView } from '../../shared/retro/api.js';
import { useBoardText } from './board-text.js';
import { drafts } from './drafts.js';

/** Outside gather, reassures that unsent card text is kept, not lost. */
export function DraftsNotice({ view }: { view: RetroView }) {
  const t = useT();
  const text = useBoardText();
  const { locale } = useFormat();
  const ids = view.columns.map((c) => c.id);
  const waiting = useSyncExternalStore(drafts.subscribe, () =>
    drafts.columnsWithDrafts(view.id, ids).join('\n'),
  );
  if (view.phase === 'gather' || !waiting) return null;
  const titles = waiting.split('\n').map((id) => {
    const column = view.columns.find((c) => c.id === id);
    return column ? text.columnTitle(column) : id;
  });
  // "A, B, C" in English, as before; each language's own list separators otherwise.
  const columns = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(titles);
  return <Caption1 role="note">{t('retro.board.drafts', { columns })}</Caption1>;
}
