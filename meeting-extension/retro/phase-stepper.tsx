import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { phaseLabels, type RetroPhase } from '../../shared/retro/phases.js';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  step: {
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid transparent`,
    color: tokens.colorNeutralForeground3,
  },
  done: { color: tokens.colorNeutralForeground2 },
  current: {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
    fontWeight: tokens.fontWeightSemibold,
    '@media (forced-colors: active)': {
      color: 'HighlightText',
      backgroundColor: 'Highlight',
      forcedColorAdjust: 'none',
    },
  },
  large: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
});

/** "Phase 3 of 8" plus the phase names, the current one marked for eyes and screen readers. */
export function PhaseStepper({
  phases,
  phase,
  size = 'small',
}: {
  phases: RetroPhase[];
  phase: RetroPhase;
  size?: 'small' | 'large';
}) {
  const styles = useStyles();
  const index = phases.indexOf(phase);
  return (
    <nav aria-label={`Phase ${index + 1} of ${phases.length}: ${phaseLabels[phase]}`}>
      <ol className={styles.list}>
        {phases.map((p, i) => (
          <li key={p} aria-current={p === phase ? 'step' : undefined}>
            <Caption1
              className={mergeClasses(
                styles.step,
                i < index && styles.done,
                p === phase && styles.current,
                size === 'large' && styles.large,
              )}
            >
              {i + 1}. {phaseLabels[p]}
            </Caption1>
          </li>
        ))}
      </ol>
    </nav>
  );
}
