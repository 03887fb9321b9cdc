import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: { minWidth: 0, maxWidth: '100%' },
  // The table scrolls in its own region at 320 px, and the region takes focus so keyboard users
  // can scroll it too.
  region: {
    position: 'relative',
    overflowX: 'auto',
    maxWidth: '100%',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  table: {
    borderCollapse: 'collapse',
    minWidth: '100%',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'start',
      verticalAlign: 'top',
    },
    '& thead th': {
      fontWeight: tokens.fontWeightSemibold,
      color: tokens.colorNeutralForeground2,
    },
    '& td.num': { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
    '& .date': { whiteSpace: 'nowrap' },
    '& td.title': { minWidth: '14em', overflowWrap: 'anywhere' },
    // A long title wraps, even a single long word, but keeps a readable width; the table then
    // scrolls inside its region instead.
    '& th': { overflowWrap: 'anywhere' },
    '& tbody th:not(.date)': { minWidth: '7em' },
  },
  // The row headers stay in view while the columns scroll past them inside the region.
  sticky: {
    '& th:first-child': {
      position: 'sticky',
      left: 0,
      zIndex: 1,
      backgroundColor: tokens.colorNeutralBackground1,
      boxShadow: `inset -${tokens.strokeWidthThin} 0 0 ${tokens.colorNeutralStroke2}`,
    },
  },
  // Shown above the scrolling region, so it wraps in the panel instead of scrolling off with a
  // wide table; the table's own caption is for screen readers.
  caption: {
    paddingBottom: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

type Props = {
  caption: string;
  head: readonly string[];
  /** Keeps each row's header in view while a wide table scrolls sideways in its region. */
  stickyFirstColumn?: boolean;
  children: ReactNode;
};

/** A real `<table>` in a focusable scroll region: every chart's text alternative. */
export function DataTable({ caption, head, stickyFirstColumn = false, children }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.caption} aria-hidden="true">
        {caption}
      </div>
      <div className={styles.region} role="region" aria-label={caption} tabIndex={0}>
        <table className={mergeClasses(styles.table, stickyFirstColumn && styles.sticky)}>
          <caption className={styles.hidden}>{caption}</caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </div>
  );
}
