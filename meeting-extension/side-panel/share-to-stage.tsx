import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { userMessage } from '../../client/api-error.js';
import { useHost } from '../../client/host-context.js';
import { stageUrl } from '../../client/stage-url.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXS,
  },
  message: { overflowWrap: 'anywhere' },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

type State =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'shared' } | { kind: 'blocked'; message: string };

/** Shares the meeting view to the stage, after checking this user is allowed to. */
export function ShareToStage() {
  const styles = useStyles();
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
        stageUrl(window.location.origin, { chatId: info.chatId, meetingId: info.meetingId }),
      );
      setState({ kind: 'shared' });
    } catch (error) {
      setState({ kind: 'blocked', message: userMessage(error) });
    }
  }

  return (
    <div className={styles.root}>
      <Button appearance="primary" onClick={() => void share()} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' ? 'Sharing…' : 'Share to stage'}
      </Button>
      <Caption1
        role="status"
        className={mergeClasses(styles.message, state.kind === 'blocked' && styles.problem)}
      >
        {state.kind === 'shared' && 'Candor is on the meeting stage for everyone.'}
        {state.kind === 'blocked' && state.message}
      </Caption1>
    </div>
  );
}
