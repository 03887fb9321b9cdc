import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { PulseSummary } from '../../shared/pulse/api.js';
import { memberSections } from '../../client/pulse/pulse-list.js';
import { PulseCard } from './pulse-card.js';
import { stackedList } from '../../client/ui/list-styles.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: stackedList(tokens.spacingVerticalM),
});

type Props = {
  pulses: PulseSummary[];
  onAnswer: (pulseId: string) => void;
  onResults: (pulseId: string) => void;
};

/** What a member can do: answer open pulses, and read results the owners shared. */
export function MemberPulses({ pulses, onAnswer, onResults }: Props) {
  const styles = useStyles();
  const { open, shared } = memberSections(pulses);
  return (
    <>
      <section className={styles.section} aria-labelledby="open-pulses">
        <Subtitle2 as="h3" id="open-pulses" className={styles.heading}>
          Open pulses
        </Subtitle2>
        {open.length === 0 ? (
          <Body1>There is no pulse to answer right now.</Body1>
        ) : (
          <ul className={styles.list}>
            {open.map((pulse) => (
              <li key={pulse.id}>
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
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="shared-results">
        <Subtitle2 as="h3" id="shared-results" className={styles.heading}>
          Shared results
        </Subtitle2>
        {shared.length === 0 ? (
          <Body1>No results have been shared with the team yet.</Body1>
        ) : (
          <ul className={styles.list}>
            {shared.map((pulse) => (
              <li key={pulse.id}>
                <PulseCard
                  pulse={pulse}
                  actions={<Button onClick={() => onResults(pulse.id)}>View results</Button>}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
