import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { userMessage } from '../../client/api-error.js';
import { useHost } from '../../client/host-context.js';
import { useT } from '../../client/i18n.js';
import { retroStageUrl } from '../../client/retro/stage-link.js';
import { useRetroStyles } from './styles.js';

const useStyles = makeStyles({ problem: { color: tokens.colorPaletteRedForeground1 } });

export type ShareState =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'shared' } | { kind: 'blocked'; message: string };

/** Puts this retro's board on the meeting stage, after checking the user may present. */
export function useShareToStage(retroId: string) {
  const { info, stage } = useHost();
  const t = useT();
  const [state, setState] = useState<ShareState>({ kind: 'idle' });

  async function share() {
    setState({ kind: 'busy' });
    try {
      if (!(await stage.canShare())) {
        setState({
          kind: 'blocked',
          message: t('retro.share.presentersOnly'),
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
  const t = useT();
  return (
    <Caption1
      role="status"
      className={mergeClasses(layout.text, state.kind === 'blocked' && styles.problem)}
    >
      {state.kind === 'busy' && t('retro.share.busy')}
      {state.kind === 'shared' && t('retro.share.done')}
      {state.kind === 'blocked' && state.message}
    </Caption1>
  );
}
