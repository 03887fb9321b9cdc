import { makeStyles, tokens } from '@fluentui/react-components';
import { stackedList } from '../../client/ui/list-styles.js';

/** Layout pieces every retro phase uses; the side panel is 320 px, so nothing may force width. */
export const useRetroStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  tight: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', minWidth: 0 },
  list: stackedList(),
  surface: {
    boxSizing: 'border-box',
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    // A border, not only a background, so the shape survives forced colours.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  section: {
    boxSizing: 'border-box',
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  highlight: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThick} solid Highlight` },
  },
  full: { width: '100%', minWidth: 0 },
  /** A select whose options are long sentences: it takes the panel's width, not its longest option's. */
  narrowSelect: { minWidth: 0, maxWidth: '100%', width: '100%' },
  narrowSelectControl: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});
