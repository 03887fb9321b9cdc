import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RetroSummary } from '../../shared/retro/api.js';
import { useFormat } from '../format.js';
import { copyText, downloadText, summaryFileName } from './summary-file.js';
import { useRichT, useT, type Translate } from '../i18n.js';
import { TodoSlot } from '../todo/todo-slot.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  text: { overflowWrap: 'anywhere', minWidth: 0 },
  notes: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    listStyleType: 'none',
    color: tokens.colorNeutralForeground2,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function shown(t: Translate, label: string, tally: RetroSummary['safety']): string {
  return tally.median === null
    ? t('panel.summary.tooFew', { label, count: tally.answered })
    : t('panel.summary.median', { label, median: tally.median, count: tally.answered });
}

/** A retro's summary: top topics, actions with owners, participation; copy or download as Markdown. */
/** Where the summary shows and to whom: the owner's own actions get "Add to To Do". */
export type SummaryTodo = { chatId: string; userId: string };

export function SummaryView({
  summary,
  level = 3,
  todo,
}: {
  summary: RetroSummary;
  level?: 2 | 3;
  todo?: SummaryTodo;
}) {
  const styles = useStyles();
  const fmt = useFormat();
  const t = useT();
  const rich = useRichT();
  const [copied, setCopied] = useState<string>('');
  const h = level === 2 ? 'h2' : 'h3';
  const sub = level === 2 ? 'h3' : 'h4';
  const p = summary.participation;

  async function copy() {
    try {
      await copyText(summary.markdown);
      setCopied(t('panel.summary.copied'));
    } catch (error) {
      setCopied(error instanceof Error ? error.message : t('panel.summary.copyFailed'));
    }
  }

  return (
    <article className={styles.root} aria-label={t('panel.summary.of', { title: summary.title })}>
      <Subtitle2 as={h} className={styles.heading}>
        {t('panel.summary.title', { title: summary.title })}
      </Subtitle2>
      <Caption1>{fmt.day(summary.date)}</Caption1>
      <Body1 as={sub} className={styles.heading}>
        <strong>{t('panel.summary.topTopics')}</strong>
      </Body1>
      {summary.topTopics.length === 0 ? (
        <Caption1>{t('panel.summary.noTopics')}</Caption1>
      ) : (
        <ol className={styles.list}>
          {summary.topTopics.map((topic, i) => (
            <li key={i} className={styles.text}>
              {t('panel.summary.topic', {
                topic: topic.title || topic.cards[0] || t('panel.summary.untitled'),
                count: topic.votes,
              })}
              {topic.notes.length > 0 && (
                <ul
                  className={styles.notes}
                  aria-label={
                    topic.title
                      ? t('panel.summary.notesOn', { topic: topic.title })
                      : t('panel.summary.notesOnThis')
                  }
                >
                  {topic.notes.map((note, n) => (
                    <li key={n}>
                      <Caption1 className={styles.text}>
                        {t('panel.summary.note', { note })}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <Body1 as={sub} className={styles.heading}>
        <strong>{t('panel.actions.title')}</strong>
      </Body1>
      {summary.actions.length === 0 ? (
        <Caption1>{t('panel.summary.noActions')}</Caption1>
      ) : (
        <ul className={styles.list}>
          {summary.actions.map((action) => (
            <li key={action.id} className={styles.text}>
              {rich('panel.summary.action', {
                text: action.text,
                name: action.owner.displayName,
                due: fmt.day(action.dueDate),
                b: (chunks) => <strong>{chunks}</strong>,
              })}
              {todo && action.owner.userId === todo.userId && (
                <TodoSlot
                  item={action}
                  chatId={todo.chatId}
                  retroTitle={summary.title}
                  mode="add"
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <Body1 as={sub} className={styles.heading}>
        <strong>{t('panel.summary.participation')}</strong>
      </Body1>
      <Caption1 className={styles.text}>
        {t('panel.summary.counts', {
          participants: p.participants,
          cards: p.cards,
          votes: p.votes,
          safety: shown(t, t('panel.summary.safety'), summary.safety),
          roti: shown(t, t('panel.summary.roti'), summary.roti),
        })}
      </Caption1>
      <div className={styles.row}>
        <Button onClick={() => void copy()}>{t('panel.summary.copy')}</Button>
        <Button
          onClick={() =>
            downloadText(summaryFileName(summary.title, summary.date), summary.markdown)
          }
        >
          {t('panel.summary.download')}
        </Button>
      </div>
      <Caption1 role="status">{copied}</Caption1>
    </article>
  );
}
