import { Caption1, Subtitle2, ToggleButton } from '@fluentui/react-components';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { CommandError } from './command-error.js';
import { PhaseStepper } from './phase-stepper.js';
import { useRetro } from './retro-context.js';
import { RetroTimer } from './retro-timer.js';
import { useRetroStyles } from './styles.js';

/** Where the retro is, who runs it, who is ready, and the timer. */
export function RetroHeader() {
  const styles = useRetroStyles();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  return (
    <section className={styles.tight} aria-labelledby="retro-title">
      <Subtitle2 as="h2" id="retro-title" className={`${styles.heading} ${styles.text}`}>
        {view.title}
      </Subtitle2>
      <PhaseStepper phases={view.phases} phase={view.phase} />
      <Caption1 className={styles.text}>
        Facilitator: <strong>{view.facilitator.displayName}</strong>
        {view.me.isFacilitator && ' (you)'}
        {view.facilitatorAway && ' · away'}
      </Caption1>
      <div className={styles.row}>
        <Caption1 role="status" aria-live="polite">
          {view.ready.ready} of {view.ready.total} ready
        </Caption1>
        {allowed.has('setReady') && (
          <ToggleButton
            size="small"
            checked={view.me.ready}
            onClick={() => void command.send({ type: 'setReady', ready: !view.me.ready })}
          >
            I&apos;m ready
          </ToggleButton>
        )}
      </div>
      <RetroTimer />
      <CommandError error={command.error} />
    </section>
  );
}
