import { useState } from 'react';
import { useLiveRoom } from '../../client/live-client.js';
import { chatRoom, retroRoom } from '../../client/retro/query-keys.js';
import { useCurrentRetro } from '../../client/retro/use-retro.js';
import { ConnectionStatus } from '../../client/ui/connection-status.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { ScopeOverview } from '../../client/ui/scope-overview.js';
import { EndedRetro } from './lobby-ended.js';
import { Lobby } from './lobby-view.js';
import { RetroBoard } from './retro-board.js';
import { useT } from '../../client/i18n.js';

/**
 * The meeting's retro: the running one, else the lobby (with the last summary to hand). A retro
 * that ends while shown stays as its summary, with the lobby under it.
 * Lazy-loaded by the side panel page, so the shell paints before the retro code arrives.
 */
export default function RetroPanel({ chatId, canShare }: { chatId: string; canShare: boolean }) {
  const t = useT();
  const current = useCurrentRetro(chatId);
  const active = current.data?.status === 'active' ? current.data.retroId : null;
  // The last retro this panel showed running: if it ends, its summary stays here.
  const [watched, setWatched] = useState<string | null>(null);
  if (active && active !== watched) setWatched(active);
  // One stream per page: browsers allow only ~6 connections per host over HTTP/1.1, and several
  // panels or a stage may share them. While a retro runs its room says everything (an end
  // shows as status "ended"); otherwise the chat room announces the next start.
  const live = useLiveRoom(active ? retroRoom(active) : chatRoom(chatId));
  return (
    <>
      <ConnectionStatus status={live} />
      <PanelBody current={current} chatId={chatId} canShare={canShare} watched={watched} />
      {/* Who is here: open in the lobby, folded away under a running retro. */}
      <ScopeOverview
        scope={{ chatId }}
        membersLabel={t('panel.participants')}
        collapsed={active !== null}
      />
    </>
  );
}

function PanelBody({
  current,
  chatId,
  canShare,
  watched,
}: {
  current: ReturnType<typeof useCurrentRetro>;
  chatId: string;
  canShare: boolean;
  watched: string | null;
}) {
  const t = useT();
  if (current.isPending) return <Loading label={t('panel.looking')} />;
  if (current.isError) {
    return (
      <ErrorPanel
        title={t('panel.lookFailed')}
        error={current.error}
        onRetry={() => void current.refetch()}
      />
    );
  }
  const { retroId, status } = current.data;
  if (retroId && status === 'active') {
    return <RetroBoard key={retroId} retroId={retroId} chatId={chatId} canShare={canShare} />;
  }
  if (retroId && retroId === watched) {
    return (
      <>
        <EndedRetro retroId={retroId} />
        <Lobby chatId={chatId} afterEnd />
      </>
    );
  }
  return <Lobby chatId={chatId} lastRetroId={retroId} />;
}
