import { MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { CommandError } from './command-error.js';
import { ConfirmButton } from './confirm-button.js';
import { useRetro } from './retro-context.js';
import { useT } from '../../client/i18n.js';

/** When the facilitator has gone quiet, anyone may take over, after confirming. */
export function TakeOver() {
  const t = useT();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  if (!allowed.has('takeOver')) return null;
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {t('panel.takeOver.left', { name: view.facilitator.displayName })}
        </MessageBarBody>
        <MessageBarActions>
          <ConfirmButton
            label={t('panel.takeOver.button')}
            title={t('panel.takeOver.title')}
            confirmLabel={t('panel.takeOver.button')}
            onConfirm={() => void command.send({ type: 'takeOver' })}
          >
            {t('panel.takeOver.body', { name: view.facilitator.displayName })}
          </ConfirmButton>
        </MessageBarActions>
      </MessageBar>
      <CommandError error={command.error} />
    </>
  );
}
