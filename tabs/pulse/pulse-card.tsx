import {
  Badge,
  Caption1,
  makeStyles,
  Subtitle2,
  tokens,
  typographyStyles,
  type BadgeProps,
} from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { PulseStatus, PulseSummary } from '../../shared/pulse/api.js';
import { recurrenceLabels } from '../../client/pulse/create-form.js';
import { pulseTitle, statusLabels, timingSentence } from '../../client/pulse/pulse-list.js';

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
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { margin: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3 },
  body: { ...typographyStyles.body1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const statusColours: Record<PulseStatus, BadgeProps['color']> = {
  open: 'success',
  scheduled: 'informative',
  closed: 'subtle',
  cancelled: 'danger',
};

type Props = {
  pulse: PulseSummary;
  /** Lines under the timing, e.g. the threshold state or "You've answered". */
  children?: ReactNode;
  actions?: ReactNode;
};

/** One pulse in a list: an article named by its title, with status, timing and actions. */
export function PulseCard({ pulse, children, actions }: Props) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <article className={styles.root} aria-labelledby={titleId}>
      <div className={styles.top}>
        <Subtitle2 as="h3" id={titleId} className={styles.title}>
          {pulseTitle(pulse)}
        </Subtitle2>
        <Badge appearance="tint" color={statusColours[pulse.status]}>
          {statusLabels[pulse.status]}
        </Badge>
      </div>
      <Caption1 className={styles.meta}>
        {timingSentence(pulse)} · {recurrenceLabels[pulse.recurrence]}
      </Caption1>
      {children && <div className={styles.body}>{children}</div>}
      {actions && <div className={styles.actions}>{actions}</div>}
    </article>
  );
}
