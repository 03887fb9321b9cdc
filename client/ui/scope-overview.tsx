import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ScopeQuery } from '../../shared/api.js';
import { useMeContext } from '../use-me-context.js';
import { ErrorPanel } from './error-panel.js';
import { Loading } from './loading.js';
import { MemberList } from './member-list.js';
import { SignedInAs } from './signed-in-as.js';
import { StaleNotice } from './stale-notice.js';
import { useT } from '../i18n.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  folded: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginInline: 0,
    paddingBlockEnd: tokens.spacingVerticalM,
    minWidth: 0,
  },
});

type Props = {
  scope: ScopeQuery;
  /** "Team members" or "Meeting participants": the list's heading and accessible name. */
  membersLabel: string;
  /** Rendered between the user and the member list, e.g. a "Share to stage" button. */
  actions?: ReactNode;
  /** Folded behind a "Meeting participants (8)" disclosure, e.g. under a running retro. */
  collapsed?: boolean;
};

/** Who is signed in, their role, and the members of the team or meeting chat (from Graph). */
export function ScopeOverview({ scope, membersLabel, actions, collapsed = false }: Props) {
  const styles = useStyles();
  const t = useT();
  const me = useMeContext(scope);
  if (me.isPending) return <Loading label={t('common.members.loading')} />;
  if (me.isError) {
    return (
      <ErrorPanel
        title={t('common.members.loadFailed')}
        error={me.error}
        onRetry={() => void me.refetch()}
      />
    );
  }
  const data = me.data;
  const heading = t('common.members.heading', { label: membersLabel, count: data.members.length });
  if (collapsed) {
    return (
      <Accordion collapsible className={styles.folded}>
        <AccordionItem value="members">
          <AccordionHeader as="h2" expandIconPosition="end">
            {heading}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <SignedInAs me={data} />
            {data.stale && <StaleNotice fetchedAt={data.fetchedAt} />}
            <MemberList
              members={data.members}
              currentUserId={data.user.userId}
              label={membersLabel}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    );
  }
  return (
    <div className={styles.root}>
      <SignedInAs me={data} />
      {actions}
      <section className={styles.section} aria-labelledby="members-heading">
        <Subtitle2 as="h2" id="members-heading" className={styles.heading}>
          {heading}
        </Subtitle2>
        {data.stale && <StaleNotice fetchedAt={data.fetchedAt} />}
        <MemberList members={data.members} currentUserId={data.user.userId} label={membersLabel} />
      </section>
    </div>
  );
}
