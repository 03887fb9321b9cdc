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
import { useT, type Translate } from '../../client/i18n.js';
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

/** Sharing publishes to everyone in the team, so it asks first and says exactly what they will see. */
function shareRequest(t: Translate, teamSize: number, onConfirm: () => void): ConfirmRequest {
  return {
    title: t('pulse.results.shareTitle'),
    message: t('pulse.results.shareMessage', { count: teamSize }),
    confirmLabel: t('pulse.results.shareConfirm'),
    dismissLabel: t('pulse.results.shareDismiss'),
    onConfirm,
  };
}

function unshareRequest(t: Translate, onConfirm: () => void): ConfirmRequest {
  return {
    title: t('pulse.results.unshareTitle'),
    message: t('pulse.results.unshareMessage'),
    confirmLabel: t('pulse.results.unshareConfirm'),
    dismissLabel: t('pulse.results.unshareDismiss'),
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
  const t = useT();
  // Many pulses of a series share a title: the date says which one this is.
  const header = (
    <>
      <ViewHeader title={t('pulse.results.title', { title: pulseTitle(pulse) })} onBack={onBack} />
      <Caption1 className={styles.when}>{timingSentence(pulse, fmt)}</Caption1>
    </>
  );

  if (results.isPending) {
    return (
      <div className={styles.root}>
        {header}
        <Loading label={t('pulse.results.loading')} />
      </div>
    );
  }
  if (results.isError) {
    return (
      <div className={styles.root}>
        {header}
        <ErrorPanel
          title={t('pulse.results.loadError')}
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
        ? t('pulse.results.notEnough')
        : data.status === 'still-open'
          ? t('pulse.results.stillOpen')
          : t('pulse.results.cancelled');
    return (
      <div className={styles.root}>
        {header}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle> {data.message}
          </MessageBarBody>
        </MessageBar>
        {data.status === 'not-enough-responses' && data.invited !== null && (
          <Body1>{t('pulse.results.invited', { count: data.invited })}</Body1>
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
              <Body1>{t('pulse.results.sharedState')}</Body1>
              <Button
                disabled={share.isPending}
                onClick={() => setConfirm(unshareRequest(t, () => run('unshare')))}
              >
                {t('pulse.results.stopSharing')}
              </Button>
            </>
          ) : (
            <>
              <Body1>{t('pulse.results.ownersOnly')}</Body1>
              <Button
                appearance="primary"
                disabled={share.isPending}
                onClick={() => setConfirm(shareRequest(t, teamSize, () => run('share')))}
              >
                {t('pulse.results.share')}
              </Button>
            </>
          )}
        </div>
      )}
      {share.isError && <ErrorPanel title={t('pulse.results.actionFailed')} error={share.error} />}
      <ReleasedResults results={data} isOwner={isOwner} hasQuestion={pulse.openQuestion !== null} />
      <ConfirmDialog request={confirm} onDismiss={() => setConfirm(null)} />
    </div>
  );
}
