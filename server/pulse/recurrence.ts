import type { Recurrence } from '../../shared/pulse/api.js';

const dayMs = 24 * 60 * 60 * 1000;

/** The shortest gap between two openings: a recurring pulse must close before the next opens. */
export const shortestPeriodDays: Record<Exclude<Recurrence, 'none'>, number> = {
  weekly: 7,
  biweekly: 14,
  monthly: 28,
};

/** The reminder goes out this long before a pulse closes. */
export const reminderLeadMs = dayMs;

/**
 * The n-th opening after `first` (n = 0 is `first`). Monthly adds calendar months in UTC and
 * clamps to the month's last day (Jan 31 → Feb 28 → Mar 31), always counted from the first.
 */
export function nthOpening(first: Date, recurrence: Exclude<Recurrence, 'none'>, n: number): Date {
  if (recurrence !== 'monthly') {
    return new Date(first.getTime() + n * shortestPeriodDays[recurrence] * dayMs);
  }
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + n;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(first.getUTCDate(), lastDay),
      first.getUTCHours(),
      first.getUTCMinutes(),
      first.getUTCSeconds(),
      first.getUTCMilliseconds(),
    ),
  );
}

export type Window = { opensAt: Date; closesAt: Date };

/**
 * The instance after `current` in a series: the first later opening whose close is still ahead
 * of `now`, so a scheduler that was down for weeks skips the missed ones instead of opening and
 * closing them at once. Same duration as the series' first instance.
 */
export function nextWindow(
  series: { recurrence: Exclude<Recurrence, 'none'>; firstOpensAt: Date; firstClosesAt: Date },
  current: Date,
  now: Date,
): Window {
  const duration = series.firstClosesAt.getTime() - series.firstOpensAt.getTime();
  for (let n = 1; ; n++) {
    const opensAt = nthOpening(series.firstOpensAt, series.recurrence, n);
    const closesAt = new Date(opensAt.getTime() + duration);
    if (opensAt > current && closesAt > now) return { opensAt, closesAt };
  }
}

/** When the closing-soon reminder is due, or null when the pulse is too short for one. */
export function reminderAt(window: Window): Date | null {
  const at = new Date(window.closesAt.getTime() - reminderLeadMs);
  // A pulse open for a day or less gets only the "opened" notification.
  return at > window.opensAt ? at : null;
}
