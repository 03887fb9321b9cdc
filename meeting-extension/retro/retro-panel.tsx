import { Button, Caption1 } from '@fluentui/react-components';
import { useState } from 'react';
import { useLiveRoom } from '../../client/live-client.js';
import { chatRoom, retroRoom } from '../../client/retro/query-keys.js';
import { ConnectionStatus } from '../../client/ui/connection-status.js';
import { useCurrentRetro, useRetroSummary } from '../../client/retro/use-retro.js';
import { SummaryView } from '../../client/retro/summary-view.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { RetroBoard } from './retro-board.js';
import { StartRetro } from './start-retro.js';
import { useRetroStyles } from './styles.js';

/**
 * The meeting's retro: the running one, or a form to start one (with the last summary to hand).
 * Lazy-loaded by the side panel page, so the shell paints before the retro code arrives.
 */
export default function RetroPanel({ chatId, canShare }: { chatId: string; canShare: boolean }) {
  const current = useCurrentRetro(chatId);
  const active = current.data?.status === 'active' ? current.data.retroId : null;
  // One stream per page: browsers allow only ~6 connections per host over HTTP/1.1, and several
  // panels or a stage may share them. While a retro runs its room says everything (an end
  // shows as status "ended"); otherwise the chat room announces the next start.
  const live = useLiveRoom(active ? retroRoom(active) : chatRoom(chatId));
  return (
    <>
      <ConnectionStatus status={live} />
      <PanelBody current={current} chatId={chatId} canShare={canShare} />
    </>
  );
}

function PanelBody({
  current,
  chatId,
  canShare,
}: {
  current: ReturnType<typeof useCurrentRetro>;
  chatId: string;
  canShare: boolean;
}) {
  if (current.isPending) return <Loading label="Looking for a retro in this meeting…" />;
  if (current.isError) {
    return (
      <ErrorPanel
        title="Candor could not check for a retro"
        error={current.error}
        onRetry={() => void current.refetch()}
      />
    );
  }
  const { retroId, status } = current.data;
  if (retroId && status === 'active') {
    return <RetroBoard key={retroId} retroId={retroId} chatId={chatId} canShare={canShare} />;
  }
  return (
    <>
      <StartRetro chatId={chatId} />
      {retroId && <LastSummary retroId={retroId} />}
    </>
  );
}

function LastSummary({ retroId }: { retroId: string }) {
  const styles = useRetroStyles();
  const [open, setOpen] = useState(false);
  const summary = useRetroSummary(retroId, open);
  return (
    <section className={styles.section} aria-label="Last retro">
      <Caption1>The last retro in this meeting has ended.</Caption1>
      <Button onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? 'Hide last summary' : 'Show last summary'}
      </Button>
      {open && summary.isPending && <Loading label="Loading the summary…" />}
      {open && summary.isError && <ErrorPanel error={summary.error} />}
      {open && summary.data && <SummaryView summary={summary.data} />}
    </section>
  );
}
