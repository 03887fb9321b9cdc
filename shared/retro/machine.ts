import type { RetroCommand, RetroCommandType } from './api.js';
import { phaseLabels, retroPhases, type OptionalPhase, type RetroPhase } from './phases.js';

export type RetroRole = 'facilitator' | 'participant';

/** The part of a retro the phase rules depend on. */
export type MachineState = {
  phase: RetroPhase;
  /** The phases this retro runs, in order (see `activePhases`). */
  phases: RetroPhase[];
  status: 'active' | 'ended';
  revealed: boolean;
  facilitatorAway: boolean;
};

/** `reason` is a sentence the person can act on. */
export type Decision = { ok: true } | { ok: false; reason: string };

/** Who may issue a command: `takeOver` is for a participant, and only while the facilitator is away. */
type Issuer = 'facilitator' | 'everyone' | 'takeOver';

type Rule = {
  issuer: Issuer;
  /** The phases the command is allowed in; `any` for every phase. */
  phases: readonly RetroPhase[] | 'any';
  /** Completes "You can …" / "Only the facilitator can …" in refusals. */
  action: string;
};

/** The whole rule book. A Record keyed by command type, so a new command cannot be forgotten. */
const rules: Record<RetroCommandType, Rule> = {
  advance: { issuer: 'facilitator', phases: 'any', action: 'move to the next phase' },
  back: { issuer: 'facilitator', phases: 'any', action: 'go back a phase' },
  reveal: { issuer: 'facilitator', phases: ['gather'], action: 'reveal the cards' },
  focusTopic: { issuer: 'facilitator', phases: ['discuss'], action: 'choose the topic in focus' },
  startTimer: { issuer: 'facilitator', phases: 'any', action: 'start the timer' },
  stopTimer: { issuer: 'facilitator', phases: 'any', action: 'stop the timer' },
  handOver: { issuer: 'facilitator', phases: 'any', action: 'hand over facilitation' },
  end: { issuer: 'facilitator', phases: 'any', action: 'end the retro' },
  setPostSummary: {
    issuer: 'facilitator',
    phases: 'any',
    action: 'choose whether the summary is posted in the meeting chat',
  },
  takeOver: { issuer: 'takeOver', phases: 'any', action: 'take over facilitation' },
  setReady: { issuer: 'everyone', phases: 'any', action: 'mark yourself ready' },
  answerSafety: { issuer: 'everyone', phases: ['checkin'], action: 'answer the safety check' },
  reviewItem: { issuer: 'everyone', phases: ['review'], action: 'update earlier action items' },
  addCard: { issuer: 'everyone', phases: ['gather'], action: 'add cards' },
  editCard: { issuer: 'everyone', phases: ['gather'], action: 'edit cards' },
  deleteCard: { issuer: 'everyone', phases: ['gather'], action: 'delete cards' },
  moveCard: { issuer: 'everyone', phases: ['group'], action: 'move cards between groups' },
  createGroup: { issuer: 'everyone', phases: ['group'], action: 'create groups' },
  nameGroup: { issuer: 'everyone', phases: ['group'], action: 'name groups' },
  vote: { issuer: 'everyone', phases: ['vote'], action: 'vote' },
  addNote: { issuer: 'everyone', phases: ['discuss'], action: 'add notes' },
  addAction: { issuer: 'everyone', phases: ['discuss', 'actions'], action: 'add action items' },
  updateAction: { issuer: 'everyone', phases: ['actions'], action: 'change action items' },
  deleteAction: { issuer: 'everyone', phases: ['actions'], action: 'delete action items' },
  answerRoti: { issuer: 'everyone', phases: ['close'], action: 'rate the retro' },
};

/** Every command type, in the rule book's order. */
export const retroCommandTypes = Object.keys(rules) as RetroCommandType[];

/** The phases a command may be issued in (`any`: every phase). For tests and help text. */
export function phasesFor(type: RetroCommandType): readonly RetroPhase[] | 'any' {
  return rules[type].phases;
}

/** True for commands only the facilitator may issue. */
export function isFacilitatorCommand(type: RetroCommandType): boolean {
  return rules[type].issuer === 'facilitator';
}

const allowed: Decision = { ok: true };
const refuse = (reason: string): Decision => ({ ok: false, reason });

/** The phases a retro runs: every phase minus the skipped optional ones, in order. */
export function activePhases(skip: readonly OptionalPhase[]): RetroPhase[] {
  const skipped = new Set<RetroPhase>(skip);
  return retroPhases.filter((phase) => !skipped.has(phase));
}

/** The phase after the current one, or null at the last phase. */
export function nextPhase(state: MachineState): RetroPhase | null {
  const index = state.phases.indexOf(state.phase);
  return index === -1 ? null : (state.phases[index + 1] ?? null);
}

/** The phase before the current one, or null at the first phase. */
export function previousPhase(state: MachineState): RetroPhase | null {
  const index = state.phases.indexOf(state.phase);
  return index <= 0 ? null : (state.phases[index - 1] ?? null);
}

/** May this role issue this command type now? Phase, role and status rules only; the server checks data. */
export function canIssue(state: MachineState, role: RetroRole, type: RetroCommandType): Decision {
  if (state.status === 'ended') {
    return refuse('This retro has ended, so nothing more can change. Start a new retro to go on.');
  }
  const rule = rules[type];
  if (rule.issuer === 'facilitator' && role !== 'facilitator') {
    return refuse(
      `Only the facilitator can ${rule.action}. Ask the facilitator, or take over if they have left.`,
    );
  }
  if (rule.issuer === 'takeOver') {
    if (role === 'facilitator') return refuse('You are already the facilitator.');
    if (!state.facilitatorAway) {
      return refuse(
        'The facilitator is still here. You can take over once they have been away for a while.',
      );
    }
  }
  if (rule.phases !== 'any' && !rule.phases.includes(state.phase)) {
    const during = rule.phases.map((phase) => phaseLabels[phase]).join(' or ');
    return refuse(
      `You can ${rule.action} only during ${during}. The retro is in ${phaseLabels[state.phase]} now.`,
    );
  }
  if (type === 'advance' && nextPhase(state) === null) {
    return refuse('This is the last phase. To finish, end the retro.');
  }
  if (type === 'back' && previousPhase(state) === null) {
    return refuse('This is the first phase, so there is nothing to go back to.');
  }
  if (type === 'reveal' && state.revealed) return refuse('The cards are already revealed.');
  return allowed;
}

/** The commands this role may issue now; the UI shows only these controls. */
export function allowedCommands(state: MachineState, role: RetroRole): RetroCommandType[] {
  return retroCommandTypes.filter((type) => canIssue(state, role, type).ok);
}

/**
 * The state after a command `canIssue` allowed. Only phase commands change it
 * (advance, back, reveal, end, takeOver, handOver); the rest return it as is.
 */
export function transition(state: MachineState, command: RetroCommand): MachineState {
  switch (command.type) {
    case 'advance': {
      const next = nextPhase(state);
      if (next === null) return state;
      // Leaving gather shows everyone's cards: the later phases work on them.
      const revealed = state.revealed || state.phase === 'gather';
      return { ...state, phase: next, revealed };
    }
    case 'back': {
      const previous = previousPhase(state);
      return previous === null ? state : { ...state, phase: previous };
    }
    case 'reveal':
      return { ...state, revealed: true };
    case 'end':
      return { ...state, status: 'ended' };
    case 'takeOver':
    case 'handOver':
      // Someone present now facilitates.
      return { ...state, facilitatorAway: false };
    default:
      return state;
  }
}
