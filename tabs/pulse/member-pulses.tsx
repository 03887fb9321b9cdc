import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { PulseSummary } from '../../shared/pulse/api.js';
import { memberSections, pastPageSize } from '../../client/pulse/pulse-list.js';
import { PulseCard } from './pulse-card.js';
import { PulseSection } from './pulse-section.js';

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
  const { open, shared } = memberSections(pulses);
  return (
    <div className={styles.root}>
      <PulseSection
        title="Open"
        pulses={open}
        empty="There is no pulse to answer right now."
        renderPulse={(pulse) => (
          <PulseCard
            pulse={pulse}
            actions={
              !pulse.answered && (
                <Button appearance="primary" onClick={() => onAnswer(pulse.id)}>
                  Answer now
                </Button>
              )
            }
          >
            {pulse.answered
              ? "You've answered — thank you."
              : 'Seven short statements, about two minutes. Your answers are anonymous.'}
          </PulseCard>
        )}
      />
      <PulseSection
        title="Shared results"
        pulses={shared}
        pageSize={pastPageSize}
        empty="No results have been shared with the team yet."
        renderPulse={(pulse) => (
          <PulseCard
            pulse={pulse}
            markShared={false}
            actions={<Button onClick={() => onResults(pulse.id)}>View results</Button>}
          />
        )}
      />
    </div>
  );
}
