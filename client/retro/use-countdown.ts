import { useEffect, useState } from 'react';
import type { RetroView } from '../../shared/retro/api.js';
import { timerRemaining } from '../../shared/retro/discussion.js';

/**
 * Seconds left on the retro's timer, on the server's clock: `fetchedAt` is when (on this
 * client's clock) the view carrying `serverNow` arrived. Null when no timer runs.
 */
export function useCountdown(view: RetroView, fetchedAt: number): number | null {
  const timer = view.discussion.timer;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer) return undefined;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [timer]);
  if (!timer) return null;
  return timerRemaining(timer.endsAt, view.serverNow, fetchedAt, Math.max(now, fetchedAt));
}

/** 75 → "1:15". */
export function formatSeconds(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
