import { Body1, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PulseSummary } from '../../shared/pulse/api.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { ownerActions, sortPulses, thresholdLabel } from '../../client/pulse/pulse-list.js';
import { useOwnerAction } from '../../client/pulse/use-pulse-actions.js';
import { ConfirmDialog, type ConfirmRequest } from '../../client/ui/confirm-dialog.js';
import { PulseCard } from './pulse-card.js';
import { stackedList } from '../../client/ui/list-styles.js';

const useStyles = makeStyles({
  list: stackedList(tokens.spacingVerticalM),
  threshold: { fontWeight: tokens.fontWeightSemibold },
});

type Props = {
  teamId: string;
  pulses: PulseSummary[];
  onAnswer: (pulseId: string) => void;
  onResults: (pulseId: string) => void;
};

/** Every pulse of the team with the owner's actions; never a live count. */
export function OwnerPulses({ teamId, pulses, onAnswer, onResults }: Props) {
  const styles = useStyles();
  const action = useOwnerAction(teamId);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  if (pulses.length === 0) {
    return <Body1>No pulses yet. Create one to ask the team how safe it feels to speak up.</Body1>;
  }
  const busy = action.isPending;
  return (
    <>
      {action.isError && <ErrorPanel title="That didn't work" error={action.error} />}
      <ul className={styles.list} aria-label="Pulses">
        {sortPulses(pulses).map((pulse) => {
          const allowed = ownerActions(pulse);
          const threshold = thresholdLabel(pulse);
          const run = (kind: 'close' | 'cancel' | 'share') =>
            void action.run({ pulseId: pulse.id, action: kind }).catch(() => undefined);
          return (
            <li key={pulse.id}>
              <PulseCard
                pulse={pulse}
                actions={
                  <>
                    {pulse.status === 'open' && !pulse.answered && (
                      <Button appearance="primary" onClick={() => onAnswer(pulse.id)}>
                        Answer now
                      </Button>
                    )}
                    {allowed.includes('results') && (
                      <Button onClick={() => onResults(pulse.id)}>View results</Button>
                    )}
                    {allowed.includes('share') && (
                      <Button disabled={busy} onClick={() => run('share')}>
                        Share results with the team
                      </Button>
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
                }
              >
                {threshold && <Text className={styles.threshold}>{threshold}</Text>}
                {threshold && pulse.answered && ' · '}
                {pulse.status === 'open' && pulse.answered && <Text>You&apos;ve answered.</Text>}
                {pulse.status === 'closed' && pulse.shared && <Text>Shared with the team.</Text>}
              </PulseCard>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog request={confirm} onDismiss={() => setConfirm(null)} />
    </>
  );
}
