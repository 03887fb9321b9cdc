import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import type { RetroPhase } from '../../shared/retro/phases.js';
import { useRichT, useT } from '../../client/i18n.js';
import { usePhaseName } from './phase-names.js';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  column: { flexDirection: 'column', flexWrap: 'nowrap', gap: tokens.spacingVerticalXXS },
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
  trigger: {
    minWidth: 0,
    maxWidth: '100%',
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
    justifyContent: 'flex-start',
  },
  triggerText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

/** "Phase 3 of 8" plus the phase names, the current one marked for eyes and screen readers. */
export function PhaseStepper({
  phases,
  phase,
  size = 'small',
  direction = 'row',
}: {
  phases: RetroPhase[];
  phase: RetroPhase;
  size?: 'small' | 'large';
  direction?: 'row' | 'column';
}) {
  const styles = useStyles();
  const t = useT();
  const phaseName = usePhaseName();
  const index = phases.indexOf(phase);
  return (
    <nav
      aria-label={t('panel.stepper.label', {
        number: index + 1,
        count: phases.length,
        phase: phaseName(phase),
      })}
    >
      <ol className={mergeClasses(styles.list, direction === 'column' && styles.column)}>
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
              {t('panel.stepper.step', { number: i + 1, phase: phaseName(p) })}
            </Caption1>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The side panel's one-line stepper: "Phase 3 of 8 · Gather", opening the whole list in a popover.
 * The wrapped list took three lines at 320 px.
 */
export function PhaseProgress({ phases, phase }: { phases: RetroPhase[]; phase: RetroPhase }) {
  const styles = useStyles();
  const t = useT();
  const rich = useRichT();
  const phaseName = usePhaseName();
  const index = phases.indexOf(phase);
  return (
    <Popover positioning="below-start" withArrow>
      <PopoverTrigger disableButtonEnhancement>
        <Button
          size="small"
          appearance="subtle"
          className={styles.trigger}
          title={t('panel.stepper.showAll')}
        >
          <span className={styles.triggerText}>
            {rich('panel.stepper.progress', {
              number: index + 1,
              count: phases.length,
              phase: phaseName(phase),
              b: (chunks) => <strong>{chunks}</strong>,
            })}
          </span>
        </Button>
      </PopoverTrigger>
      <PopoverSurface aria-label={t('panel.stepper.list')}>
        <PhaseStepper phases={phases} phase={phase} direction="column" />
      </PopoverSurface>
    </Popover>
  );
}

/** A thin bar under the top bar: how far through its phases the retro is (the text says it too). */
export function PhaseProgressBar({ phases, phase }: { phases: RetroPhase[]; phase: RetroPhase }) {
  const index = phases.indexOf(phase);
  return (
    <ProgressBar
      aria-hidden
      thickness="medium"
      shape="square"
      value={(index + 1) / Math.max(1, phases.length)}
    />
  );
}
