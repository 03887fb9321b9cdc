import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RetroCommand, RetroCommandType } from './api.js';
import {
  activePhases,
  allowedCommands,
  canIssue,
  nextPhase,
  previousPhase,
  retroCommandTypes,
  transition,
  type MachineState,
  type RetroRole,
} from './machine.js';
import { optionalPhases, retroPhases, type RetroPhase } from './phases.js';

/** One valid command of each type: the machine looks only at the type. */
const sample: { [T in RetroCommandType]: Extract<RetroCommand, { type: T }> } = {
  advance: { type: 'advance' },
  back: { type: 'back' },
  reveal: { type: 'reveal' },
  focusTopic: { type: 'focusTopic', groupId: 'g1' },
  startTimer: { type: 'startTimer', seconds: 60 },
  stopTimer: { type: 'stopTimer' },
  handOver: { type: 'handOver', userId: 'u2' },
  end: { type: 'end' },
  setCheckinQuestion: { type: 'setCheckinQuestion', question: { kind: 'library', id: 'smile' } },
  showCheckinAnswers: { type: 'showCheckinAnswers' },
  answerCheckin: { type: 'answerCheckin', text: 'The sun came out' },
  setPostSummary: { type: 'setPostSummary', enabled: false },
  takeOver: { type: 'takeOver' },
  setReady: { type: 'setReady', ready: true },
  answerSafety: { type: 'answerSafety', value: 4 },
  answerRoti: { type: 'answerRoti', value: 3 },
  reviewItem: { type: 'reviewItem', actionId: 'a1', status: 'done' },
  addCard: { type: 'addCard', columnId: 'start', text: 'More pairing' },
  editCard: { type: 'editCard', cardId: 'c1', text: 'Even more pairing' },
  deleteCard: { type: 'deleteCard', cardId: 'c1' },
  moveCard: { type: 'moveCard', cardId: 'c1', groupId: 'g1' },
  createGroup: { type: 'createGroup', cardIds: ['c1'], title: 'Pairing' },
  nameGroup: { type: 'nameGroup', groupId: 'g1', title: 'Pairing' },
  vote: { type: 'vote', groupId: 'g1', delta: 1 },
  addNote: { type: 'addNote', groupId: 'g1', text: 'Try mob Fridays' },
  addAction: {
    type: 'addAction',
    text: 'Book a room',
    ownerId: 'u1',
    dueDate: '2026-12-31',
    groupId: null,
  },
  updateAction: { type: 'updateAction', actionId: 'a1', status: 'done' },
  deleteAction: { type: 'deleteAction', actionId: 'a1' },
};

/** The rules restated from the brief, independently of machine.ts. */
const phaseBound: Partial<Record<RetroCommandType, readonly RetroPhase[]>> = {
  reveal: ['gather'],
  focusTopic: ['discuss'],
  answerSafety: ['checkin'],
  answerCheckin: ['checkin'],
  setCheckinQuestion: ['checkin'],
  showCheckinAnswers: ['checkin'],
  reviewItem: ['review'],
  addCard: ['gather'],
  editCard: ['gather'],
  deleteCard: ['gather'],
  moveCard: ['group'],
  createGroup: ['group'],
  nameGroup: ['group'],
  vote: ['vote'],
  addNote: ['discuss'],
  addAction: ['discuss', 'actions'],
  updateAction: ['actions'],
  deleteAction: ['actions'],
  answerRoti: ['close'],
};
const facilitatorOnly: readonly RetroCommandType[] = [
  'advance',
  'back',
  'reveal',
  'focusTopic',
  'startTimer',
  'stopTimer',
  'handOver',
  'end',
  'setCheckinQuestion',
  'showCheckinAnswers',
  'setPostSummary',
];

const initial = (phases: RetroPhase[], facilitatorAway = false): MachineState => ({
  phase: phases[0] ?? 'gather',
  phases,
  status: 'active',
  revealed: false,
  facilitatorAway,
});

type Step = { kind: 'command'; role: RetroRole; type: RetroCommandType } | { kind: 'toggleAway' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      role: fc.constantFrom<RetroRole>('facilitator', 'participant'),
      type: fc.constantFrom(...retroCommandTypes),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'toggleAway' as const }) },
);
const skipArb = fc.subarray([...optionalPhases]);

