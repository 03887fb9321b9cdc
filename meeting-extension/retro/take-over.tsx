import { MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { CommandError } from './command-error.js';
import { ConfirmButton } from './confirm-button.js';
import { useRetro } from './retro-context.js';

/** When the facilitator has gone quiet, anyone may take over, after confirming. */
export function TakeOver() {
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  if (!allowed.has('takeOver')) return null;
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {view.facilitator.displayName} seems to have left. Someone can take over facilitation.
        </MessageBarBody>
        <MessageBarActions>
          <ConfirmButton
            label="Take over"
            title="Take over facilitation?"
            confirmLabel="Take over"
            onConfirm={() => void command.send({ type: 'takeOver' })}
          >
            You will move the retro through its phases for everyone. {view.facilitator.displayName}{' '}
            becomes a participant.
          </ConfirmButton>
        </MessageBarActions>
      </MessageBar>
      <CommandError error={command.error} />
    </>
  );
}
