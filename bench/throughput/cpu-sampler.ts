/** Wall-clock ms, comparable across processes (both derive it from the system clock). */
export const wallNow = (): number => performance.timeOrigin + performance.now();

export type CpuSampler = {
  /** Server CPU ms (user + system) spent between two wall-clock times within the sampling. */
  between(from: number, to: number): number;
  stop(): void;
};

/**
 * Samples this process's CPU use every 100 ms, so the CPU of a window of a run (its first or last
 * 5 s) can be set against the responses that arrived in it.
 */
export function startCpuSampler(): CpuSampler {
  const samples: { at: number; ms: number }[] = [];
  const sample = () => {
    const { user, system } = process.cpuUsage();
    samples.push({ at: wallNow(), ms: (user + system) / 1000 });
  };
  sample();
  const timer = setInterval(sample, 100);
  // Linear between the samples either side of `at`.
  const cpuAt = (at: number): number => {
    const after = samples.findIndex((s) => s.at >= at);
    if (after < 0) return samples.at(-1)!.ms;
    if (after === 0) return samples[0]!.ms;
    const a = samples[after - 1]!;
    const b = samples[after]!;
    return a.ms + ((b.ms - a.ms) * (at - a.at)) / (b.at - a.at);
  };
  return {
    between: (from, to) => cpuAt(to) - cpuAt(from),
    stop: () => {
      clearInterval(timer);
      sample();
    },
  };
}
