import { hostScope } from '../../client/host-info.js';
import { useHost } from '../../client/host-context.js';
import { useLiveRoom } from '../../client/live-client.js';
import { roomFor } from '../../client/query-keys.js';
import { ConnectionStatus } from '../../client/ui/connection-status.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { PageLayout } from '../../client/ui/page-layout.js';
import { ScopeOverview } from '../../client/ui/scope-overview.js';
import { StageView } from '../stage/stage-view.js';
import { ShareToStage } from './share-to-stage.js';

/**
 * The meeting tab's one page, rendered per frame context: the side panel (320 px), the stage,
 * or the wider meeting chat tab.
 */
export function SidePanelPage() {
  const { info } = useHost();
  if (info.frameContext === 'meetingStage') return <StageView />;
  return <MeetingPanel layout={info.frameContext === 'sidePanel' ? 'narrow' : 'wide'} />;
}

function MeetingPanel({ layout }: { layout: 'narrow' | 'wide' }) {
  const { info } = useHost();
  const scope = hostScope(info);
  const status = useLiveRoom(scope ? roomFor(scope) : null);
  if (!scope) {
    return (
      <PageLayout layout={layout}>
        <ErrorPanel
          title="Candor needs a meeting"
          message="Open Candor from a meeting's side panel or its chat to run a retro."
        />
      </PageLayout>
    );
  }
  return (
    <PageLayout
      layout={layout}
      subtitle="Meeting retro"
      status={<ConnectionStatus status={status} />}
    >
      <ScopeOverview
        scope={scope}
        membersLabel="Meeting participants"
        actions={info.frameContext === 'sidePanel' ? <ShareToStage /> : undefined}
      />
    </PageLayout>
  );
}
