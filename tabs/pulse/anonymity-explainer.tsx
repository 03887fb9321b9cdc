import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { commentsThreshold, edmondsonSource } from '../../shared/pulse/items.js';
import { useRichT, useT } from '../../client/i18n.js';

const useStyles = makeStyles({
  root: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  summary: {
    cursor: 'pointer',
    paddingBlock: tokens.spacingVerticalS,
    fontWeight: tokens.fontWeightSemibold,
    minHeight: '32px',
    display: 'list-item',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  source: { display: 'block', paddingBlock: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
});

/** A short disclosure, in plain words, of what is anonymous and what owners can see. */
export function AnonymityExplainer() {
  const styles = useStyles();
  const t = useT();
  const richT = useRichT();
  return (
    <details className={styles.root}>
      <summary className={styles.summary}>{t('pulse.anonymity.summary')}</summary>
      <ul className={styles.list}>
        <li>
          <Body1>{t('pulse.anonymity.stored')}</Body1>
        </li>
        <li>
          <Body1>{t('pulse.anonymity.owners')}</Body1>
        </li>
        <li>
          <Body1>{t('pulse.anonymity.threshold')}</Body1>
        </li>
        <li>
          <Body1>{t('pulse.anonymity.comments', { count: commentsThreshold })}</Body1>
        </li>
        <li>
          <Body1>{t('pulse.anonymity.noFilters')}</Body1>
        </li>
      </ul>
      <Body1 className={styles.source}>
        {richT('pulse.anonymity.source', {
          link: (chunks: ReactNode[]) => (
            <Link href={edmondsonSource.url} target="_blank" rel="noreferrer" inline>
              {chunks}
            </Link>
          ),
        })}
      </Body1>
    </details>
  );
}