describe('the phase machine under any sequence of commands', () => {
  it('never breaks a phase rule, whoever issues whatever', () => {
    fc.assert(
      fc.property(
        skipArb,
        fc.nat(),
        fc.boolean(),
        fc.boolean(),
        fc.array(stepArb, { maxLength: 60 }),
        (skip, start, revealedAtGather, away, steps) => {
          const phases = activePhases(skip);
          // Start anywhere a real retro can be: past gather the cards are revealed.
          const phase = phases[start % phases.length] ?? 'gather';
          const gatherAt = phases.indexOf('gather');
          const at = phases.indexOf(phase);
          const revealed = at > gatherAt || (at === gatherAt && revealedAtGather);
          let state: MachineState = { ...initial(phases, away), phase, revealed };
          for (const step of steps) {
            if (step.kind === 'toggleAway') {
              state = { ...state, facilitatorAway: !state.facilitatorAway };
              continue;
            }
            const { role, type } = step;
            const decision = canIssue(state, role, type);
            expect(decision.ok).toBe(allowedCommands(state, role).includes(type));
            if (!decision.ok) {
              expect(decision.refusal.id).toMatch(/^rules\./);
              continue;
            }
            expect(state.status, 'nothing is allowed after end').toBe('active');
            const bound = phaseBound[type];
            if (bound) expect(bound).toContain(state.phase);
            if (role === 'participant') expect(facilitatorOnly).not.toContain(type);
            if (type === 'takeOver') {
              expect(role).toBe('participant');
              expect(state.facilitatorAway).toBe(true);
            }

            const before = state;
            state = transition(state, sample[type]);
            const from = phases.indexOf(before.phase);
            const to = phases.indexOf(state.phase);
            expect(state.phases).toBe(phases);
            expect(to, 'the phase stays in the list').toBeGreaterThanOrEqual(0);
            if (type === 'advance') expect(to).toBe(from + 1);
            else if (type === 'back') expect(to).toBe(from - 1);
            else expect(state.phase).toBe(before.phase);
            if (type === 'reveal') expect(state.revealed).toBe(true);
            if (before.revealed) expect(state.revealed, 'cards never un-reveal').toBe(true);
            if (to > phases.indexOf('gather')) expect(state.revealed).toBe(true);
            if (role === 'participant') {
              expect(state.revealed).toBe(before.revealed);
              expect(state.status).toBe(before.status);
            }
            expect(state.status).toBe(type === 'end' ? 'ended' : 'active');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('allows nothing to anyone once the retro has ended', () => {
    fc.assert(
      fc.property(
        skipArb,
        fc.nat(),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom<RetroRole>('facilitator', 'participant'),
        (skip, at, revealed, facilitatorAway, role) => {
          const phases = activePhases(skip);
          const phase = phases[at % phases.length] ?? 'gather';
          const state: MachineState = { phase, phases, status: 'ended', revealed, facilitatorAway };
          expect(allowedCommands(state, role)).toEqual([]);
        },
      ),
    );
  });

  it('lets the facilitator walk every active phase in order, forward and back', () => {
    fc.assert(
      fc.property(skipArb, (skip) => {
        const phases = activePhases(skip);
        let state = initial(phases);
        const visited = [state.phase];
        while (canIssue(state, 'facilitator', 'advance').ok) {
          state = transition(state, sample.advance);
          visited.push(state.phase);
        }
        expect(visited).toEqual(phases);
        expect(nextPhase(state)).toBeNull();
        while (canIssue(state, 'facilitator', 'back').ok) state = transition(state, sample.back);
        expect(state.phase).toBe(phases[0]);
        expect(previousPhase(state)).toBeNull();
      }),
    );
  });
});

describe('the phase machine allows what the rules allow', () => {
  /** The rules restated from the brief, for every combination. */
  const expected = (state: MachineState, role: RetroRole, type: RetroCommandType): boolean => {
    const at = state.phases.indexOf(state.phase);
    if (state.status === 'ended') return false;
    if (facilitatorOnly.includes(type) && role !== 'facilitator') return false;
    if (type === 'takeOver') return role === 'participant' && state.facilitatorAway;
    if (!(phaseBound[type] ?? retroPhases).includes(state.phase)) return false;
    if (type === 'advance') return at < state.phases.length - 1;
    if (type === 'back') return at > 0;
    if (type === 'reveal') return !state.revealed;
    return true;
  };

  it('agrees with the rules in every phase, for both roles, away or not, revealed or not', () => {
    let checked = 0;
    for (const skip of [[], [...optionalPhases], ['checkin', 'vote'] as const]) {
      const phases = activePhases(skip);
      for (const phase of phases) {
        for (const revealed of [false, true]) {
          for (const facilitatorAway of [false, true]) {
            const state: MachineState = {
              ...initial(phases),
              phase,
              revealed,
              facilitatorAway,
            };
            for (const role of ['facilitator', 'participant'] as const) {
              for (const type of retroCommandTypes) {
                expect(canIssue(state, role, type).ok, `${role} ${type} in ${phase}`).toBe(
                  expected(state, role, type),
                );
                checked += 1;
              }
            }
          }
        }
      }
    }
    expect(checked).toBe((8 + 3 + 6) * 2 * 2 * 2 * 28);
  });
});
