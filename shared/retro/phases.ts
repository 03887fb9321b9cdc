import { z } from 'zod';

/** Every phase of a retro, in order. Optional phases can be skipped when the retro is created. */
export const retroPhases = [
  'checkin',
  'review',
  'gather',
  'group',
  'vote',
  'discuss',
  'actions',
  'close',
] as const;
export const retroPhaseSchema = z.enum(retroPhases);
export type RetroPhase = z.infer<typeof retroPhaseSchema>;

/** Phases the facilitator may leave out. Gather, actions and close always run. */
export const optionalPhases = ['checkin', 'review', 'group', 'vote', 'discuss'] as const;
export const optionalPhaseSchema = z.enum(optionalPhases);
export type OptionalPhase = z.infer<typeof optionalPhaseSchema>;

export const phaseLabels: Record<RetroPhase, string> = {
  checkin: 'Check-in',
  review: 'Review',
  gather: 'Gather',
  group: 'Group',
  vote: 'Vote',
  discuss: 'Discuss',
  actions: 'Actions',
  close: 'Close',
};
