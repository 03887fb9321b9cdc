export type Raced<T> = { kind: 'settled'; value: T } | { kind: 'timeout' };

/** Races a promise against a timer; the loser is ignored (a late rejection is swallowed). */
export function raceTimeout<T>(promise: Promise<T>, ms: number): Promise<Raced<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Raced<T>>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), ms);
  });
  const settled = promise.then((value): Raced<T> => ({ kind: 'settled', value }));
  settled.catch(() => undefined);
  return Promise.race([settled, timeout]).finally(() => clearTimeout(timer));
}
