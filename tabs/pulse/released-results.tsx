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
  reverseScoredNoteId,
  talkPrompts,
} from '../../client/pulse/results-format.js';
import { stackedList } from '../../client/ui/list-styles.js';
import { FavourabilityBar } from './favourability-bar.js';
import { ItemBars, ItemTable } from './item-results.js';
import { useRichT, useT } from '../../client/i18n.js';
import { useItemText } from '../../client/pulse/use-item-text.js';
import { SendToRetro } from './send-to-retro.js';

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
  const t = useT();
  const rich = useRichT();
  const noSplitTitle = <MessageBarTitle>{t('pulse.released.noSplitTitle')}</MessageBarTitle>;
  const itemText = useItemText();
  const comments = results.comments ?? [];
  const withheld = results.items.filter((item) => item.status === 'withheld').length;
  // The statements quoted in the user's language only from a validated translation (items.ts).
  const prompts = talkPrompts(results.items).map((p) => ({
    ...p,
    text: itemText.items.find((i) => i.id === p.itemId)?.text ?? p.text,
  }));
  return (
    <div className={styles.root}>
      <section className={styles.lead} aria-labelledby="team-score">
        <h3 id="team-score" className={styles.leadLabel}>
          {t('pulse.released.score')}
        </h3>
        <Text className={styles.leadValue}>
          {rich('pulse.released.of100', {
            score: formatScore100(results.score100, fmt),
            big: (chunks) => <span className={styles.score}>{chunks}</span>,
          })}
        </Text>
        <Text>
          {t('pulse.released.likely', { range: formatInterval100(results.interval, fmt) })}
        </Text>
        <Caption1 className={styles.muted}>
          {t('pulse.released.explain', {
            rate: responseRateSentence(results.n, results.invited, fmt),
          })}
        </Caption1>
      </section>

      <section className={styles.section} aria-labelledby="overall-favourability">
        <Subtitle2 as="h3" id="overall-favourability" className={styles.heading}>
          {t('pulse.released.split')}
        </Subtitle2>
        {results.favourability === null ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {noSplitTitle} {t('pulse.released.noSplit')}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <FavourabilityBar value={results.favourability} />
        )}
        <Caption1 className={styles.muted}>
          {[
            t('pulse.released.splitExplain'),
            withheld > 0 && t('pulse.released.splitWithheld', { withheld }),
          ]
            .filter(Boolean)
            .join(' ')}
        </Caption1>
      </section>

      {prompts.length > 0 && (
        <section className={styles.section} aria-labelledby="talk-next">
          <Subtitle2 as="h3" id="talk-next" className={styles.heading}>
            {t('pulse.released.talk')}
          </Subtitle2>
          <Body1>{t('pulse.released.talkIntro', { count: prompts.length })}</Body1>
          <ul className={styles.prompts}>
            {prompts.map((prompt) => (
              <li key={prompt.itemId} className={styles.prompt}>
                <Text className={styles.quote}>
                  {t('pulse.released.quote', { text: prompt.text })}
                </Text>
                {prompt.reversed && (
                  <Caption1 className={styles.muted}>{t(reverseScoredNoteId)}</Caption1>
                )}
                <Text>
                  {rich('pulse.released.opener', {
                    question: prompt.question,
                    b: (chunks) => <strong>{chunks}</strong>,
                  })}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}

      {isOwner && <SendToRetro pulseId={results.pulseId} />}

      <section className={styles.section} aria-labelledby="per-statement">
        <Subtitle2 as="h3" id="per-statement" className={styles.heading}>
          {t('pulse.released.perStatement')}
        </Subtitle2>
        <Caption1 className={styles.muted}>{t('pulse.released.perStatementExplain')}</Caption1>
        <ItemBars items={results.items} />
        <ItemTable items={results.items} />
      </section>

      {isOwner && comments.length > 0 && (
        <section className={styles.section} aria-labelledby="pulse-comments">
          <Subtitle2 as="h3" id="pulse-comments" className={styles.heading}>
            {t('pulse.released.comments')}
          </Subtitle2>
          <Caption1 className={styles.muted}>{t('pulse.released.commentsOwners')}</Caption1>
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
          {t('pulse.released.commentsWhen', { threshold: commentsThreshold })}
        </Caption1>
      )}
    </div>
  );
}
