import { hostScope, isMeetingSurface } from '../../client/host-info.js';
import { useHost } from '../../client/host-context.js';
import { useLiveRoom } from '../../client/live-client.js';
import { roomFor } from '../../client/query-keys.js';
import { ConnectionStatus } from '../../client/ui/connection-status.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { PageLayout } from '../../client/ui/page-layout.js';
import { ScopeOverview } from '../../client/ui/scope-overview.js';

/** The channel tab: the team's home for pulses and trends. In a meeting chat tab: the meeting view. */
export function ContentPage() {
  const { info } = useHost();
  const scope = hostScope(info);
  const status = useLiveRoom(scope ? roomFor(scope) : null);

  if (!scope) {
    return (
      <PageLayout layout="wide">
        <ErrorPanel
          title="Candor needs a team or a meeting"
          message="Add Candor as a tab in a team channel for pulses, or to a meeting for retros."
        />
      </PageLayout>
    );
  }
  const meeting = isMeetingSurface(info);
  const subtitle = meeting
    ? 'Meeting'
    : [info.teamName, info.channelName].filter(Boolean).join(' › ') || 'Team';
  return (
    <PageLayout layout="wide" subtitle={subtitle} status={<ConnectionStatus status={status} />}>
      <ScopeOverview
        scope={scope}
        membersLabel={meeting ? 'Meeting participants' : 'Team members'}
      />
    </PageLayout>
  );
}
