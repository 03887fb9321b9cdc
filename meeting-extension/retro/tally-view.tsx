import { Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { useT } from '../../client/i18n.js';
import { tallyThreshold, type Tally } from '../../shared/retro/api.js';
import { useRetroStyles } from './styles.js';
import { stackedList } from '../../client/ui/list-styles.js';

const useStyles = makeStyles({
  bars: stackedList(tokens.spacingVerticalXXS),
  bar: { display: 'grid', gridTemplateColumns: '1.5em 1fr 2em', alignItems: 'center', gap: '4px' },
  track: { height: '0.75em', minWidth: 0 },
  // On the meeting stage the tally is read from across a room: larger type, bars of a readable length.
  stage: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    maxWidth: '40rem',
    gap: tokens.spacingVerticalS,
  },
  fill: {
    height: '100%',
    backgroundColor: tokens.colorBrandBackground,
    // Forced colours drop backgrounds; a border keeps the bar.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    boxSizing: 'border-box',
  },
});

type Props = { label: string; tally: Tally; size?: 'panel' | 'stage' };

/** An anonymous distribution, shown only from the threshold; below it, just how many answered. */
export function TallyView({ label, tally, size = 'panel' }: Props) {
  const styles = useStyles();
  const layout = useRetroStyles();
  const t = useT();
  const Caption = size === 'stage' ? Subtitle2 : Caption1;
  if (!tally.distribution) {
    return (
      <Caption className={layout.muted} role="status">
        {t('retro.tally.waiting', { answered: tally.answered, threshold: tallyThreshold })}
      </Caption>
    );
  }
  const max = Math.max(1, ...tally.distribution);
  return (
    <div className={layout.tight}>
      <Caption role="status">
        {t('retro.tally.summary', { answered: tally.answered, median: tally.median })}
      </Caption>
      <ul
        className={mergeClasses(styles.bars, size === 'stage' && styles.stage)}
        aria-label={label}
      >
        {[5, 4, 3, 2, 1].map((score) => {
          const count = tally.distribution?.[score - 1] ?? 0;
          return (
            <li
              key={score}
              className={styles.bar}
              aria-label={t('retro.tally.bar', { score, count })}
            >
              <span aria-hidden>{score}</span>
              <span className={styles.track} aria-hidden>
                {count > 0 && (
                  <span
                    className={styles.fill}
                    style={{ width: `${(count / max) * 100}%`, display: 'block' }}
                  />
                )}
              </span>
              <span aria-hidden>{count}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
