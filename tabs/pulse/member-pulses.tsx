import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { PulseSummary } from '../../shared/pulse/api.js';
import { memberSections, pastPageSize } from '../../client/pulse/pulse-list.js';
import { PulseCard } from './pulse-card.js';
import { PulseSection } from './pulse-section.js';
import { useT } from '../../client/i18n.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
});

type Props = {
  pulses: PulseSummary[];
  onAnswer: (pulseId: string) => void;
  onResults: (pulseId: string) => void;
};

/** What a member can do: answer open pulses, and read results the owners shared, newest first. */
export function MemberPulses({ pulses, onAnswer, onResults }: Props) {
  const styles = useStyles();
  const t = useT();
  const { open, shared } = memberSections(pulses);
  return (
    <div className={styles.root}>
      <PulseSection
        title={t('pulse.member.open')}
        pulses={open}
        empty={t('pulse.member.noneOpen')}
        renderPulse={(pulse) => (
          <PulseCard
            pulse={pulse}
            actions={
              !pulse.answered && (
                <Button appearance="primary" onClick={() => onAnswer(pulse.id)}>
                  {t('pulse.member.answerNow')}
                </Button>
              )
            }
          >
            {t(pulse.answered ? 'pulse.member.answered' : 'pulse.member.invite')}
          </PulseCard>
        )}
      />
      <PulseSection
        title={t('pulse.member.shared')}
        pulses={shared}
        pageSize={pastPageSize}
        empty={t('pulse.member.noneShared')}
        renderPulse={(pulse) => (
          <PulseCard
            pulse={pulse}
            markShared={false}
            actions={
              <Button onClick={() => onResults(pulse.id)}>{t('pulse.member.viewResults')}</Button>
            }
          />
        )}
      />
    </div>
  );
}
