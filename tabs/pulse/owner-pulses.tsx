import { Body1, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PulseSummary } from '../../shared/pulse/api.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import {
  ownerActions,
  pastPageSize,
  pulseSections,
  thresholdLabel,
} from '../../client/pulse/pulse-list.js';
import { useOwnerAction } from '../../client/pulse/use-pulse-actions.js';
import { ConfirmDialog, type ConfirmRequest } from '../../client/ui/confirm-dialog.js';
import { PulseCard } from './pulse-card.js';
import { PulseSection } from './pulse-section.js';
import { useT } from '../../client/i18n.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
});

type Props = {
  teamId: string;
  pulses: PulseSummary[];
  onAnswer: (pulseId: string) => void;
  onResults: (pulseId: string) => void;
};

/**
 * Every pulse of the team in three sections: Open (what needs attention), Scheduled, and Past with
 * each pulse's team score, ten at a time. Never a live count.
 */
export function OwnerPulses({ teamId, pulses, onAnswer, onResults }: Props) {
  const styles = useStyles();
  const t = useT();
  const action = useOwnerAction(teamId);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  if (pulses.length === 0) {
    return <Body1>{t('pulse.owner.none')}</Body1>;
  }
  const busy = action.isPending;
  const { open, scheduled, past } = pulseSections(pulses);

  const renderPulse = (pulse: PulseSummary) => {
    const allowed = ownerActions(pulse);
    const threshold = thresholdLabel(pulse);
    const run = (kind: 'close' | 'cancel') =>
      void action.run({ pulseId: pulse.id, action: kind }).catch(() => undefined);
    return (
      <PulseCard
        pulse={pulse}
        actions={
          (allowed.length > 0 || (pulse.status === 'open' && !pulse.answered)) && (
            <>
              {pulse.status === 'open' && !pulse.answered && (
                <Button appearance="primary" onClick={() => onAnswer(pulse.id)}>
                  {t('pulse.member.answerNow')}
                </Button>
              )}
              {allowed.includes('results') && (
                <Button onClick={() => onResults(pulse.id)}>{t('pulse.member.viewResults')}</Button>
              )}
              {allowed.includes('close') && (
                <Button
                  disabled={busy}
                  onClick={() =>
                    setConfirm({
                      title: t('pulse.owner.closeTitle'),
                      message: t('pulse.owner.closeBody'),
                      confirmLabel: t('pulse.owner.closeConfirm'),
                      dismissLabel: t('pulse.owner.closeDismiss'),
                      onConfirm: () => run('close'),
                    })
                  }
                >
                  {t('pulse.owner.closeNow')}
                </Button>
              )}
              {allowed.includes('cancel') && (
                <Button
                  disabled={busy}
                  onClick={() =>
                    setConfirm({
                      title: t('pulse.owner.cancelTitle'),
                      message: t('pulse.owner.cancelBody'),
                      confirmLabel: t('pulse.owner.cancelConfirm'),
                      dismissLabel: t('pulse.owner.cancelDismiss'),
                      onConfirm: () => run('cancel'),
                    })
                  }
                >
                  {t('pulse.owner.cancel')}
                </Button>
              )}
            </>
          )
        }
      >
        {(threshold || (pulse.status === 'open' && pulse.answered)) && (
          <Text>
            {[
              threshold && t(threshold.id, threshold.values),
              pulse.status === 'open' && pulse.answered && t('pulse.owner.answered'),
            ]
              .filter(Boolean)
              .join(' ')}
          </Text>
        )}
      </PulseCard>
    );
  };

  return (
    <div className={styles.root}>
      {action.isError && <ErrorPanel title={t('pulse.owner.failed')} error={action.error} />}
      <PulseSection
        title={t('pulse.member.open')}
        pulses={open}
        empty={t('pulse.owner.noneOpen')}
        renderPulse={renderPulse}
      />
      <PulseSection
        title={t('pulse.owner.scheduled')}
        pulses={scheduled}
        renderPulse={renderPulse}
      />
      <PulseSection
        title={t('pulse.owner.past')}
        pulses={past}
        pageSize={pastPageSize}
        renderPulse={renderPulse}
      />
      <ConfirmDialog request={confirm} onDismiss={() => setConfirm(null)} />
    </div>
  );
}
