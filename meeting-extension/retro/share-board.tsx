import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { userMessage } from '../../client/api-error.js';
import { useHost } from '../../client/host-context.js';
import { retroStageUrl } from '../../client/retro/stage-link.js';
import { useRetroStyles } from './styles.js';

const useStyles = makeStyles({ problem: { color: tokens.colorPaletteRedForeground1 } });

type State =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'shared' } | { kind: 'blocked'; message: string };

/** Puts this retro's board on the meeting stage, after checking the user may present. */
export function ShareBoard({ retroId }: { retroId: string }) {
  const styles = useStyles();
  const layout = useRetroStyles();
  const { info, stage } = useHost();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function share() {
    setState({ kind: 'busy' });
    try {
      if (!(await stage.canShare())) {
        setState({
          kind: 'blocked',
          message:
            'Only presenters can share to the stage. Ask the organiser to make you a presenter, then try again.',
        });
        return;
      }
      await stage.share(
        retroStageUrl(window.location.origin, {
          chatId: info.chatId,
          meetingId: info.meetingId,
          retroId,
        }),
      );
      setState({ kind: 'shared' });
    } catch (error) {
      setState({ kind: 'blocked', message: userMessage(error) });
    }
  }

  return (
    <div className={layout.tight}>
      <Button onClick={() => void share()} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' ? 'Sharing…' : 'Share to stage'}
      </Button>
      <Caption1
        role="status"
        className={mergeClasses(layout.text, state.kind === 'blocked' && styles.problem)}
      >
        {state.kind === 'shared' && 'The board is on the meeting stage for everyone.'}
        {state.kind === 'blocked' && state.message}
      </Caption1>
    </div>
  );
}
