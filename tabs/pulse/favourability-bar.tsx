import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Favourability } from '../../shared/pulse/api.js';
import {
  favourabilityParts,
  favourabilitySentence,
  formatShare,
} from '../../client/pulse/results-format.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  bar: {
    display: 'flex',
    gap: '2px',
    height: '16px',
    padding: '1px',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Fill, stripes and outline tell the three parts apart without colour: high-contrast themes
  // make every palette token the same, and some people can't tell green from red.
  part: {
    height: '100%',
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusSmall,
    '@media (forced-colors: active)': { forcedColorAdjust: 'none' },
  },
  favourable: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    '@media (forced-colors: active)': { backgroundColor: 'CanvasText' },
  },
  neutral: {
    backgroundImage: `repeating-linear-gradient(135deg, ${tokens.colorNeutralStrokeAccessible} 0 2px, transparent 2px 5px)`,
    '@media (forced-colors: active)': {
      backgroundImage: 'repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 5px)',
    },
  },
  unfavourable: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    boxShadow: `inset 0 0 0 2px ${tokens.colorPaletteRedBorder2}`,
    '@media (forced-colors: active)': {
      backgroundColor: 'Canvas',
      boxShadow: 'inset 0 0 0 2px CanvasText',
    },
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  key: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { width: '14px', height: '14px', flexShrink: 0 },
});

/** Favourable, neutral and unfavourable shares as one bar, with the numbers written out beside it. */
export function FavourabilityBar({
  value,
  legend = true,
}: {
  value: Favourability;
  legend?: boolean;
}) {
  const styles = useStyles();
  const parts = favourabilityParts(value);
  return (
    <div className={styles.root}>
      <div className={styles.bar} role="img" aria-label={favourabilitySentence(value)}>
        {parts
          .filter((p) => p.share > 0)
          .map((p) => (
            <div
              key={p.key}
              className={mergeClasses(styles.part, styles[p.key])}
              style={{ width: `${Math.max(0, Math.min(1, p.share)) * 100}%` }}
            />
          ))}
      </div>
      {legend && (
        <ul className={styles.legend} aria-hidden>
          {parts.map((p) => (
            <li key={p.key} className={styles.key}>
              <span className={mergeClasses(styles.part, styles.swatch, styles[p.key])} />
              {p.label} {formatShare(p.share)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
