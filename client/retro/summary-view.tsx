import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RetroSummary } from '../../shared/retro/api.js';
import { useFormat } from '../format.js';
import { copyText, downloadText, summaryFileName } from './summary-file.js';
import { votesLabel } from '../../shared/retro/due.js';

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

function shown(label: string, tally: RetroSummary['safety']): string {
  return tally.median === null
    ? `${label}: ${tally.answered} answered (too few to show)`
    : `${label}: median ${tally.median} from ${tally.answered} answers`;
}

/** A retro's summary: top topics, actions with owners, participation; copy or download as Markdown. */
export function SummaryView({ summary, level = 3 }: { summary: RetroSummary; level?: 2 | 3 }) {
  const styles = useStyles();
  const fmt = useFormat();
  const [copied, setCopied] = useState<string>('');
  const h = level === 2 ? 'h2' : 'h3';
  const sub = level === 2 ? 'h3' : 'h4';
  const p = summary.participation;

  async function copy() {
    try {
      await copyText(summary.markdown);
      setCopied('Summary copied as Markdown.');
    } catch (error) {
      setCopied(error instanceof Error ? error.message : 'Copying did not work here.');
    }
  }

  return (
    <article className={styles.root} aria-label={`Summary of ${summary.title}`}>
      <Subtitle2 as={h} className={styles.heading}>
        Summary: {summary.title}
      </Subtitle2>
      <Caption1>{fmt.day(summary.date)}</Caption1>
      <Body1 as={sub} className={styles.heading}>
        <strong>Top topics</strong>
      </Body1>
      {summary.topTopics.length === 0 ? (
        <Caption1>No topics.</Caption1>
      ) : (
        <ol className={styles.list}>
          {summary.topTopics.map((topic, i) => (
            <li key={i} className={styles.text}>
              {topic.title || topic.cards[0] || 'Untitled'} ({votesLabel(topic.votes)})
              {topic.notes.length > 0 && (
                <ul className={styles.notes} aria-label={`Notes on ${topic.title || 'this topic'}`}>
                  {topic.notes.map((note, n) => (
                    <li key={n}>
                      <Caption1 className={styles.text}>Note: {note}</Caption1>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <Body1 as={sub} className={styles.heading}>
        <strong>Action items</strong>
      </Body1>
      {summary.actions.length === 0 ? (
        <Caption1>No action items.</Caption1>
      ) : (
        <ul className={styles.list}>
          {summary.actions.map((action) => (
            <li key={action.id} className={styles.text}>
              {action.text}: <strong>{action.owner.displayName}</strong>, due{' '}
              {fmt.day(action.dueDate)}
            </li>
          ))}
        </ul>
      )}
      <Body1 as={sub} className={styles.heading}>
        <strong>Participation</strong>
      </Body1>
      <Caption1 className={styles.text}>
        {p.participants} participants · {p.cards} cards · {p.votes} votes ·{' '}
        {shown('Safety', summary.safety)} · {shown('ROTI', summary.roti)}
      </Caption1>
      <div className={styles.row}>
        <Button onClick={() => void copy()}>Copy as Markdown</Button>
        <Button
          onClick={() =>
            downloadText(summaryFileName(summary.title, summary.date), summary.markdown)
          }
        >
          Download summary
        </Button>
      </div>
      <Caption1 role="status">{copied}</Caption1>
    </article>
  );
}
