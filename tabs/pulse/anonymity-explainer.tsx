import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { commentsThreshold, edmondsonSource } from '../../shared/pulse/items.js';

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
  return (
    <details className={styles.root}>
      <summary className={styles.summary}>How anonymity works</summary>
      <ul className={styles.list}>
        <li>
          <Body1>
            Your answers are stored without your name or the time you answered. Candor keeps only a
            sealed note that you took part, so you can answer once, and that note can&apos;t be
            linked to your answers.
          </Body1>
        </li>
        <li>
          <Body1>
            Owners never see individual answers, and no live count while a pulse is open: only
            whether enough people have answered.
          </Body1>
        </li>
        <li>
          <Body1>
            Results appear only after the pulse closes, and only when at least the pulse&apos;s
            threshold of people (at least 3, usually 5) answered. Otherwise owners see only how many
            were invited.
          </Body1>
        </li>
        <li>
          <Body1>
            Comments on the open question are shown to owners only when at least {commentsThreshold}{' '}
            people answered, and are never shared with the team.
          </Body1>
        </li>
        <li>
          <Body1>There are no filters that split the team into smaller groups.</Body1>
        </li>
      </ul>
      <Body1 className={styles.source}>
        The seven statements come from{' '}
        <Link href={edmondsonSource.url} target="_blank" rel="noreferrer" inline>
          Edmondson (1999), Administrative Science Quarterly 44(2)
        </Link>
        .
      </Body1>
    </details>
  );
}
