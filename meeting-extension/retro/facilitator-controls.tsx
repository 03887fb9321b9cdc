import { Button, Subtitle2 } from '@fluentui/react-components';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { nextPhase, previousPhase } from '../../shared/retro/machine.js';
import { phaseLabels } from '../../shared/retro/phases.js';
import { machineState } from '../../client/retro/view-state.js';
import { CommandError } from './command-error.js';
import { ConfirmButton } from './confirm-button.js';
import { HandOver } from './hand-over.js';
import { useRetro } from './retro-context.js';
import { ShareBoard } from './share-board.js';
import { useRetroStyles } from './styles.js';

/** Next / back, reveal, stage, hand-over and end: shown only to the facilitator. */
export function FacilitatorControls({ canShare }: { canShare: boolean }) {
  const styles = useRetroStyles();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  if (!view.me.isFacilitator || view.status !== 'active') return null;
  const state = machineState(view);
  const next = nextPhase(state);
  const previous = previousPhase(state);
  const busy = command.isPending;
  return (
    <section className={styles.section} aria-labelledby="facilitate-heading">
      <Subtitle2 as="h2" id="facilitate-heading" className={styles.heading}>
        Facilitate
      </Subtitle2>
      <div className={styles.row}>
        {allowed.has('back') && previous && (
          <Button
            disabled={busy}
            onClick={() => void command.send({ type: 'back' })}
            title={`Back to ${phaseLabels[previous]}`}
          >
            Back
          </Button>
        )}
        {allowed.has('advance') && next && (
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => void command.send({ type: 'advance' })}
            title={`On to ${phaseLabels[next]}`}
          >
            Next phase
          </Button>
        )}
        {allowed.has('reveal') && (
          <Button disabled={busy} onClick={() => void command.send({ type: 'reveal' })}>
            Reveal cards
          </Button>
        )}
      </div>
      {next && (
        <span className={styles.muted}>
          Next: {phaseLabels[next]}
          {view.phase === 'gather' && !view.revealed && ' (moving on reveals the cards)'}
        </span>
      )}
      <CommandError error={command.error} />
      {canShare && <ShareBoard retroId={view.id} />}
      {allowed.has('handOver') && <HandOver />}
      {allowed.has('end') && (
        <ConfirmButton
          label="End retro"
          title="End the retro for everyone?"
          confirmLabel="End retro"
          onConfirm={() => void command.send({ type: 'end' })}
        >
          Nobody can add or change anything afterwards. The summary stays in the meeting chat tab.
        </ConfirmButton>
      )}
    </section>
  );
}
