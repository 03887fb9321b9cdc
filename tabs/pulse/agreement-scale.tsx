import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useT } from '../../client/i18n.js';
import { useItemText } from '../../client/pulse/use-item-text.js';
import { agreementValues, type AnswerSlot } from '../../client/pulse/answer-state.js';

const useStyles = makeStyles({
  group: {
    display: 'grid',
    gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalXXS,
    // A phone has no room for seven 44 px targets in a row: four, then three (WCAG 2.5.5).
    '@media (pointer: coarse) and (max-width: 419px)': {
      gridTemplateColumns: 'repeat(4, minmax(44px, 1fr))',
    },
  },
  segment: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    minHeight: '48px',
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-within': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    // Forced colours drop backgrounds; system highlight colours keep the choice visible.
    '@media (forced-colors: active)': {
      forcedColorAdjust: 'none',
      backgroundColor: 'Highlight',
      color: 'HighlightText',
      border: `${tokens.strokeWidthThick} solid HighlightText`,
    },
  },
  // The real radio covers its segment: the whole segment is the touch target, and keyboard and
  // screen readers get a native radio group.
  input: {
    position: 'absolute',
    inset: 0,
    width: '100%',
    height: '100%',
    margin: 0,
    opacity: 0,
    cursor: 'pointer',
  },
  ends: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
  },
  choice: { minHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
});

type Props = {
  /** The id of the element holding the item text: it names the radio group. */
  labelledBy: string;
  value: AnswerSlot;
  onChange: (value: AnswerSlot) => void;
};

/** The 1–7 agreement scale as large segmented buttons, with the chosen label spelled out. */
export function AgreementScale({ labelledBy, value, onChange }: Props) {
  const styles = useStyles();
  const name = useId();
  const choiceId = useId();
  const t = useT();
  // The labels are part of the instrument: translated only with a validated translation.
  const agreementScale = useItemText().scaleLabels;
  return (
    <div>
      <div
        role="radiogroup"
        aria-labelledby={labelledBy}
        aria-describedby={choiceId}
        className={styles.group}
      >
        {agreementValues.map((v) => (
          <label key={v} className={mergeClasses(styles.segment, value === v && styles.selected)}>
            <input
              type="radio"
              name={name}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
              aria-label={t('pulse.scale.option', { label: agreementScale[v], value: v })}
              className={styles.input}
            />
            <span aria-hidden>{v}</span>
          </label>
        ))}
      </div>
      <div className={styles.ends} aria-hidden>
        <Caption1>{t('pulse.scale.low', { label: agreementScale[1] })}</Caption1>
        <Caption1>{t('pulse.scale.high', { label: agreementScale[7] })}</Caption1>
      </div>
      <Caption1 id={choiceId} className={styles.choice}>
        {typeof value === 'number'
          ? t('pulse.scale.choice', { label: agreementScale[value] })
          : value === 'skipped'
            ? t('pulse.scale.skipped')
            : t('pulse.scale.notAnswered')}
      </Caption1>
    </div>
  );
}
