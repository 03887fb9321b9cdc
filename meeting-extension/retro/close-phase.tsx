import { Subtitle2 } from '@fluentui/react-components';
import { useRetroSummary } from '../../client/retro/use-retro.js';
import { useRetroCommand } from '../../client/retro/use-retro-command.js';
import { SummaryView } from '../../client/retro/summary-view.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { CommandError } from './command-error.js';
import { useRetro } from './retro-context.js';
import { ScaleRadio } from './scale-radio.js';
import { useRetroStyles } from './styles.js';
import { TallyView } from './tally-view.js';
import { useT } from '../../client/i18n.js';
import { useRotiScale } from './scales.js';

/** The anonymous ROTI vote and the summary. */
export default function ClosePhase() {
  const styles = useRetroStyles();
  const t = useT();
  const rotiScale = useRotiScale();
  const { view, allowed } = useRetro();
  const command = useRetroCommand(view.id);
  const summary = useRetroSummary(view.id, true);
  return (
    <div className={styles.stack}>
      <section className={styles.stack} aria-labelledby="roti-heading">
        <Subtitle2 as="h3" id="roti-heading" className={styles.heading}>
          {t('panel.close.rotiTitle')}
        </Subtitle2>
        <ScaleRadio
          label={t('panel.close.roti')}
          scale={rotiScale}
          order="ascending"
          value={view.me.roti}
          disabled={!allowed.has('answerRoti')}
          onChange={(value) => void command.send({ type: 'answerRoti', value })}
        />
        <CommandError error={command.error} />
        <TallyView label={t('panel.close.rotiAnswers')} tally={view.roti} />
      </section>
      <section className={styles.section}>
        {summary.isPending && <Loading label={t('panel.summary.loading')} />}
        {summary.isError && (
          <ErrorPanel
            title={t('panel.summary.loadFailed')}
            error={summary.error}
            onRetry={() => void summary.refetch()}
          />
        )}
        {summary.data && (
          <SummaryView
            summary={summary.data}
            todo={{ chatId: view.chatId, userId: view.me.userId }}
          />
        )}
      </section>
    </div>
  );
}
