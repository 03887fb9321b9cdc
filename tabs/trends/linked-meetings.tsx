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
import { useT, type Translate } from '../../client/i18n.js';

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

/**
 * How a meeting chat is named. Teams tells Candor no meeting title with the permissions it asks
 * for, so a meeting is named by what it holds: its retros and the day of the latest one. The
 * latest retro's title goes on a line of its own, as a clue, never as the meeting's name.
 */
function meetingName(
  count: number,
  latest: LatestRetro | null,
  fmt: Formatters,
  t: Translate,
): string {
  if (latest === null) return t('trends.meetings.noRetro');
  return t('trends.meetings.named', { count, date: fmt.day(latest.date) });
}

/** A linked meeting's name: only owners who are in it learn when its retros were held. */
const linkedName = (link: LinkedMeeting, fmt: Formatters, t: Translate) =>
  link.inMeeting
    ? meetingName(link.retroCount, link.latestRetro, fmt, t)
    : t('trends.meetings.notIn', { count: link.retroCount });

const latestLine = (latest: LatestRetro | null, t: Translate) =>
  latest === null ? [] : [t('trends.meetings.latest', { title: latest.title })];

const linkedLines = (link: LinkedMeeting, fmt: Formatters, t: Translate) => [
  ...(link.inMeeting ? latestLine(link.latestRetro, t) : [t('trends.meetings.hidden')]),
  t(link.linkedByYou ? 'trends.meetings.linkedByYou' : 'trends.meetings.linkedByOther', {
    date: fmt.day(link.linkedAt),
  }),
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
  const t = useT();
  if (items.length === 0) return <Body1>{t('trends.meetings.none')}</Body1>;
  return (
    <ul className={styles.list} aria-label={t('trends.meetings.linked')}>
      {items.map((link) => {
        const busy = pending?.chatId === link.chatId;
        return (
          <MeetingItem
            key={link.chatId}
            name={linkedName(link, fmt, t)}
            lines={linkedLines(link, fmt, t)}
            action={(describedBy) => (
              // Focusable while disabled, so keyboard focus stays put during the request.
              <Button
                aria-describedby={describedBy}
                disabledFocusable={pending !== null}
                onClick={() => onChange(link)}
              >
                {busy ? t('trends.meetings.stopping') : t('trends.meetings.stop')}
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
  const t = useT();
  const query = useLinkableMeetings(teamId);
  if (query.isPending) return <Loading label={t('trends.meetings.finding')} />;
  if (query.isError) {
    return (
      <ErrorPanel
        title={t('trends.meetings.listFailed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const { candidates, truncated } = query.data;
  if (candidates.length === 0) {
    return <Body1>{t('trends.meetings.noCandidates')}</Body1>;
  }
  return (
    <>
      <ul className={styles.list} aria-label={t('trends.meetings.candidates')}>
        {candidates.map((meeting) => (
          <MeetingItem
            key={meeting.chatId}
            name={meetingName(meeting.retroCount, meeting.latestRetro, fmt, t)}
            lines={latestLine(meeting.latestRetro, t)}
            action={(describedBy) => (
              <Button
                appearance="primary"
                aria-describedby={describedBy}
                disabledFocusable={pending !== null}
                onClick={() => onChange(meeting)}
              >
                {pending?.chatId === meeting.chatId
                  ? t('trends.meetings.adding')
                  : t('trends.meetings.add')}
              </Button>
            )}
          />
        ))}
      </ul>
      {truncated && (
        <Caption1>{t('trends.meetings.truncated', { count: candidates.length })}</Caption1>
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
  const t = useT();
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
            ? t('trends.meetings.nowCounts', { name })
            : t('trends.meetings.noLongerCounts', { name }),
        );
        // The button that was pressed is gone from its list; keep keyboard focus in this section.
        heading.current?.focus();
      },
    });
  };

  const askToStop = (link: LinkedMeeting) => {
    const name = linkedName(link, fmt, t);
    setConfirm({
      title: t('trends.meetings.confirmTitle'),
      message: t('trends.meetings.confirmMessage', { name }),
      confirmLabel: t('trends.meetings.confirm'),
      dismissLabel: t('trends.meetings.keep'),
      onConfirm: () => run({ action: 'unlink', chatId: link.chatId }, name),
    });
  };

  let links;
  if (linked.isPending) links = <Loading label={t('trends.meetings.loading')} />;
  else if (linked.isError) {
    links = (
      <ErrorPanel
        title={t('trends.meetings.loadFailed')}
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
        {t('trends.meetings.title')}
      </h3>
      <Body1>{t('trends.meetings.intro')}</Body1>
      {links}
      <div role="status" aria-live="polite">
        {announcement && <Body1>{announcement}</Body1>}
      </div>
      {change.isError && (
        <ErrorPanel
          title={
            change.variables.action === 'link'
              ? t('trends.meetings.notAdded')
              : t('trends.meetings.stillCounts')
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
        {adding ? t('trends.meetings.hide') : t('trends.meetings.show')}
      </Button>
      <div id={`${id}-add`} hidden={!adding} className={styles.candidates}>
        {adding && (
          <>
            <h4 className={styles.subheading}>{t('trends.meetings.candidates')}</h4>
            <CandidateList
              teamId={teamId}
              pending={pending}
              onChange={(meeting) =>
                run(
                  { action: 'link', chatId: meeting.chatId },
                  meetingName(meeting.retroCount, meeting.latestRetro, fmt, t),
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
