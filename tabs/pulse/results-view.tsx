import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PulseSummary } from '../../shared/pulse/api.js';
import { useFormat } from '../../client/format.js';
import { pulseTitle, timingSentence } from '../../client/pulse/pulse-list.js';
import { useOwnerAction } from '../../client/pulse/use-pulse-actions.js';
import { usePulseResults } from '../../client/pulse/use-pulses.js';
import { ConfirmDialog, type ConfirmRequest } from '../../client/ui/confirm-dialog.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { ReleasedResults } from './released-results.js';
import { ViewHeader } from './view-header.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  when: {
    color: tokens.colorNeutralForeground3,
    marginTop: `calc(-1 * ${tokens.spacingVerticalM})`,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
});

type Props = {
  teamId: string;
  pulse: PulseSummary;
  isOwner: boolean;
  /** Members of the team now: who would see shared results. */
  teamSize: number;
  onBack: () => void;
};

const people = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;

/** Sharing publishes to everyone in the team, so it asks first and says exactly what they will see. */
function shareRequest(teamSize: number, onConfirm: () => void): ConfirmRequest {
  return {
    title: 'Share these results with the team?',
    message: `All ${people(teamSize)} of this team will see, in this tab: the team score and its range, how the answers split, what to talk about next and each statement's results. They never see the comments, and nobody sees who answered what. You can stop sharing at any time, but anyone who has read the results will remember them.`,
    confirmLabel: 'Share with the team',
    dismissLabel: 'Not now',
    onConfirm,
  };
}

function unshareRequest(onConfirm: () => void): ConfirmRequest {
  return {
    title: 'Stop sharing these results?',
    message:
      'Members will no longer see these results or this pulse in the tab, and it drops out of their trends. Owners still see everything. You can share again later.',
    confirmLabel: 'Yes, stop sharing',
    dismissLabel: 'Keep sharing',
    onConfirm,
  };
}

/** A pulse's results, or, when withheld, why (and nothing else but the invited count). */
export function ResultsView({ teamId, pulse, isOwner, teamSize, onBack }: Props) {
  const styles = useStyles();
  const results = usePulseResults(teamId, pulse.id);
  const share = useOwnerAction(teamId);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const run = (action: 'share' | 'unshare') =>
    void share.run({ pulseId: pulse.id, action }).catch(() => undefined);
  const fmt = useFormat();
  // Many pulses of a series share a title: the date says which one this is.
  const header = (
    <>
      <ViewHeader title={`Results: ${pulseTitle(pulse)}`} onBack={onBack} />
      <Caption1 className={styles.when}>{timingSentence(pulse, fmt)}</Caption1>
    </>
  );

  if (results.isPending) {
    return (
      <div className={styles.root}>
        {header}
        <Loading label="Loading results…" />
      </div>
    );
  }
  if (results.isError) {
    return (
      <div className={styles.root}>
        {header}
        <ErrorPanel
          title="Results could not be loaded"
          error={results.error}
          onRetry={() => void results.refetch()}
        />
      </div>
    );
  }
  const data = results.data;
  if (data.status !== 'released') {
    const title =
      data.status === 'not-enough-responses'
        ? 'Not enough responses to protect anonymity'
        : data.status === 'still-open'
          ? 'Results appear after the pulse closes'
          : 'This pulse was cancelled';
    return (
      <div className={styles.root}>
        {header}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle> {data.message}
          </MessageBarBody>
        </MessageBar>
        {data.status === 'not-enough-responses' && data.invited !== null && (
          <Body1>
            {data.invited} {data.invited === 1 ? 'person was' : 'people were'} invited.
          </Body1>
        )}
      </div>
    );
  }
  return (
    <div className={styles.root}>
      {header}
      {isOwner && (
        <div className={styles.actions}>
          {data.shared ? (
            <>
              <Body1>Shared with the team, without comments.</Body1>
              <Button
                disabled={share.isPending}
                onClick={() => setConfirm(unshareRequest(() => run('unshare')))}
              >
                Stop sharing
              </Button>
            </>
          ) : (
            <>
              <Body1>Only owners see these results.</Body1>
              <Button
                appearance="primary"
                disabled={share.isPending}
                onClick={() => setConfirm(shareRequest(teamSize, () => run('share')))}
              >
                Share results with the team
              </Button>
            </>
          )}
        </div>
      )}
      {share.isError && <ErrorPanel title="That didn't work" error={share.error} />}
      <ReleasedResults results={data} isOwner={isOwner} hasQuestion={pulse.openQuestion !== null} />
      <ConfirmDialog request={confirm} onDismiss={() => setConfirm(null)} />
    </div>
  );
}
