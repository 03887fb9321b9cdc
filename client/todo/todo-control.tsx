import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { todoLinkSchema, todoLinksSchema, type TodoLink } from '../../shared/todo/api.js';
import { api } from '../api.js';
import { graphToken } from '../graph-token.js';
import { useT } from '../i18n.js';
import { openTodoGraph } from './graph-todo.js';
import { addToTodo, readTaskState, todoErrorMessage, type TodoDeps } from './todo-flow.js';
import type { TodoSlotProps } from './todo-slot.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  button: { alignSelf: 'flex-start', maxWidth: '100%' },
  text: { overflowWrap: 'anywhere', minWidth: 0 },
});

const deps: TodoDeps = {
  graphToken,
  openGraph: openTodoGraph,
  record: (actionId, body) =>
    api.send('PUT', `/api/actions/${encodeURIComponent(actionId)}/todo`, body, todoLinkSchema),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
};

const linksKey = (chatId: string) => [`chat:${chatId}`, 'todo-links'] as const;

/** The signed-in person's own To Do links in this meeting chat: nobody else's are ever sent. */
function useTodoLinks(chatId: string) {
  return useQuery({
    queryKey: linksKey(chatId),
    queryFn: ({ signal }) =>
      api.get(`/api/todo/links?chatId=${encodeURIComponent(chatId)}`, todoLinksSchema, signal),
    staleTime: 60_000,
  });
}

/** "Add to To Do" on an action item the signed-in person owns, and its state once added. */
export default function TodoControl({
  item,
  chatId,
  retroTitle,
  mode,
  onCompleted,
}: TodoSlotProps) {
  const styles = useStyles();
  const t = useT();
  const queryClient = useQueryClient();
  const links = useTodoLinks(chatId);
  const link = links.data?.links.find((l) => l.actionId === item.id) ?? null;
  const add = useMutation({
    mutationFn: () =>
      addToTodo(deps, {
        action: item,
        chatId,
        retroTitle,
        note: t('todo.task.body', { retro: retroTitle }),
      }),
    onSuccess: (added: TodoLink) => {
      queryClient.setQueryData(linksKey(chatId), (old: { links: TodoLink[] } | undefined) => ({
        links: [...(old?.links ?? []).filter((l) => l.actionId !== added.actionId), added],
      }));
      queryClient.removeQueries({ queryKey: ['todo-task', item.id] });
    },
  });
  // On review the task is read back silently: nobody clicked, so no prompt.
  const state = useQuery({
    queryKey: ['todo-task', item.id, link?.taskId ?? null],
    queryFn: () => (link ? readTaskState(deps, link) : Promise.resolve('unknown' as const)),
    enabled: mode === 'review' && link !== null,
    staleTime: 30_000,
  });
  const reported = useRef(false);
  useEffect(() => {
    if (state.data === 'completed' && item.status === 'open' && onCompleted && !reported.current) {
      reported.current = true;
      onCompleted();
    }
  }, [state.data, item.status, onCompleted]);

  if (links.isPending) return null;
  const deleted = state.data === 'deleted';
  const error = add.error ? todoErrorMessage(add.error) : null;
  return (
    <div className={styles.root}>
      {link && !deleted && (
        <Caption1 className={styles.text}>
          {t(state.data === 'completed' ? 'todo.status.completed' : 'todo.status.added')}
        </Caption1>
      )}
      {deleted && <Caption1 className={styles.text}>{t('todo.status.deleted')}</Caption1>}
      {(!link || deleted) && (
        <Button
          size="small"
          className={styles.button}
          disabledFocusable={add.isPending}
          // The visible words first (WCAG 2.5.3), then which action: every owned item has one.
          aria-label={
            add.isPending || deleted ? undefined : t('todo.button.label', { text: item.text })
          }
          onClick={() => add.mutate()}
        >
          {t(
            add.isPending
              ? 'todo.button.adding'
              : deleted
                ? 'todo.button.addAgain'
                : 'todo.button.add',
          )}
        </Button>
      )}
      {error && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody className={styles.text}>{t(error.id, error.values)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
