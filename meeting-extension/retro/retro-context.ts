import { createContext, useContext } from 'react';
import type { Member } from '../../shared/api.js';
import type { RetroCommandType, RetroView } from '../../shared/retro/api.js';

export type RetroContextValue = {
  view: RetroView;
  /** Commands the machine allows this viewer now. */
  allowed: ReadonlySet<RetroCommandType>;
  /** When the view arrived, on this client's clock (timer sync). */
  fetchedAt: number;
  /** The meeting chat's members (Graph), for owners and hand-over. */
  members: Member[];
};

export const RetroContext = createContext<RetroContextValue | null>(null);

export function useRetro(): RetroContextValue {
  const value = useContext(RetroContext);
  if (!value) {
    throw new Error(
      'useRetro() needs <RetroContext>. To fix this error, render inside RetroBoard.',
    );
  }
  return value;
}
