import { makeStyles, tokens } from '@fluentui/react-components';
import { stackedList } from '../../client/ui/list-styles.js';

/**
 * Big type for the meeting stage, read from across a room. The stage is one screen (1920×1080,
 * 1280×720): the page never scrolls; the board region below the header may, if it must.
 */
export const useStageStyles = makeStyles({
  // Fills what the stage view leaves it; only its `region` child scrolls.
  board: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    minHeight: 0,
    flexGrow: 1,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    flexShrink: 0,
    minWidth: 0,
  },
  region: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    overflowX: 'hidden',
    // Room for the focus ring and the focused topic's thick border.
    padding: tokens.spacingHorizontalXXS,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  // Columns as many as fit at ~22rem: five at 1920 px, three at 1280 px.
  grid: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(22rem, 100%), 1fr))',
    alignItems: 'start',
    gap: tokens.spacingHorizontalL,
  },
  panel: {
    boxSizing: 'border-box',
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  focus: {
    border: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThicker} solid Highlight` },
  },
  heading: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  // A topic's title leads: the largest text in its panel.
  topic: {
    margin: 0,
    minWidth: 0,
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Votes are secondary: smaller, muted, after the title.
  votes: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  big: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  huge: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800 },
  text: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
    minWidth: 0,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  list: stackedList(tokens.spacingVerticalXS),
  card: {
    boxSizing: 'border-box',
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'flex',
    flexDirection: 'column',
  },
  // Cards are many and secondary to their topic: body-large type, two lines at most (the side
  // panels hold the whole text), so ten topics of three cards fit one 1080p screen.
  cardText: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
    minWidth: 0,
  },
  clamp: {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: '2',
    overflow: 'hidden',
  },
  author: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
});
