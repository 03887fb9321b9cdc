import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Favourability } from '../../shared/pulse/api.js';
import { useFormat } from '../../client/format.js';
import { favourabilityFill } from '../../client/pulse/favourability-palette.js';
import { favourabilityParts, favourabilitySentence } from '../../client/pulse/results-format.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  bar: {
    display: 'flex',
    gap: '2px',
    height: '16px',
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    '@media (forced-colors: active)': { border: '1px solid CanvasText' },
  },
  part: { height: '100%', boxSizing: 'border-box', minWidth: '2px' },
  ...favourabilityFill,
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
  swatch: {
    width: '14px',
    height: '14px',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusSmall,
  },
});

/**
 * Favourable, neutral and unfavourable shares as one bar of filled, patterned parts, with the
 * numbers written out under it: the text is the legend, so nothing rests on colour alone.
 */
export function FavourabilityBar({ value }: { value: Favourability }) {
  const styles = useStyles();
  const fmt = useFormat();
  const parts = favourabilityParts(value);
  return (
    <div className={styles.root}>
      <div className={styles.bar} role="img" aria-label={favourabilitySentence(value, fmt)}>
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
      <ul className={styles.legend} aria-hidden>
        {parts.map((p) => (
          <li key={p.key} className={styles.key}>
            <span className={mergeClasses(styles.swatch, styles[p.key])} />
            {p.label} {fmt.percent(p.share)}
          </li>
        ))}
      </ul>
    </div>
  );
}
