import {
  loadBoard,
  loadMarks,
  type Q,
  type RetroBoard,
  type RetroData,
  type RetroRow,
} from './queries.js';

export type BoardCacheOptions = {
  /** Active retros kept; the least recently read goes first. */
  maxEntries?: number;
  /** How long one load may serve, even at the same rev (bounds any change that skipped `rev`). */
  ttlMs?: number;
  now?: () => number;
};

export type BoardCache = {
  /** The retro's data for a view: the board shared by every reader of this rev, marks fresh. */
  load(q: Q, retro: RetroRow): Promise<RetroData>;
};

type Entry = { rev: number; at: number; board: Promise<RetroBoard> };

/**
 * After each retro event every panel reads its own view, so hundreds of reads of one retro arrive
 * together, all at the same `rev`. They share one load of the board (one set of queries, even while
 * it is in flight) and read only the marks themselves. The retro row, and so `rev`, is read fresh
 * on every request, so a change made by any instance reloads the board on the next read; losing
 * the cache costs only a reload. Ended retros are not cached: their carried-over items can change
 * from the next retro's review without their own `rev` moving.
 */
export function createBoardCache(options: BoardCacheOptions = {}): BoardCache {
  const maxEntries = options.maxEntries ?? 500;
  const ttlMs = options.ttlMs ?? 5_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  function boardFor(q: Q, retro: RetroRow): Promise<RetroBoard> {
    const at = now();
    const cached = entries.get(retro.id);
    entries.delete(retro.id); // re-inserted below: the Map's order is the recency order
    if (cached && cached.rev === retro.rev && at - cached.at <= ttlMs) {
      entries.set(retro.id, cached);
      return cached.board;
    }
    const board = loadBoard(q, retro);
    const entry: Entry = { rev: retro.rev, at, board };
    entries.set(retro.id, entry);
    // A failed load must not be served to the next reader.
    board.catch(() => {
      if (entries.get(retro.id) === entry) entries.delete(retro.id);
    });
    while (entries.size > maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
    return board;
  }

  return {
    async load(q, retro) {
      const boardPromise = retro.status === 'active' ? boardFor(q, retro) : loadBoard(q, retro);
      const [board, marks] = await Promise.all([boardPromise, loadMarks(q, retro.id)]);
      return { retro, ...board, marks };
    },
  };
}
