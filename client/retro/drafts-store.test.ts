import { describe, expect, it, vi } from 'vitest';
import { createDraftStore, type DraftStorage } from './drafts-store.js';

function fakeStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('draft store', () => {
  it('keeps text per retro and column, and survives a new store on the same storage', () => {
    const storage = fakeStorage();
    const first = createDraftStore(storage);
    first.set('r1', 'start', 'Pair more');
    first.set('r1', 'stop', 'Late merges');
    first.set('r2', 'start', 'Other retro');
    // A reload (or a remount that builds a new store) reads the same drafts back.
    const second = createDraftStore(storage);
    expect(second.get('r1', 'start')).toBe('Pair more');
    expect(second.get('r1', 'stop')).toBe('Late merges');
    expect(second.get('r2', 'start')).toBe('Other retro');
    expect(second.get('r1', 'continue')).toBe('');
  });

  it('clears a draft once sent and lists the columns still holding text', () => {
    const storage = fakeStorage();
    const store = createDraftStore(storage);
    store.set('r1', 'start', 'a');
    store.set('r1', 'stop', '   ');
    store.set('r1', 'continue', 'c');
    store.clear('r1', 'start');
    expect(store.columnsWithDrafts('r1', ['start', 'stop', 'continue'])).toEqual(['continue']);
    expect([...storage.data.keys()].some((key) => key.includes('start'))).toBe(false);
  });

  it('notifies subscribers on changes only', () => {
    const store = createDraftStore(fakeStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set('r1', 'start', 'x');
    store.set('r1', 'start', 'x');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.set('r1', 'start', 'y');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps drafts in memory when storage throws or is missing', () => {
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    for (const storage of [broken, null]) {
      const store = createDraftStore(storage);
      store.set('r1', 'start', 'still here');
      expect(store.get('r1', 'start')).toBe('still here');
    }
  });
});
