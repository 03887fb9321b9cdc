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
import { useT } from '../../client/i18n.js';

// Only meeting chats need the retro code (and its schemas).
const MeetingRetros = lazy(() =>
  import('../../client/retro/meeting-retros.js').then((m) => ({ default: m.MeetingRetros })),
);

/** The channel tab: the team's home for pulses and trends. In a meeting chat tab: its retros. */
export function ContentPage() {
  const { info } = useHost();
  const t = useT();
  const scope = hostScope(info);
  const status = useLiveRoom(scope ? roomFor(scope) : null);

  if (!scope) {
    return (
      <PageLayout layout="wide">
        <ErrorPanel
          title={t('pulse.content.noScopeTitle')}
          message={t('pulse.content.noScopeBody')}
        />
      </PageLayout>
    );
  }
  const meeting = isMeetingSurface(info);
  const subtitle = meeting
    ? t('pulse.content.meeting')
    : [info.teamName, info.channelName].filter(Boolean).join(' › ') || t('pulse.content.team');
  return (
    <PageLayout layout="wide" subtitle={subtitle} status={<ConnectionStatus status={status} />}>
      <MobileNote />
      {meeting && info.chatId ? (
        <Suspense fallback={<Loading label={t('pulse.content.loadingRetros')} />}>
          <MeetingRetros chatId={info.chatId} />
        </Suspense>
      ) : (
        <ScopeOverview
          scope={scope}
          membersLabel={t('pulse.content.teamMembers')}
          actions={scope.teamId ? <TeamHome teamId={scope.teamId} /> : undefined}
        />
      )}
    </PageLayout>
  );
}
