import { lazy, Suspense } from 'react';
import { Loading } from '../../client/ui/loading.js';
import type { RetroPhase } from '../../shared/retro/phases.js';
import { useT } from '../../client/i18n.js';

// One chunk per phase: the side panel loads only what the current phase needs, and @dnd-kit
// only when grouping starts.
const phases: Record<RetroPhase, React.LazyExoticComponent<() => React.JSX.Element>> = {
  checkin: lazy(() => import('./checkin-phase.js')),
  review: lazy(() => import('./review-phase.js')),
  gather: lazy(() => import('./gather-phase.js')),
  group: lazy(() => import('./group-phase.js')),
  vote: lazy(() => import('./vote-phase.js')),
  discuss: lazy(() => import('./discuss-phase.js')),
  actions: lazy(() => import('./actions-phase.js')),
  close: lazy(() => import('./close-phase.js')),
};

export function PhaseView({ phase }: { phase: RetroPhase }) {
  const t = useT();
  const Phase = phases[phase];
  return (
    <Suspense fallback={<Loading label={t('panel.loading')} />}>
      <Phase />
    </Suspense>
  );
}
