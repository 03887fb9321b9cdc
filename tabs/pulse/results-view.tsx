import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { PulseSummary } from '../../shared/pulse/api.js';
import { pulseTitle } from '../../client/pulse/pulse-list.js';
import { useOwnerAction } from '../../client/pulse/use-pulse-actions.js';
import { usePulseResults } from '../../client/pulse/use-pulses.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { ReleasedResults } from './released-results.js';
import { ViewHeader } from './view-header.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Props = { teamId: string; pulse: PulseSummary; isOwner: boolean; onBack: () => void };

/** A pulse's results, or, when withheld, why (and nothing else but the invited count). */
export function ResultsView({ teamId, pulse, isOwner, onBack }: Props) {
  const styles = useStyles();
  const results = usePulseResults(teamId, pulse.id);
  const share = useOwnerAction(teamId);
  const header = <ViewHeader title={`Results: ${pulseTitle(pulse)}`} onBack={onBack} />;

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
            <Body1>These results are shared with the team, without comments.</Body1>
          ) : (
            <Button
              appearance="primary"
              disabled={share.isPending}
              onClick={() =>
                void share.run({ pulseId: pulse.id, action: 'share' }).catch(() => undefined)
              }
            >
              Share results with the team
            </Button>
          )}
        </div>
      )}
      {share.isError && <ErrorPanel title="The results were not shared" error={share.error} />}
      <ReleasedResults results={data} isOwner={isOwner} hasQuestion={pulse.openQuestion !== null} />
    </div>
  );
}
