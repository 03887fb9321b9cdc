import { Text } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { retroKeys } from '../../client/retro/query-keys.js';
import { useRetroView } from '../../client/retro/use-retro.js';
import { abilities } from '../../client/retro/view-state.js';
import { ErrorPanel } from '../../client/ui/error-panel.js';
import { Loading } from '../../client/ui/loading.js';
import { useMeContext } from '../../client/use-me-context.js';
import { DraftsNotice } from './drafts-notice.js';
import { EndedRetro } from './lobby-ended.js';
import { PhaseView } from './phase-view.js';
import { useRetroAnnouncements } from './retro-announcements.js';
import { RetroContext, type RetroContextValue } from './retro-context.js';
import { RetroHeader } from './retro-header.js';
import { useRetroStyles } from './styles.js';
import { TakeOver } from './take-over.js';
import { PhaseFocusContext } from './top-bar-focus.js';
import { useT } from '../../client/i18n.js';
import { usePhaseName } from './phase-names.js';

/** How long a "Next phase" or "Back" from this panel may wait for its phase change to land. */
const focusRequestMs = 15_000;

/**
 * On a phase change every panel starts at its top, and focus goes to the new phase's heading when
 * this panel asked for the change or focus was lost (on <body>, its element gone with the old
 * phase). Someone typing elsewhere keeps their place.
 */
function usePhaseChangeFocus(phase: string | undefined) {
  const heading = useRef<HTMLHeadingElement>(null);
  const requestedAt = useRef(0);
  const shownPhase = useRef(phase);
  const request = useCallback(() => {
    requestedAt.current = Date.now();
  }, []);
  useEffect(() => {
    if (phase === undefined || shownPhase.current === phase) return;
    const first = shownPhase.current === undefined;
    shownPhase.current = phase;
    if (first) return;
    // People were left mid-page in a phase that was gone.
    window.scrollTo({ top: 0 });
    const asked = Date.now() - requestedAt.current < focusRequestMs;
    requestedAt.current = 0;
    // Someone else's change moves focus only when it was lost, and never into a panel the person
    // is not using: a focus() there would pull them out of the window or frame they are in.
    const active = document.activeElement;
    const lost = document.hasFocus() && (!active || active === document.body);
    if (asked || lost) heading.current?.focus({ preventScroll: true });
  }, [phase]);
  return { heading, request };
}

/** A running retro for one participant: the compact top bar, then the current phase. */
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
  const t = useT();
  const phaseName = usePhaseName();
  const query = useRetroView(retroId);
  const me = useMeContext({ chatId });
  const view = query.data;
  const members = me.data?.members;
  const queryClient = useQueryClient();
  const ended = view?.status === 'ended';
  useEffect(() => {
    if (!ended) return;
    // The retro room reports the end: the panel keeps it on screen as its summary (final now),
    // and the chat's current retro says "ended" so the lobby shows under it.
    void queryClient.invalidateQueries({ queryKey: retroKeys.summary(retroId) });
    void queryClient.invalidateQueries({ queryKey: retroKeys.chat(chatId) });
  }, [ended, chatId, retroId, queryClient]);
  const focus = usePhaseChangeFocus(view?.phase);
  const value = useMemo<RetroContextValue | null>(
    () =>
      view
        ? { view, allowed: abilities(view), fetchedAt: query.dataUpdatedAt, members: members ?? [] }
        : null,
    [view, query.dataUpdatedAt, members],
  );

  if (query.isPending) return <Loading label={t('panel.board.loading')} />;
  if (!value) {
    return (
      <ErrorPanel
        title={t('panel.board.loadFailed')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (value.view.status === 'ended') return <EndedRetro retroId={retroId} />;
  return (
    <RetroContext.Provider value={value}>
      <Announcements view={value.view} fetchedAt={value.fetchedAt} />
      <PhaseFocusContext.Provider value={focus.request}>
        <div className={styles.stack}>
          <RetroHeader canShare={canShare} />
          <TakeOver />
          {/* Outside the phase's Suspense: the same heading element across phases, so focus can land. */}
          <section className={styles.stack} aria-labelledby="phase-heading">
            <Text
              as="h2"
              size={500}
              weight="semibold"
              id="phase-heading"
              ref={focus.heading}
              tabIndex={-1}
              className={styles.heading}
            >
              {phaseName(value.view.phase)}
            </Text>
            <DraftsNotice view={value.view} />
            <PhaseView phase={value.view.phase} />
          </section>
        </div>
      </PhaseFocusContext.Provider>
    </RetroContext.Provider>
  );
}

/** The live region's retro sentences (a component, so the hooks run only with a view). */
function Announcements({
  view,
  fetchedAt,
}: {
  view: RetroContextValue['view'];
  fetchedAt: number;
}) {
  useRetroAnnouncements(view, fetchedAt);
  return null;
}
