import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { PageHeader } from './page-header.js';

const useStyles = makeStyles({
  root: {
    margin: '0 auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    boxSizing: 'border-box',
    minWidth: 0,
  },
  // The meeting side panel is about 320 px wide: tight padding, nothing wider than the panel.
  narrow: {
    padding: tokens.spacingHorizontalM,
    paddingBlockStart: tokens.spacingVerticalS,
    maxWidth: '100%',
    gap: tokens.spacingVerticalS,
  },
  wide: { padding: tokens.spacingHorizontalXL, maxWidth: '60rem' },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

type Props = {
  layout: 'narrow' | 'wide';
  subtitle?: string;
  status?: ReactNode;
  children: ReactNode;
};

/** Banner plus main landmark, sized for the side panel (`narrow`) or a tab (`wide`). */
export function PageLayout({ layout, subtitle, status, children }: Props) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.root, styles[layout])}>
      <PageHeader
        subtitle={subtitle}
        status={status}
        density={layout === 'narrow' ? 'compact' : 'regular'}
      />
      <main className={styles.main}>{children}</main>
    </div>
  );
}
