import {
  Avatar,
  LargeTitle,
  makeStyles,
  Subtitle1,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useHost } from '../../client/host-context.js';
import { useLiveRoom } from '../../client/live-client.js';
import { roomFor } from '../../client/query-keys.js';
import { readStageParams } from '../../client/stage-url.js';
import { ConnectionStatus } from '../../client/ui/connection-status.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { RoleBadge } from '../../client/ui/role-badge.js';
import { StaleNotice } from '../../client/ui/stale-notice.js';
import { useMeContext } from '../../client/use-me-context.js';

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    padding: tokens.spacingHorizontalXXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXL,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
  },
  title: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
  grid: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    gap: tokens.spacingVerticalXL,
  },
  person: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, minWidth: 0 },
  name: { overflowWrap: 'anywhere' },
});

/** The meeting stage: large and readable from across a room. Ids come from the URL first. */
export function StageView() {
  const styles = useStyles();
  const { info } = useHost();
  const params = readStageParams(window.location.search, {
    chatId: info.chatId,
    meetingId: info.meetingId,
  });
  const scope = params.chatId ? { chatId: params.chatId } : null;
  const status = useLiveRoom(scope ? roomFor(scope) : null);
  const me = useMeContext(scope);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <LargeTitle as="h1" className={styles.title}>
          Candor retro
        </LargeTitle>
        <ConnectionStatus status={status} />
      </header>
      <main>
        {!scope && (
          <ErrorPanel
            title="This stage has no meeting"
            message="Share Candor to the stage again from the meeting side panel."
          />
        )}
        {scope && me.isPending && <Loading label="Loading participants…" />}
        {me.isError && <ErrorPanel title="Participants could not be loaded" error={me.error} />}
        {me.data && (
          <section className={styles.section} aria-labelledby="participants-heading">
            <Subtitle1 as="h2" id="participants-heading" className={styles.heading}>
              Participants ({me.data.members.length})
            </Subtitle1>
            {me.data.stale && <StaleNotice fetchedAt={me.data.fetchedAt} />}
            <ul className={styles.grid} aria-label="Participants">
              {me.data.members.map((member) => (
                <li key={member.userId} className={styles.person}>
                  <Avatar name={member.displayName} color="colorful" size={64} aria-hidden />
                  <Text size={600} className={styles.name}>
                    {member.displayName}
                  </Text>
                  <RoleBadge role={member.role} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}
