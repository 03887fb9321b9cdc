import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { LatestRetro, LinkableMeeting, LinkedMeeting } from '../../shared/trends/api.js';
import { shortDate } from '../../client/trends/series.js';
import {
  useLinkableMeetings,
  useLinkChange,
  useLinkedMeetings,
  type LinkChange,
} from '../../client/trends/use-linked-meetings.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { ConfirmDialog, type ConfirmRequest } from '../../client/ui/confirm-dialog.js';
import { stackedList } from '../../client/ui/list-styles.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0, ':focus-visible': { outline: 'none' } },
  subheading: { ...typographyStyles.body1Strong, margin: 0 },
  list: stackedList(),
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flexBasis: '12rem', flexGrow: 1 },
  title: { ...typographyStyles.body1Strong, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  toggle: { alignSelf: 'flex-start' },
  candidates: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const retros = (n: number) => `${n} ${n === 1 ? 'retro' : 'retros'}`;

/** How a meeting chat is named: Teams gives no meeting list, so by its latest retro. */
const meetingName = (latest: LatestRetro | null) =>
  latest?.title ?? 'A meeting with no finished retro yet';

/** A linked meeting's name: its retro titles are shown only to owners who are in it. */
const linkedName = (link: LinkedMeeting) =>
  link.inMeeting ? meetingName(link.latestRetro) : 'A meeting you are not in';

const linkedSummary = (link: LinkedMeeting) =>
  link.inMeeting
    ? retroSummary(link.retroCount, link.latestRetro)
    : `${retros(link.retroCount)}; only people in that meeting see its retro titles`;

function retroSummary(count: number, latest: LatestRetro | null): string {
  return latest === null
    ? 'No finished retro yet'
    : `${retros(count)}, latest ${shortDate(latest.date)}`;
}

/**
 * One meeting in a list: its name, one or two lines about it, and one action. The action is
 * described by the name, since every item's button has the same label.
 */
function MeetingItem(props: {
  name: string;
  lines: string[];
  action: (describedBy: string) => ReactNode;
}) {
  const styles = useStyles();
  const nameId = useId();
  return (
    <li className={styles.item}>
      <div className={styles.text}>
        <span id={nameId} className={styles.title}>
          {props.name}
        </span>
        {props.lines.map((line) => (
          <Caption1 key={line} className={styles.meta}>
            {line}
          </Caption1>
        ))}
      </div>
      {props.action(nameId)}
    </li>
  );
}

type ListProps<T> = {
  items: T[];
  pending: LinkChange | null;
  onChange: (item: T) => void;
};

function LinkedList({ items, pending, onChange }: ListProps<LinkedMeeting>) {
  const styles = useStyles();
  if (items.length === 0) return <Body1>No other meeting counts yet.</Body1>;
  return (
    <ul className={styles.list} aria-label="Linked meetings">
      {items.map((link) => {
        const busy = pending?.chatId === link.chatId;
        const by = link.linkedByYou ? 'you' : 'another owner';
        return (
          <MeetingItem
            key={link.chatId}
            name={linkedName(link)}
            lines={[linkedSummary(link), `Linked by ${by} on ${shortDate(link.linkedAt)}`]}
            action={(describedBy) => (
              // Focusable while disabled, so keyboard focus stays put during the request.
              <Button
                aria-describedby={describedBy}
                disabledFocusable={pending !== null}
                onClick={() => onChange(link)}
              >
                {busy ? 'Stopping…' : 'Stop counting'}
              </Button>
            )}
          />
        );
      })}
    </ul>
  );
}

function CandidateList({
  teamId,
  pending,
  onChange,
}: Omit<ListProps<LinkableMeeting>, 'items'> & { teamId: string }) {
  const styles = useStyles();
  const query = useLinkableMeetings(teamId);
  if (query.isPending) return <Loading label="Finding meetings where you ran retros…" />;
  if (query.isError) {
    return (
      <ErrorPanel
        title="Your meetings could not be listed"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const { candidates, truncated } = query.data;
  if (candidates.length === 0) {
    return (
      <Body1>
        There is no other meeting where you ran a finished retro. Run a retro from Candor in the
        meeting&apos;s side panel, end it, then add the meeting here.
      </Body1>
    );
  }
  return (
    <>
      <ul className={styles.list} aria-label="Meetings where you ran retros">
        {candidates.map((meeting) => (
          <MeetingItem
            key={meeting.chatId}
            name={meetingName(meeting.latestRetro)}
            lines={[retroSummary(meeting.retroCount, meeting.latestRetro)]}
            action={(describedBy) => (
              <Button
                appearance="primary"
                aria-describedby={describedBy}
                disabledFocusable={pending !== null}
                onClick={() => onChange(meeting)}
              >
                {pending?.chatId === meeting.chatId ? 'Adding…' : 'Count in trends'}
              </Button>
            )}
          />
        ))}
      </ul>
      {truncated && (
        <Caption1>Showing the {candidates.length} meetings with your most recent retros.</Caption1>
      )}
    </>
  );
}

/**
 * Owners choose which meeting chats, besides the team's channel meetings, count in retro health.
 * The list names a meeting by its latest retro, since Teams tells an app no meeting names.
 */
export function LinkedMeetings({ teamId }: { teamId: string }) {
  const styles = useStyles();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const linked = useLinkedMeetings(teamId);
  const change = useLinkChange(teamId);
  const [adding, setAdding] = useState(false);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const pending = change.isPending ? change.variables : null;

  const run = (request: LinkChange, name: string) => {
    setAnnouncement('');
    change.mutate(request, {
      onSuccess: () => {
        setAnnouncement(
          request.action === 'link'
            ? `"${name}" now counts in retro health.`
            : `"${name}" no longer counts in retro health.`,
        );
        // The button that was pressed is gone from its list; keep keyboard focus in this section.
        heading.current?.focus();
      },
    });
  };

  const askToStop = (link: LinkedMeeting) => {
    const name = linkedName(link);
    setConfirm({
      title: 'Stop counting this meeting?',
      message: `Retros from "${name}" will no longer count in this team's retro health. Nothing is deleted, and anyone who owns this team and is in the meeting can add it back.`,
      confirmLabel: 'Yes, stop counting',
      dismissLabel: 'Keep counting',
      onConfirm: () => run({ action: 'unlink', chatId: link.chatId }, name),
    });
  };

  let links;
  if (linked.isPending) links = <Loading label="Loading linked meetings…" />;
  else if (linked.isError) {
    links = (
      <ErrorPanel
        title="Linked meetings could not be loaded"
        error={linked.error}
        onRetry={() => void linked.refetch()}
      />
    );
  } else {
    links = <LinkedList items={linked.data.links} pending={pending} onChange={askToStop} />;
  }

  return (
    <section className={styles.root} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className={styles.heading}>
        Meetings counted
      </h3>
      <Body1>
        Retros from this team&apos;s channel meetings always count in retro health; add other
        meetings where the team holds its retros, such as a weekly sync.
      </Body1>
      {links}
      <div role="status" aria-live="polite">
        {announcement && <Body1>{announcement}</Body1>}
      </div>
      {change.isError && (
        <ErrorPanel
          title={
            change.variables.action === 'link'
              ? 'The meeting was not added'
              : 'The meeting still counts'
          }
          error={change.error}
        />
      )}
      <Button
        className={styles.toggle}
        aria-expanded={adding}
        aria-controls={`${id}-add`}
        onClick={() => setAdding((open) => !open)}
      >
        {adding ? 'Hide meetings' : 'Add a meeting'}
      </Button>
      <div id={`${id}-add`} hidden={!adding} className={styles.candidates}>
        {adding && (
          <>
            <h4 className={styles.subheading}>Meetings where you ran retros</h4>
            <CandidateList
              teamId={teamId}
              pending={pending}
              onChange={(meeting) =>
                run({ action: 'link', chatId: meeting.chatId }, meetingName(meeting.latestRetro))
              }
            />
          </>
        )}
      </div>
      <ConfirmDialog request={confirm} onDismiss={() => setConfirm(null)} />
    </section>
  );
}
