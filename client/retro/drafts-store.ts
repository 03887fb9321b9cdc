/** The slice of `Storage` the drafts store uses; sessionStorage in the browser. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type DraftStore = {
  get(retroId: string, columnId: string): string;
  set(retroId: string, columnId: string, text: string): void;
  clear(retroId: string, columnId: string): void;
  /** Column ids of this retro that hold unsent text. */
  columnsWithDrafts(retroId: string, columnIds: readonly string[]): string[];
  subscribe(listener: () => void): () => void;
};

const prefix = 'candor.draft.';

/**
 * Unsent card text, kept outside React so a phase change, a refetch or a remount never loses
 * what someone is typing. Storage failures (private mode, quota) fall back to memory.
 */
export function createDraftStore(storage: DraftStorage | null): DraftStore {
  const memory = new Map<string, string>();
  const listeners = new Set<() => void>();
  const keyOf = (retroId: string, columnId: string) => `${prefix}${retroId}.${columnId}`;

  function read(key: string): string {
    if (memory.has(key)) return memory.get(key) ?? '';
    try {
      const stored = storage?.getItem(key) ?? '';
      memory.set(key, stored);
      return stored;
    } catch {
      return '';
    }
  }

  function write(key: string, text: string): void {
    if (read(key) === text) return;
    memory.set(key, text);
    try {
      if (text) storage?.setItem(key, text);
      else storage?.removeItem(key);
    } catch {
      // Memory still holds it for this page's life.
    }
    for (const listener of listeners) listener();
  }

  return {
    get: (retroId, columnId) => read(keyOf(retroId, columnId)),
    set: (retroId, columnId, text) => write(keyOf(retroId, columnId), text),
    clear: (retroId, columnId) => write(keyOf(retroId, columnId), ''),
    columnsWithDrafts: (retroId, columnIds) =>
      columnIds.filter((columnId) => read(keyOf(retroId, columnId)).trim() !== ''),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
