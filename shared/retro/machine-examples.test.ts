import { describe, expect, it } from 'vitest';
import {
  activePhases,
  allowedCommands,
  canIssue,
  transition,
  type MachineState,
} from './machine.js';
import { optionalPhases, retroPhases, type RetroPhase } from './phases.js';

const at = (phase: RetroPhase, extra: Partial<MachineState> = {}): MachineState => ({
  phase,
  phases: activePhases([]),
  status: 'active',
  revealed: false,
  facilitatorAway: false,
  ...extra,
});

describe('activePhases', () => {
  it('keeps the order and drops only the skipped phases', () => {
    expect(activePhases([])).toEqual([...retroPhases]);
    expect(activePhases(['vote', 'checkin'])).toEqual([
      'review',
      'gather',
      'group',
      'discuss',
      'actions',
      'close',
    ]);
    expect(activePhases([...optionalPhases])).toEqual(['gather', 'actions', 'close']);
  });
});

describe('canIssue examples', () => {
  it('refuses advance at the last phase and back at the first, saying what to do', () => {
    expect(canIssue(at('close'), 'facilitator', 'advance')).toEqual({
      ok: false,
      refusal: { id: 'rules.lastPhase' },
    });
    expect(canIssue(at('checkin'), 'facilitator', 'back').ok).toBe(false);
    expect(canIssue(at('close'), 'facilitator', 'end').ok).toBe(true);
  });

  it('lets the facilitator reveal only once, and only while gathering', () => {
    expect(canIssue(at('gather'), 'facilitator', 'reveal').ok).toBe(true);
    expect(canIssue(at('gather', { revealed: true }), 'facilitator', 'reveal').ok).toBe(false);
    expect(canIssue(at('group'), 'facilitator', 'reveal').ok).toBe(false);
    expect(canIssue(at('gather'), 'participant', 'reveal').ok).toBe(false);
  });

  it('names the phase a command belongs to when refusing it', () => {
    const decision = canIssue(at('vote'), 'participant', 'addCard');
    expect(decision).toEqual({
      ok: false,
      refusal: {
        id: 'rules.wrongPhase',
        values: {
          action: { id: 'rules.action.addCard' },
          during: [{ id: 'panel.phase.gather' }],
          now: { id: 'panel.phase.vote' },
        },
      },
    });
  });

  it('lets a participant take over only while the facilitator is away', () => {
    expect(canIssue(at('vote'), 'participant', 'takeOver').ok).toBe(false);
    expect(canIssue(at('vote', { facilitatorAway: true }), 'participant', 'takeOver').ok).toBe(
      true,
    );
    expect(canIssue(at('vote', { facilitatorAway: true }), 'facilitator', 'takeOver').ok).toBe(
      false,
    );
    const after = transition(at('vote', { facilitatorAway: true }), { type: 'takeOver' });
    expect(after.facilitatorAway).toBe(false);
  });

  it('gives each role the controls of the phase', () => {
    expect(allowedCommands(at('gather'), 'participant')).toEqual([
      'setReady',
      'addCard',
      'editCard',
      'deleteCard',
    ]);
    expect(allowedCommands(at('discuss'), 'facilitator')).toEqual([
      'advance',
      'back',
      'focusTopic',
      'startTimer',
      'stopTimer',
      'handOver',
      'end',
      'setPostSummary',
      'setReady',
      'addNote',
      'addAction',
    ]);
  });

  it('reveals the cards when the facilitator advances out of gather, and keeps them on the way back', () => {
    const grouped = transition(at('gather'), { type: 'advance' });
    expect(grouped).toMatchObject({ phase: 'group', revealed: true });
    expect(transition(grouped, { type: 'back' })).toMatchObject({
      phase: 'gather',
      revealed: true,
    });
  });
});
