import type { RetroCommandType, RetroView } from '../../shared/retro/api.js';
import { allowedCommands, type MachineState, type RetroRole } from '../../shared/retro/machine.js';

export function machineState(view: RetroView): MachineState {
  return {
    phase: view.phase,
    phases: view.phases,
    status: view.status,
    revealed: view.revealed,
    facilitatorAway: view.facilitatorAway,
  };
}

export function roleOf(view: RetroView): RetroRole {
  return view.me.isFacilitator ? 'facilitator' : 'participant';
}

/** What this viewer may do now, from the same machine the server enforces. */
export function abilities(view: RetroView): ReadonlySet<RetroCommandType> {
  return new Set(allowedCommands(machineState(view), roleOf(view)));
}

/**
 * Cards per column that anyone may see counted, never read: before reveal, other people's
 * (hidden) plus this viewer's own. The stage and counts use it.
 */
export function cardCounts(view: RetroView): Record<string, number> {
  // fromEntries defines own properties: a column id such as `__proto__` never sets a prototype.
  return Object.fromEntries(
    view.columns.map((column) => [
      column.id,
      hiddenCount(view, column.id) +
        view.cards.filter((card) => card.columnId === column.id).length,
    ]),
  );
}

/** Other people's hidden cards in a column; own keys only, so `constructor` reads 0, not a function. */
export function hiddenCount(view: RetroView, columnId: string): number {
  return Object.hasOwn(view.hiddenCounts, columnId) ? (view.hiddenCounts[columnId] ?? 0) : 0;
}

/** Groups in discussion order (by votes once voting ended), then any not yet ranked. */
export function orderedGroups(view: RetroView): RetroView['groups'] {
  const byId = new Map(view.groups.map((group) => [group.id, group]));
  const ranked = view.discussion.order.flatMap((id) => byId.get(id) ?? []);
  const rest = view.groups.filter((group) => !view.discussion.order.includes(group.id));
  return [...ranked, ...rest];
}
