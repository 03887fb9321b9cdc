import { useMemo } from 'react';
import { useT } from '../../client/i18n.js';
import type { GroupView } from '../../shared/retro/api.js';
import { columnTextIds } from '../../shared/retro/templates.js';

type ColumnLike = { id: string; title: string; prompt: string };

/**
 * The board's names in the user's language: a built-in column's words are translated, a typed
 * column title, prompt or group title is shown as typed.
 */
export function useBoardText() {
  const t = useT();
  return useMemo(
    () => ({
      columnTitle: (column: ColumnLike) => {
        const id = columnTextIds(column).title;
        return id ? t(id) : column.title;
      },
      columnPrompt: (column: ColumnLike) => {
        const id = columnTextIds(column).prompt;
        return id ? t(id) : column.prompt;
      },
      /** A group's title, or "Untitled group n" (n from its place in the retro) until named. */
      groupName: (group: GroupView, index: number) =>
        group.title.trim() || t('retro.board.untitledGroup', { number: index + 1 }),
      votes: (count: number) => t('retro.board.votes', { count }),
    }),
    [t],
  );
}

export type BoardText = ReturnType<typeof useBoardText>;
