import type { RetroCommand, RetroCommandType } from './api.js';
import type { MessageId } from '../i18n/en/index.js';
import type { Message } from '../i18n/message.js';
import { retroPhases, type OptionalPhase, type RetroPhase } from './phases.js';

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

/** `refusal` is a sentence the person can act on, kept as a message so each reader gets their language. */
export type Decision = { ok: true } | { ok: false; refusal: Message };

/** Who may issue a command: `takeOver` is for a participant, and only while the facilitator is away. */
type Issuer = 'facilitator' | 'everyone' | 'takeOver';

type Rule = {
  issuer: Issuer;
  /** The phases the command is allowed in; `any` for every phase. */
  phases: readonly RetroPhase[] | 'any';
};

/** The whole rule book. A Record keyed by command type, so a new command cannot be forgotten. */
const rules: Record<RetroCommandType, Rule> = {
  advance: { issuer: 'facilitator', phases: 'any' },
  back: { issuer: 'facilitator', phases: 'any' },
  reveal: { issuer: 'facilitator', phases: ['gather'] },
  focusTopic: { issuer: 'facilitator', phases: ['discuss'] },
  startTimer: { issuer: 'facilitator', phases: 'any' },
  stopTimer: { issuer: 'facilitator', phases: 'any' },
  handOver: { issuer: 'facilitator', phases: 'any' },
  end: { issuer: 'facilitator', phases: 'any' },
  setCheckinQuestion: { issuer: 'facilitator', phases: ['checkin'] },
  showCheckinAnswers: { issuer: 'facilitator', phases: ['checkin'] },
  setPostSummary: { issuer: 'facilitator', phases: 'any' },
  takeOver: { issuer: 'takeOver', phases: 'any' },
  setReady: { issuer: 'everyone', phases: 'any' },
  answerSafety: { issuer: 'everyone', phases: ['checkin'] },
  answerCheckin: { issuer: 'everyone', phases: ['checkin'] },
  reviewItem: { issuer: 'everyone', phases: ['review'] },
  addCard: { issuer: 'everyone', phases: ['gather'] },
  editCard: { issuer: 'everyone', phases: ['gather'] },
  deleteCard: { issuer: 'everyone', phases: ['gather'] },
  moveCard: { issuer: 'everyone', phases: ['group'] },
  createGroup: { issuer: 'everyone', phases: ['group'] },
  nameGroup: { issuer: 'everyone', phases: ['group'] },
  vote: { issuer: 'everyone', phases: ['vote'] },
  addNote: { issuer: 'everyone', phases: ['discuss'] },
  addAction: { issuer: 'everyone', phases: ['discuss', 'actions'] },
  updateAction: { issuer: 'everyone', phases: ['actions'] },
  deleteAction: { issuer: 'everyone', phases: ['actions'] },
  answerRoti: { issuer: 'everyone', phases: ['close'] },
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
const refuse = (id: MessageId, values?: Message['values']): Decision => ({
  ok: false,
  refusal: values === undefined ? { id } : { id, values },
});

/** What a command does, completing "You can …" / "Only the facilitator can …" in refusals. */
const actionOf = (type: RetroCommandType): Message => ({ id: `rules.action.${type}` });

/** A phase's name, as a message. */
export const phaseName = (phase: RetroPhase): Message => ({ id: `panel.phase.${phase}` });

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
    return refuse('rules.ended');
  }
  const rule = rules[type];
  if (rule.issuer === 'facilitator' && role !== 'facilitator') {
    return refuse('rules.facilitatorOnly', { action: actionOf(type) });
  }
  if (rule.issuer === 'takeOver') {
    if (role === 'facilitator') return refuse('rules.alreadyFacilitator');
    if (!state.facilitatorAway) return refuse('rules.facilitatorPresent');
  }
  if (rule.phases !== 'any' && !rule.phases.includes(state.phase)) {
    return refuse('rules.wrongPhase', {
      action: actionOf(type),
      during: rule.phases.map(phaseName),
      now: phaseName(state.phase),
    });
  }
  if (type === 'advance' && nextPhase(state) === null) {
    return refuse('rules.lastPhase');
  }
  if (type === 'back' && previousPhase(state) === null) {
    return refuse('rules.firstPhase');
  }
  if (type === 'reveal' && state.revealed) return refuse('rules.alreadyRevealed');
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
