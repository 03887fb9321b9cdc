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
import { useFormat, type Formatters } from '../../client/format.js';
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

/**
 * How a meeting chat is named. Teams tells Candor no meeting title with the permissions it asks
 * for, so a meeting is named by what it holds: its retros and the day of the latest one. The
 * latest retro's title goes on a line of its own, as a clue, never as the meeting's name.
 */
function meetingName(count: number, latest: LatestRetro | null, fmt: Formatters): string {
  if (latest === null) return 'Meeting with no finished retro yet';
  const when = fmt.day(latest.date);
  return count === 1
    ? `Meeting with 1 retro, on ${when}`
    : `Meeting with ${retros(count)}, last on ${when}`;
}

/** A linked meeting's name: only owners who are in it learn when its retros were held. */
const linkedName = (link: LinkedMeeting, fmt: Formatters) =>
  link.inMeeting
    ? meetingName(link.retroCount, link.latestRetro, fmt)
    : `Meeting you are not in, with ${retros(link.retroCount)}`;

const latestLine = (latest: LatestRetro | null) =>
  latest === null ? [] : [`Latest retro: ${latest.title}`];

const linkedLines = (link: LinkedMeeting, fmt: Formatters) => [
  ...(link.inMeeting
    ? latestLine(link.latestRetro)
    : ['Only people in that meeting see its retro titles and dates']),
  `Linked by ${link.linkedByYou ? 'you' : 'another owner'} on ${fmt.day(link.linkedAt)}`,
];

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
  const fmt = useFormat();
  if (items.length === 0) return <Body1>No other meeting counts yet.</Body1>;
  return (
    <ul className={styles.list} aria-label="Linked meetings">
      {items.map((link) => {
        const busy = pending?.chatId === link.chatId;
        return (
          <MeetingItem
            key={link.chatId}
            name={linkedName(link, fmt)}
            lines={linkedLines(link, fmt)}
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
  const fmt = useFormat();
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
            name={meetingName(meeting.retroCount, meeting.latestRetro, fmt)}
            lines={latestLine(meeting.latestRetro)}
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
 * The list names a meeting by its retros, since Teams tells the app no meeting names.
 */
export function LinkedMeetings({ teamId }: { teamId: string }) {
  const styles = useStyles();
  const fmt = useFormat();
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
    const name = linkedName(link, fmt);
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
        Meetings in these trends
      </h3>
      <Body1>
        Retros from this team&apos;s channel meetings always count in retro health. Add other
        meetings where the team holds its retros, such as a weekly sync. Teams does not tell Candor
        a meeting&apos;s name, so each meeting is named by its retros.
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
                run(
                  { action: 'link', chatId: meeting.chatId },
                  meetingName(meeting.retroCount, meeting.latestRetro, fmt),
                )
              }
            />
          </>
        )}
      </div>
      <ConfirmDialog request={confirm} onDismiss={() => setConfirm(null)} />
    </section>
  );
}
