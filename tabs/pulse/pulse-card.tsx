import {
  Badge,
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { PulseSummary } from '../../shared/pulse/api.js';
import { useFormat } from '../../client/format.js';
import { recurrenceMessages } from '../../client/pulse/create-form.js';
import { useRichT, useT } from '../../client/i18n.js';
import { outcomeLine, pulseTitle, timingSentence } from '../../client/pulse/pulse-list.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  // Past pulses are many and alike: a tighter card, so ten fit where three did.
  compact: { gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  title: { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  body: { ...typographyStyles.body1, overflowWrap: 'anywhere' },
  score: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  scoreValue: { ...typographyStyles.subtitle1 },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Props = {
  pulse: PulseSummary;
  /** Lines under the timing, e.g. whether results will show or "You've answered". */
  children?: ReactNode;
  actions?: ReactNode;
  /** Mark a shared pulse as such; off where every pulse listed is shared (members' view). */
  markShared?: boolean;
};

/**
 * One pulse in a list: an article named by its title, with its timing, its outcome when past (the
 * team score and interval, or why there is none) and its actions. The section says the status;
 * the badge marks only what the section doesn't (shared, cancelled).
 */
export function PulseCard({ pulse, children, actions, markShared = true }: Props) {
  const styles = useStyles();
  const fmt = useFormat();
  const titleId = useId();
  const t = useT();
  const richT = useRichT();
  const outcome = outcomeLine(pulse, fmt);
  const past = pulse.status === 'closed' || pulse.status === 'cancelled';
  return (
    <article
      className={mergeClasses(styles.root, past && styles.compact)}
      aria-labelledby={titleId}
    >
      <div className={styles.top}>
        <Subtitle2 as="h4" id={titleId} className={styles.title}>
          {pulseTitle(pulse)}
        </Subtitle2>
        {pulse.status === 'cancelled' && (
          <Badge appearance="tint" color="subtle">
            {t('pulse.card.cancelled')}
          </Badge>
        )}
        {pulse.status === 'closed' && pulse.shared && markShared && (
          <Badge appearance="tint" color="informative">
            {t('pulse.card.shared')}
          </Badge>
        )}
      </div>
      <Caption1 className={styles.meta}>
        {t('pulse.card.timing', {
          timing: timingSentence(pulse, fmt),
          recurrence: t(recurrenceMessages[pulse.recurrence]),
        })}
      </Caption1>
      {outcome?.kind === 'score' && (
        <div className={styles.score}>
          <Text>
            {richT('pulse.card.teamScore', {
              score: outcome.score,
              num: (chunks: ReactNode[]) => <span className={styles.scoreValue}>{chunks}</span>,
            })}
          </Text>
          <Caption1 className={styles.muted}>
            {t('pulse.card.likely', { interval: outcome.interval })}
          </Caption1>
        </div>
      )}
      {outcome && outcome.kind !== 'score' && <Text className={styles.muted}>{outcome.text}</Text>}
      {children && <div className={styles.body}>{children}</div>}
      {actions && <div className={styles.actions}>{actions}</div>}
    </article>
  );
}
