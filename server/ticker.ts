/** A job that runs on a timer: `tick` runs it now, `stop` ends the timer and waits for a run. */
export type Ticker = { tick(): Promise<void>; stop(): Promise<void> };

/**
 * Runs `tick` every `intervalMs`, never overlapping its own runs (other instances are kept apart
 * by the job's row claims). The timer does not keep the process alive.
 */
export function startTicker(tick: () => Promise<void>, intervalMs: number): Ticker {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    running ??= tick().finally(() => (running = null));
  }, intervalMs);
  timer.unref();
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
