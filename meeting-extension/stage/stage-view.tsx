import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useHost } from '../../client/host-context.js';
import { useT } from '../../client/i18n.js';
import { readRetroId } from '../../client/retro/stage-link.js';
import { readStageParams } from '../../client/stage-url.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';

const StageBoard = lazy(() => import('../retro/stage-board.js'));

const useStyles = makeStyles({
  // Exactly one screen: the board inside scrolls its own region, never the page.
  root: {
    boxSizing: 'border-box',
    height: '100vh',
    overflow: 'hidden',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

/** The meeting stage: the retro board, large and readable from across a room. Ids come from the URL first. */
export function StageView() {
  const styles = useStyles();
  const t = useT();
  const { info } = useHost();
  const params = readStageParams(window.location.search, {
    chatId: info.chatId,
    meetingId: info.meetingId,
  });
  const retroId = readRetroId(window.location.search);
  const chatId = params.chatId;

  return (
    <main className={styles.root}>
      {!chatId ? (
        <ErrorPanel title={t('retro.stage.noMeeting')} message={t('retro.stage.noMeetingFix')} />
      ) : (
        <Suspense fallback={<Loading label={t('retro.stage.loadingBoard')} />}>
          <StageBoard retroId={retroId} chatId={chatId} />
        </Suspense>
      )}
    </main>
  );
}
