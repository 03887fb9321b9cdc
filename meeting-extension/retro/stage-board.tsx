import { LargeTitle, Text } from '@fluentui/react-components';
import { useT } from '../../client/i18n.js';
import { useLiveRoom } from '../../client/live-client.js';
import { chatRoom, retroRoom } from '../../client/retro/query-keys.js';
import { formatSeconds, useCountdown } from '../../client/retro/use-countdown.js';
import { useCurrentRetro, useRetroView } from '../../client/retro/use-retro.js';
import { ConnectionStatus } from '../../client/ui/connection-status.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import type { RetroView } from '../../shared/retro/api.js';
import { usePhaseName } from './phase-names.js';
import { PhaseStepper } from './phase-stepper.js';
import { StagePhase } from './stage-phase.js';
import { useStageStyles } from './stage-styles.js';

/** The stage's board: the retro in the URL, else the chat's current one; follows it live. */
export default function StageBoard({
  retroId,
  chatId,
}: {
  retroId: string | null;
  chatId: string;
}) {
  const t = useT();
  const current = useCurrentRetro(chatId);
  const id = retroId ?? current.data?.retroId ?? null;
  // One stream (see RetroPanel): the retro's room once known, else the chat's for a start.
  const live = useLiveRoom(id ? retroRoom(id) : chatRoom(chatId));
  if (!id) {
    if (current.isPending) return <Loading label={t('retro.stage.finding')} />;
    if (current.isError)
      return <ErrorPanel title={t('retro.stage.notFound')} error={current.error} />;
    return <Text size={600}>{t('retro.stage.noRetro')}</Text>;
  }
  return (
    <>
      <ConnectionStatus status={live} />
      <LiveBoard retroId={id} />
    </>
  );
}

function LiveBoard({ retroId }: { retroId: string }) {
  const t = useT();
  const query = useRetroView(retroId);
  if (query.isPending) return <Loading label={t('retro.stage.loading')} />;
  if (!query.data) return <ErrorPanel title={t('retro.stage.notLoaded')} error={query.error} />;
  return <Board view={query.data} fetchedAt={query.dataUpdatedAt} />;
}

function Board({ view, fetchedAt }: { view: RetroView; fetchedAt: number }) {
  const s = useStageStyles();
  const t = useT();
  const phaseName = usePhaseName();
  const remaining = useCountdown(view, fetchedAt);
  return (
    <div className={s.board}>
      <header className={s.header}>
        <div className={s.row}>
          <LargeTitle as="h1" className={s.heading}>
            {t('retro.stage.heading', { title: view.title, phase: phaseName(view.phase) })}
          </LargeTitle>
          {remaining !== null && (
            <Text role="timer" className={s.huge}>
              {remaining === 0 ? t('retro.stage.timeUp') : formatSeconds(remaining)}
            </Text>
          )}
        </div>
        <PhaseStepper phases={view.phases} phase={view.phase} size="large" />
        <Text className={s.text}>
          {t(view.status === 'ended' ? 'retro.stage.statusEnded' : 'retro.stage.status', {
            name: view.facilitator.displayName,
            ready: view.ready.ready,
            total: view.ready.total,
          })}
        </Text>
      </header>
      {/* Only this region scrolls, and only when a board outgrows the screen. */}
      <section className={s.region} aria-label={t('retro.stage.board')} tabIndex={0}>
        <StagePhase view={view} />
      </section>
    </div>
  );
}
