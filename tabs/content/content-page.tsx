import { lazy, Suspense } from 'react';
import { hostScope, isMeetingSurface } from '../../client/host-info.js';
import { useHost } from '../../client/host-context.js';
import { useLiveRoom } from '../../client/live-client.js';
import { roomFor } from '../../client/query-keys.js';
import { ConnectionStatus } from '../../client/ui/connection-status.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { MobileNote } from '../../client/ui/mobile-note.js';
import { PageLayout } from '../../client/ui/page-layout.js';
import { ScopeOverview } from '../../client/ui/scope-overview.js';
import { TeamHome } from '../pulse/team-home.js';

// Only meeting chats need the retro code (and its schemas).
const MeetingRetros = lazy(() =>
  import('../../client/retro/meeting-retros.js').then((m) => ({ default: m.MeetingRetros })),
);

/** The channel tab: the team's home for pulses and trends. In a meeting chat tab: its retros. */
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
      <MobileNote />
      {meeting && info.chatId ? (
        <Suspense fallback={<Loading label="Loading retros…" />}>
          <MeetingRetros chatId={info.chatId} />
        </Suspense>
      ) : (
        <ScopeOverview
          scope={scope}
          membersLabel="Team members"
          actions={scope.teamId ? <TeamHome teamId={scope.teamId} /> : undefined}
        />
      )}
    </PageLayout>
  );
}
