import {
  Caption1,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Title3,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../i18n.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    paddingBlockEnd: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  // The side panel: Teams already names the app above it, so one short line is enough.
  compact: { paddingBlockEnd: tokens.spacingVerticalXS },
  inline: {
    flexDirection: 'row',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
});

/** The page's banner: "Candor", where we are, and a slot for the live status. */
export function PageHeader({
  subtitle,
  status,
  density = 'regular',
}: {
  subtitle?: string;
  status?: ReactNode;
  density?: 'regular' | 'compact';
}) {
  const styles = useStyles();
  const t = useT();
  const compact = density === 'compact';
  const Title = compact ? Subtitle2 : Title3;
  return (
    <header className={mergeClasses(styles.root, compact && styles.compact)}>
      <div className={mergeClasses(styles.titles, compact && styles.inline)}>
        <Title as="h1" className={styles.title}>
          {t('common.appName')}
        </Title>
        {subtitle && <Caption1 className={styles.subtitle}>{subtitle}</Caption1>}
      </div>
      {status}
    </header>
  );
}
