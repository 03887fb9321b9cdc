import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { userMessage } from '../../client/api-error.js';
import { useHost } from '../../client/host-context.js';
import { retroStageUrl } from '../../client/retro/stage-link.js';
import { useRetroStyles } from './styles.js';

const useStyles = makeStyles({ problem: { color: tokens.colorPaletteRedForeground1 } });

export type ShareState =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'shared' } | { kind: 'blocked'; message: string };

/** Puts this retro's board on the meeting stage, after checking the user may present. */
export function useShareToStage(retroId: string) {
  const { info, stage } = useHost();
  const [state, setState] = useState<ShareState>({ kind: 'idle' });

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

  return { state, share: () => void share(), dismiss: () => setState({ kind: 'idle' }) };
}

/** What the last "Share to stage" did; empty (but still a live region) until then. */
export function ShareStatus({ state }: { state: ShareState }) {
  const styles = useStyles();
  const layout = useRetroStyles();
  return (
    <Caption1
      role="status"
      className={mergeClasses(layout.text, state.kind === 'blocked' && styles.problem)}
    >
      {state.kind === 'busy' && 'Sharing to the stage…'}
      {state.kind === 'shared' && 'The board is on the meeting stage for everyone.'}
      {state.kind === 'blocked' && state.message}
    </Caption1>
  );
}
