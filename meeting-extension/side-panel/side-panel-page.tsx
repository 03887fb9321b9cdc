import { lazy, Suspense } from 'react';
import { useHost } from '../../client/host-context.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { PageLayout } from '../../client/ui/page-layout.js';
import { StageView } from '../stage/stage-view.js';
import { useT } from '../../client/i18n.js';

// The retro code (schemas, phases) loads after the shell has painted.
const RetroPanel = lazy(() => import('../retro/retro-panel.js'));
const EarlyCards = lazy(() => import('../early/early-cards.js'));
const MeetingRetros = lazy(() =>
  import('../../client/retro/meeting-retros.js').then((m) => ({ default: m.MeetingRetros })),
);

/**
 * The meeting tab's one page, rendered per frame context: the side panel (320 px), the stage,
 * or the wider meeting chat tab.
 */
export function SidePanelPage() {
  const { info } = useHost();
  if (info.frameContext === 'meetingStage') return <StageView />;
  // The meeting chat tab (and details tab) load this same page: there, show the retros' summaries.
  if (info.frameContext === 'content' && info.chatId)
    return <MeetingChatTab chatId={info.chatId} subPageId={info.subPageId ?? null} />;
  return <MeetingPanel layout={info.frameContext === 'sidePanel' ? 'narrow' : 'wide'} />;
}

function MeetingChatTab({ chatId, subPageId }: { chatId: string; subPageId: string | null }) {
  const t = useT();
  // The summary card's button deep-links here with `summary:<retro id>`: open that summary.
  const openRetroId = subPageId?.startsWith('summary:') ? subPageId.slice('summary:'.length) : null;
  return (
    <PageLayout layout="wide" subtitle={t('panel.page.retros')}>
      <Suspense fallback={<Loading label={t('panel.page.loadingRetros')} />}>
        {/* Cards before the meeting: open the next retro here, or add cards to it. */}
        <EarlyCards chatId={chatId} />
        <MeetingRetros chatId={chatId} openRetroId={openRetroId} />
      </Suspense>
    </PageLayout>
  );
}

function MeetingPanel({ layout }: { layout: 'narrow' | 'wide' }) {
  const { info } = useHost();
  const t = useT();
  const chatId = info.chatId;
  if (!chatId) {
    return (
      <PageLayout layout={layout}>
        <ErrorPanel
          title={t('panel.page.needsMeeting')}
          message={t('panel.page.openFromMeeting')}
        />
      </PageLayout>
    );
  }
  return (
    <PageLayout layout={layout} subtitle={t('panel.page.retro')}>
      <Suspense fallback={<Loading label={t('panel.board.loading')} />}>
        {/* The panel also lists who is here: the people who can be owners or take over. */}
        <RetroPanel chatId={chatId} canShare={info.frameContext === 'sidePanel'} />
      </Suspense>
    </PageLayout>
  );
}
