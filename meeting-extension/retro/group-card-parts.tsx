import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useT } from '../../client/i18n.js';
import type { RetroView } from '../../shared/retro/api.js';
import { useBoardText } from './board-text.js';

export type Column = RetroView['columns'][number];

// Each column gets a shape and a colour, and always its title: colour is never the only signal.
const slots = ['s0', 's1', 's2', 's3', 's4', 's5'] as const;
// Forced colours drop backgrounds: keep the shape, drawn in the system text colour.
const forcedShape = {
  '@media (forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' },
} as const;

const useStyles = makeStyles({
  marker: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
    maxWidth: '100%',
    color: tokens.colorNeutralForeground2,
  },
  title: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  shape: {
    flexShrink: 0,
    width: '10px',
    height: '10px',
  },
  s0: {
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorPaletteBlueBorderActive,
    ...forcedShape,
  },
  s1: {
    borderRadius: '1px',
    backgroundColor: tokens.colorPaletteMarigoldBorderActive,
    ...forcedShape,
  },
  s2: {
    width: '8px',
    height: '8px',
    margin: '1px',
    transform: 'rotate(45deg)',
    backgroundColor: tokens.colorPaletteBerryBorderActive,
    ...forcedShape,
  },
  s3: {
    clipPath: 'polygon(50% 0, 100% 100%, 0 100%)',
    backgroundColor: tokens.colorPaletteGreenBorderActive,
    ...forcedShape,
  },
  s4: {
    width: '14px',
    height: '6px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorPaletteDarkOrangeBorderActive,
    ...forcedShape,
  },
  s5: {
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteLavenderBorderActive}`,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThicker} solid CanvasText` },
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

/** The card's column as a small shape, colour and title; the full title shows on hover when cut. */
export function ColumnMarker({ columns, columnId }: { columns: Column[]; columnId: string }) {
  const styles = useStyles();
  const t = useT();
  const text = useBoardText();
  const index = columns.findIndex((c) => c.id === columnId);
  const title = index >= 0 ? text.columnTitle(columns[index]!) : t('retro.column.other');
  const slot = slots[Math.max(index, 0) % slots.length]!;
  return (
    <span className={styles.marker}>
      <span aria-hidden className={mergeClasses(styles.shape, styles[slot])} />
      {/* Read out as one phrase ("Column: Start"); the visible title is cut to one line. */}
      <span className={styles.hidden}>{t('retro.group.column', { column: title })}</span>
      <Caption1 aria-hidden className={styles.title} title={title}>
        {title}
      </Caption1>
    </span>
  );
}
