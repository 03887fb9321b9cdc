import type { GraphConsentAnswer } from './naa-graph.js';

/** The stand-in's "To Do consent" setting: how "you" answer Teams' prompt for a Graph permission. */
export const consentLabels: Record<GraphConsentAnswer, string> = {
  accept: 'Accept',
  refuse: 'Refuse',
  close: 'Close the prompt',
};

/** Entra keeps a person's consent to a Graph permission: in the stand-in it outlives the page too. */
export function persistedSet(key: string): Set<string> {
  let stored: unknown = [];
  try {
    stored = JSON.parse(window.localStorage.getItem(key) ?? '[]');
  } catch {
    // A damaged entry counts as no consent.
  }
  const set = new Set<string>(
    Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [],
  );
  const add = set.add.bind(set);
  set.add = (value: string) => {
    add(value);
    window.localStorage.setItem(key, JSON.stringify([...set]));
    return set;
  };
  return set;
}
