/**
 * The demo history's shape, as pure functions of a seed and "today": when pulses and retros happen,
 * how many people answer, and how safe each team feels. Deterministic, so every machine (and every
 * screenshot) gets the same year.
 */
import { edmondsonItems } from '../../shared/pulse/items.js';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;
const weekMs = 7 * dayMs;

/** How many weeks of history: about a year. */
export const historyWeeks = 52;

/** Pulses open Monday 09:00 UTC and close Friday 17:00 UTC. */
const pulseOpenHour = 9;
const pulseDurationMs = 4 * dayMs + 8 * hourMs;
/** Retros start Thursday 14:00 UTC, every other week. */
const retroOffsetMs = 3 * dayMs + 14 * hourMs;

export type Random = () => number;

/** mulberry32: a small seeded PRNG, good enough for plausible demo numbers. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pickOne = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pickOne needs at least one item.');
  return item;
};

/** A random subset of `count` items, in random order. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, Math.max(0, Math.min(count, pool.length)));
}

/** Monday 00:00 UTC of the week holding `date`. */
export function mondayOf(date: Date): Date {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - weekday * dayMs);
}

/** The first pulse's window: Monday `historyWeeks` weeks before this week's. */
export function firstPulseWindow(today: Date): { opensAt: Date; closesAt: Date } {
  const opensAt = new Date(
    mondayOf(today).getTime() - historyWeeks * weekMs + pulseOpenHour * hourMs,
  );
  return { opensAt, closesAt: new Date(opensAt.getTime() + pulseDurationMs) };
}

/** Retro start times: every 14 days from the first pulse week's Thursday, all before today. */
export function retroTimes(today: Date): Date[] {
  const first = firstPulseWindow(today).opensAt.getTime() - pulseOpenHour * hourMs + retroOffsetMs;
  const times: Date[] = [];
  // The last retro ends before today, so none is left running when the server starts.
  for (let at = first; at + 2 * hourMs < today.getTime(); at += 2 * weekMs) {
    times.push(new Date(at));
  }
  return times;
}

export type TeamProfile = {
  /** The anonymity threshold the owner picks. */
  k: number;
  /** Usual share of the team that answers. */
  responseRate: number;
  /** Team mood on the 1–7 scale at week w of the history. */
  mood(week: number): number;
  /** Weeks (from 0) when most people are away: below the threshold on purpose. */
  quietWeeks: readonly number[];
  /** Chance that a response carries a comment. */
  commentRate: number;
};

/** Platform grows safer over the year, with a dip after a rough incident in the middle. */
export const platformProfile: TeamProfile = {
  k: 5,
  responseRate: 0.8,
  mood: (w) => 4.5 + (1.1 * w) / historyWeeks - (w >= 22 && w <= 27 ? 0.8 : 0),
  quietWeeks: [16, 33],
  commentRate: 0.1,
};

/** Customer Success slides through a reorganisation, then recovers. */
export const customerSuccessProfile: TeamProfile = {
  k: 5,
  responseRate: 0.62,
  mood: (w) => 5.2 - 0.9 * Math.sin((Math.PI * Math.min(w, 40)) / 40),
  quietWeeks: [33],
  commentRate: 0.25,
};

/** How many of `teamSize` answer in week `week`. Quiet weeks stay below k. */
export function respondents(
  random: Random,
  profile: TeamProfile,
  teamSize: number,
  week: number,
): number {
  if (profile.quietWeeks.includes(week)) return Math.max(1, profile.k - 2);
  const rate = profile.responseRate + (random() - 0.5) * 0.3;
  return Math.max(profile.k, Math.min(teamSize, Math.round(rate * teamSize)));
}

const clamp = (value: number): number => Math.max(1, Math.min(7, Math.round(value)));

/**
 * One person's seven answers around `mood` (how safe they feel, 1–7), stated the way the items
 * read: a reverse-scored item is answered 8 − feeling. Now and then one item is skipped.
 */
export function answersFor(random: Random, mood: number): (number | null)[] {
  const personal = mood + (random() - 0.5) * 2;
  const skipped = random() < 0.1 ? Math.floor(random() * edmondsonItems.length) : -1;
  return edmondsonItems.map((item, i) => {
    if (i === skipped) return null;
    const feeling = clamp(personal + (random() - 0.5) * 2);
    return item.reversed ? 8 - feeling : feeling;
  });
}

export const pulseComments: readonly string[] = [
  'More time in planning to raise risks before we commit.',
  'When leads admit their own mistakes first, it gets easier for the rest of us.',
  'Fewer surprise priorities would help people speak up about capacity.',
  'Blameless incident reviews have really helped.',
  'A rotating chair in meetings so the same voices do not dominate.',
  'Async channels for questions, so asking does not feel like interrupting.',
  'Clearer ownership so raising a problem does not mean owning it forever.',
];
