import {
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { PulseResults } from '../../shared/pulse/api.js';
import { commentsThreshold } from '../../shared/pulse/items.js';
import { useFormat } from '../../client/format.js';
import {
  formatInterval100,
  formatScore100,
  responseRateSentence,
  reverseScoredNote,
  talkPrompts,
} from '../../client/pulse/results-format.js';
import { stackedList } from '../../client/ui/list-styles.js';
import { FavourabilityBar } from './favourability-bar.js';
import { ItemBars, ItemTable } from './item-results.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  lead: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  leadLabel: { ...typographyStyles.body1Strong, margin: 0 },
  leadValue: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '0.25em' },
  score: { ...typographyStyles.title2 },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  prompts: stackedList(tokens.spacingVerticalM),
  prompt: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    overflowWrap: 'anywhere',
  },
  quote: { fontStyle: 'italic' },
  comments: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    overflowWrap: 'anywhere',
  },
});

type Props = { results: PulseResults; isOwner: boolean; hasQuestion: boolean };

/**
 * Released results for a manager: one team score (0–100) with its interval first, then how the
 * answers split, what to talk about next, each statement (higher is always better) and comments.
 */
export function ReleasedResults({ results, isOwner, hasQuestion }: Props) {
  const styles = useStyles();
  const fmt = useFormat();
  const comments = results.comments ?? [];
  const withheld = results.items.filter((item) => item.status === 'withheld').length;
  const prompts = talkPrompts(results.items);
  return (
    <div className={styles.root}>
      <section className={styles.lead} aria-labelledby="team-score">
        <h3 id="team-score" className={styles.leadLabel}>
          Team score
        </h3>
        <Text className={styles.leadValue}>
          <span className={styles.score}>{formatScore100(results.score100, fmt)}</span> of 100
        </Text>
        <Text>Likely {formatInterval100(results.interval, fmt)}</Text>
        <Caption1 className={styles.muted}>
          {responseRateSentence(results.n, results.invited, fmt)}. 100 would mean everyone gave the
          most favourable answer to every statement. The range shows how far the score could move by
          chance with this many answers (a 95% interval); it narrows as more of the team answers.
        </Caption1>
      </section>

      <section className={styles.section} aria-labelledby="overall-favourability">
        <Subtitle2 as="h3" id="overall-favourability" className={styles.heading}>
          How the answers split
        </Subtitle2>
        {results.favourability === null ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Not enough answers to any statement</MessageBarTitle> The split
              counts only statements that enough people answered.
            </MessageBarBody>
          </MessageBar>
        ) : (
          <FavourabilityBar value={results.favourability} />
        )}
        <Caption1 className={styles.muted}>
          Favourable is agreeing with the positive reading of a statement, neutral is neither
          agreeing nor disagreeing, unfavourable is disagreeing.
          {withheld > 0 &&
            ` It counts only the statements shown: ${withheld === 1 ? 'one statement is' : `${withheld} statements are`} left out, so that their answers cannot be worked out from it.`}
        </Caption1>
      </section>

      {prompts.length > 0 && (
        <section className={styles.section} aria-labelledby="talk-next">
          <Subtitle2 as="h3" id="talk-next" className={styles.heading}>
            What to talk about next
          </Subtitle2>
          <Body1>
            The team scored lowest on {prompts.length === 1 ? 'this statement' : 'these statements'}
            . They are a place to start a conversation together, not a verdict on anyone, and nobody
            needs to say how they answered.
          </Body1>
          <ul className={styles.prompts}>
            {prompts.map((prompt) => (
              <li key={prompt.itemId} className={styles.prompt}>
                <Text className={styles.quote}>“{prompt.text}”</Text>
                {prompt.reversed && (
                  <Caption1 className={styles.muted}>{reverseScoredNote}</Caption1>
                )}
                <Text>
                  A question to open with: <strong>{prompt.question}</strong>
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className={styles.section} aria-labelledby="per-statement">
        <Subtitle2 as="h3" id="per-statement" className={styles.heading}>
          Per statement
        </Subtitle2>
        <Caption1 className={styles.muted}>
          Each statement’s score is on the same 0–100 scale, higher is better. Reverse-scored
          statements are worded negatively, so disagreeing with them scores high.
        </Caption1>
        <ItemBars items={results.items} />
        <ItemTable items={results.items} />
      </section>

      {isOwner && comments.length > 0 && (
        <section className={styles.section} aria-labelledby="pulse-comments">
          <Subtitle2 as="h3" id="pulse-comments" className={styles.heading}>
            Comments
          </Subtitle2>
          <Caption1 className={styles.muted}>
            Only owners see comments; they are never shared.
          </Caption1>
          <ul className={styles.comments}>
            {comments.map((comment, i) => (
              <li key={i}>
                <Body1>{comment}</Body1>
              </li>
            ))}
          </ul>
        </section>
      )}
      {isOwner && hasQuestion && results.comments === null && (
        <Caption1 className={styles.muted}>
          Comments show only when at least {commentsThreshold} people answer.
        </Caption1>
      )}
    </div>
  );
}
