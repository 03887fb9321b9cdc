import { useLiveRoom } from '../../client/live-client.js';
import { useT } from '../../client/i18n.js';
import { chatRoom, retroRoom } from '../../client/retro/query-keys.js';
import { useCurrentRetro } from '../../client/retro/use-retro.js';
import { ConnectionStatus } from '../../client/ui/connection-status.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { EarlyGather } from './early-gather.js';
import { OpenEarly } from './open-early.js';

/**
 * Cards before the meeting, in the meeting chat tab: "Open the next retro now" while none runs,
 * and the running retro's Gather while it waits there. Lazy-loaded by the meeting tab page.
 */
export default function EarlyCards({ chatId }: { chatId: string }) {
  const t = useT();
  const current = useCurrentRetro(chatId);
  const active = current.data?.status === 'active' ? current.data.retroId : null;
  // The page's one stream: the retro's room while one runs, else the chat's (the next start).
  const live = useLiveRoom(active ? retroRoom(active) : chatRoom(chatId));
  if (current.isPending) return <Loading label={t('early.gather.loading')} />;
  if (current.isError) {
    return (
      <ErrorPanel
        title={t('early.gather.loadFailed')}
        error={current.error}
        onRetry={() => void current.refetch()}
      />
    );
  }
  return (
    <>
      <ConnectionStatus status={live} />
      {active ? <EarlyGather key={active} retroId={active} /> : <OpenEarly chatId={chatId} />}
    </>
  );
}
