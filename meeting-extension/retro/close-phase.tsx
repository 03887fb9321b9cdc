import { Subtitle2 } from '@fluentui/react-components';
import { useRetroSummary } from '../../client/retro/use-retro.js';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { SummaryView } from '../../client/retro/summary-view.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { rotiScale } from '../../shared/retro/api.js';
import { CommandError } from './command-error.js';
import { useRetro } from './retro-context.js';
import { ScaleRadio } from './scale-radio.js';
import { useRetroStyles } from './styles.js';
import { TallyView } from './tally-view.js';

/** The anonymous ROTI vote and the summary. */
export default function ClosePhase() {
  const styles = useRetroStyles();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  const summary = useRetroSummary(view.id, true);
  return (
    <div className={styles.stack}>
      <section className={styles.stack} aria-labelledby="roti-heading">
        <Subtitle2 as="h3" id="roti-heading" className={styles.heading}>
          Return on time invested (anonymous)
        </Subtitle2>
        <ScaleRadio
          label="Return on time invested"
          scale={rotiScale}
          order="ascending"
          value={view.me.roti}
          disabled={!allowed.has('answerRoti')}
          onChange={(value) => void command.send({ type: 'answerRoti', value })}
        />
        <CommandError error={command.error} />
        <TallyView label="Return on time invested answers" tally={view.roti} />
      </section>
      <section className={styles.section}>
        {summary.isPending && <Loading label="Loading the summary…" />}
        {summary.isError && (
          <ErrorPanel
            title="The summary could not be loaded"
            error={summary.error}
            onRetry={() => void summary.refetch()}
          />
        )}
        {summary.data && <SummaryView summary={summary.data} />}
      </section>
    </div>
  );
}
