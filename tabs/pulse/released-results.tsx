import {
  Body1,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { PulseResults } from '../../shared/pulse/api.js';
import { commentsThreshold } from '../../shared/pulse/items.js';
import {
  formatInterval,
  formatMean,
  formatScore100,
  responseRateSentence,
} from '../../client/pulse/results-format.js';
import { FavourabilityBar } from './favourability-bar.js';
import { ItemBars, ItemTable } from './item-results.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  stats: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 9rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  stat: {
    display: 'flex',
    flexDirection: 'column-reverse',
    justifyContent: 'flex-end',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  statLabel: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  statValue: { ...typographyStyles.subtitle1, margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  comments: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    overflowWrap: 'anywhere',
  },
  note: { color: tokens.colorNeutralForeground2 },
});

type Props = { results: PulseResults; isOwner: boolean; hasQuestion: boolean };

/** Released results: team score, interval, favourability overall and per statement, comments. */
export function ReleasedResults({ results, isOwner, hasQuestion }: Props) {
  const styles = useStyles();
  const comments = results.comments ?? [];
  const withheld = results.items.filter((item) => item.status === 'withheld').length;
  return (
    <div className={styles.root}>
      <dl className={styles.stats} aria-label="Team score">
        <div className={styles.stat}>
          <dd className={styles.statValue}>{formatMean(results.mean)} of 7</dd>
          <dt className={styles.statLabel}>Team score (1–7)</dt>
        </div>
        <div className={styles.stat}>
          <dd className={styles.statValue}>{formatScore100(results.score100)} of 100</dd>
          <dt className={styles.statLabel}>Team score (0–100)</dt>
        </div>
        <div className={styles.stat}>
          <dd className={styles.statValue}>{formatInterval(results.interval)}</dd>
          <dt className={styles.statLabel}>95% interval for the team score</dt>
        </div>
        <div className={styles.stat}>
          <dd className={styles.statValue}>{responseRateSentence(results.n, results.invited)}</dd>
          <dt className={styles.statLabel}>Response rate</dt>
        </div>
      </dl>
      <Caption1 className={styles.note}>
        The interval shows how much the score could move by chance with this many answers; it
        narrows as more of the team answers.
      </Caption1>
      <section className={styles.section} aria-labelledby="overall-favourability">
        <Subtitle2 as="h3" id="overall-favourability" className={styles.heading}>
          Overall favourability
        </Subtitle2>
        {results.favourability === null ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Not enough answers to any statement</MessageBarTitle> Overall
              favourability counts only statements that enough people answered.
            </MessageBarBody>
          </MessageBar>
        ) : (
          <FavourabilityBar value={results.favourability} />
        )}
        <Caption1 className={styles.note}>
          Favourable is 5–7 (agree), neutral is 4, unfavourable is 1–3, after reverse scoring.
          {withheld > 0 &&
            ` It counts only the statements shown: ${withheld === 1 ? 'one statement is' : `${withheld} statements are`} left out, so that their answers cannot be worked out from it.`}
        </Caption1>
      </section>
      <section className={styles.section} aria-labelledby="per-statement">
        <Subtitle2 as="h3" id="per-statement" className={styles.heading}>
          Per statement
        </Subtitle2>
        <ItemBars items={results.items} />
        <ItemTable items={results.items} />
      </section>
      {isOwner && comments.length > 0 && (
        <section className={styles.section} aria-labelledby="pulse-comments">
          <Subtitle2 as="h3" id="pulse-comments" className={styles.heading}>
            Comments
          </Subtitle2>
          <Caption1 className={styles.note}>
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
        <Caption1 className={styles.note}>
          Comments show only when at least {commentsThreshold} people answer.
        </Caption1>
      )}
    </div>
  );
}
