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
  const action = useOwnerAction(teamId);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  if (pulses.length === 0) {
    return <Body1>No pulses yet. Create one to ask the team how safe it feels to speak up.</Body1>;
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
                  Answer now
                </Button>
              )}
              {allowed.includes('results') && (
                <Button onClick={() => onResults(pulse.id)}>View results</Button>
              )}
              {allowed.includes('close') && (
                <Button
                  disabled={busy}
                  onClick={() =>
                    setConfirm({
                      title: 'Close this pulse now?',
                      message:
                        'Nobody can answer after it closes. Results appear if enough people have answered.',
                      confirmLabel: 'Close the pulse',
                      dismissLabel: 'Keep it open',
                      onConfirm: () => run('close'),
                    })
                  }
                >
                  Close now
                </Button>
              )}
              {allowed.includes('cancel') && (
                <Button
                  disabled={busy}
                  onClick={() =>
                    setConfirm({
                      title: 'Cancel this pulse?',
                      message:
                        'A cancelled pulse never shows results, and any answers given are not reported. This cannot be undone.',
                      confirmLabel: 'Yes, cancel the pulse',
                      dismissLabel: 'Keep the pulse',
                      onConfirm: () => run('cancel'),
                    })
                  }
                >
                  Cancel pulse
                </Button>
              )}
            </>
          )
        }
      >
        {threshold && <Text>{threshold}</Text>}
        {threshold && pulse.answered && ' '}
        {pulse.status === 'open' && pulse.answered && <Text>You&apos;ve answered.</Text>}
      </PulseCard>
    );
  };

  return (
    <div className={styles.root}>
      {action.isError && <ErrorPanel title="That didn't work" error={action.error} />}
      <PulseSection
        title="Open"
        pulses={open}
        empty="No pulse is open right now."
        renderPulse={renderPulse}
      />
      <PulseSection title="Scheduled" pulses={scheduled} renderPulse={renderPulse} />
      <PulseSection title="Past" pulses={past} pageSize={pastPageSize} renderPulse={renderPulse} />
      <ConfirmDialog request={confirm} onDismiss={() => setConfirm(null)} />
    </div>
  );
}
