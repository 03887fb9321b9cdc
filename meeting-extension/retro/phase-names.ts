import { useCallback } from 'react';
import { useT } from '../../client/i18n.js';
import type { MessageId } from '../../shared/i18n/en/index.js';
import type { RetroPhase } from '../../shared/retro/phases.js';

const phaseNameIds: Record<RetroPhase, MessageId> = {
  checkin: 'panel.phase.checkin',
  review: 'panel.phase.review',
  gather: 'panel.phase.gather',
  group: 'panel.phase.group',
  vote: 'panel.phase.vote',
  discuss: 'panel.phase.discuss',
  actions: 'panel.phase.actions',
  close: 'panel.phase.close',
};

/** A phase's name in the user's language ("Gather", "Sammeln", "収集"). */
export function usePhaseName(): (phase: RetroPhase) => string {
  const t = useT();
  return useCallback((phase: RetroPhase) => t(phaseNameIds[phase]), [t]);
}
