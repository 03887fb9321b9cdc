import { createContext, useContext } from 'react';

/**
 * Asks the board to put focus on the next phase's heading once the phase changes: the panel
 * that pressed "Next phase" or "Back" must not leave its user on <body> or on a stale button.
 */
export const PhaseFocusContext = createContext<() => void>(() => undefined);

export function useRequestPhaseFocus(): () => void {
  return useContext(PhaseFocusContext);
}
