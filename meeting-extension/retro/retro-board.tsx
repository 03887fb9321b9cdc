import { Subtitle1 } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { retroKeys } from '../../client/retro/query-keys.js';
import { useRetroView } from '../../client/retro/use-retro.js';
import { abilities } from '../../client/retro/view-state.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { useMeContext } from '../../client/use-me-context.js';
import { phaseLabels } from '../../shared/retro/phases.js';
import { DraftsNotice } from './drafts-notice.js';
import { FacilitatorControls } from './facilitator-controls.js';
import { PhaseView } from './phase-view.js';
import { RetroContext, type RetroContextValue } from './retro-context.js';
import { RetroHeader } from './retro-header.js';
import { useRetroStyles } from './styles.js';
import { TakeOver } from './take-over.js';

/** A running retro for one participant: header, facilitator controls, then the current phase. */
export function RetroBoard({
  retroId,
  chatId,
  canShare,
}: {
  retroId: string;
  chatId: string;
  canShare: boolean;
}) {
  const styles = useRetroStyles();
  const query = useRetroView(retroId);
  const me = useMeContext({ chatId });
  const view = query.data;
  const members = me.data?.members;
  const queryClient = useQueryClient();
  const ended = view?.status === 'ended';
  useEffect(() => {
    // The retro room reports the end; the panel then goes back to "start a retro".
    if (ended) void queryClient.invalidateQueries({ queryKey: retroKeys.chat(chatId) });
  }, [ended, chatId, queryClient]);
  // A new phase starts at its top, for everyone: people were left mid-page in a phase that was gone.
  const phase = view?.phase;
  const shownPhase = useRef(phase);
  useEffect(() => {
    if (phase === undefined || shownPhase.current === phase) return;
    const first = shownPhase.current === undefined;
    shownPhase.current = phase;
    if (first) return;
    window.scrollTo({ top: 0 });
  }, [phase]);
  const value = useMemo<RetroContextValue | null>(
    () =>
      view
        ? { view, allowed: abilities(view), fetchedAt: query.dataUpdatedAt, members: members ?? [] }
        : null,
    [view, query.dataUpdatedAt, members],
  );

  if (query.isPending) return <Loading label="Loading the retro…" />;
  if (!value) {
    return (
      <ErrorPanel
        title="The retro could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return (
    <RetroContext.Provider value={value}>
      <div className={styles.stack}>
        <TakeOver />
        <RetroHeader />
        <FacilitatorControls canShare={canShare} />
        <section className={styles.stack} aria-labelledby="phase-heading">
          <Subtitle1 as="h2" id="phase-heading" className={styles.heading}>
            {phaseLabels[value.view.phase]}
          </Subtitle1>
          <DraftsNotice view={value.view} />
          <PhaseView phase={value.view.phase} />
        </section>
      </div>
    </RetroContext.Provider>
  );
}
