import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useT } from '../../client/i18n.js';
import type { PulseItem } from '../../shared/pulse/items.js';
import type { AnswerSlot } from '../../client/pulse/answer-state.js';
import { AgreementScale } from './agreement-scale.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  top: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  text: { overflowWrap: 'anywhere' },
  number: { color: tokens.colorNeutralForeground3 },
  skip: { flexShrink: 0, minHeight: '44px' },
});

type Props = {
  item: PulseItem;
  /** 1-based position, shown before the statement. */
  position: number;
  value: AnswerSlot;
  onChange: (value: AnswerSlot) => void;
  /** Shows a Skip button beside the statement (the one-screen view). */
  showSkip?: boolean;
};

/** One Edmondson statement, verbatim, with its agreement scale. */
export function AnswerItem({ item, position, value, onChange, showSkip }: Props) {
  const styles = useStyles();
  const t = useT();
  const textId = useId();
  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <Text size={400} weight="semibold" className={styles.text}>
          <span className={styles.number} aria-hidden>
            {t('pulse.answer.position', { position })}
          </span>
          <span id={textId}>{item.text}</span>
        </Text>
        {showSkip && (
          <Button
            appearance="subtle"
            className={styles.skip}
            disabled={value === 'skipped'}
            aria-describedby={textId}
            onClick={() => onChange('skipped')}
          >
            {t('pulse.answer.skip')}
          </Button>
        )}
      </div>
      <AgreementScale labelledBy={textId} value={value} onChange={onChange} />
    </div>
  );
}
