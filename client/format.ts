import { useMemo } from 'react';
import { useHost } from './host-context.js';

/**
 * The one way Candor writes dates and numbers: `Intl` with the Teams locale (docs/design.md).
 * - a day: "4 Dec 2026" (dateStyle medium), for pulses, retros and due dates;
 * - a moment: "4 Dec 2026, 15:30" (medium + short time), for opening/closing times;
 * - a month: "Dec 2026", for chart axes only.
 * Days that are calendar dates (`YYYY-MM-DD`, like a due date) are read in UTC so nobody's
 * time zone moves them; instants are shown in the viewer's own time zone, except `utcDay`.
 */
export type Formatters = {
  locale: string;
  /** An instant's day in the viewer's time zone, or a `YYYY-MM-DD` calendar date as written. */
  day: (value: string | Date) => string;
  /** An instant's day in UTC, so every viewer of a team chart sees the same label. */
  utcDay: (value: string | Date) => string;
  moment: (value: string | Date) => string;
  month: (value: string | Date) => string;
  number: (value: number, fractionDigits?: number) => string;
  percent: (fraction: number) => string;
};

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

function toDate(value: string | Date): { date: Date; calendar: boolean } | null {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : { date: value, calendar: false };
  const calendar = calendarDate.test(value);
  const date = new Date(calendar ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : { date, calendar };
}

/** Falls back to English when the host gives a locale `Intl` does not know. */
function supported(locale: string | undefined): string {
  if (!locale) return 'en-US';
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en-US';
  } catch {
    return 'en-US';
  }
}

export function formatters(hostLocale?: string): Formatters {
  const locale = supported(hostLocale);
  const dayFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const utcDayFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const momentFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const monthFmt = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const percentFmt = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const safe =
    (fmt: (parsed: { date: Date; calendar: boolean }) => string) => (value: string | Date) => {
      const parsed = toDate(value);
      return parsed ? fmt(parsed) : String(value);
    };
  return {
    locale,
    day: safe(({ date, calendar }) => (calendar ? utcDayFmt : dayFmt).format(date)),
    utcDay: safe(({ date }) => utcDayFmt.format(date)),
    moment: safe(({ date, calendar }) => (calendar ? utcDayFmt : momentFmt).format(date)),
    month: safe(({ date }) => monthFmt.format(date)),
    number: (value, fractionDigits = 0) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }).format(value),
    percent: (fraction) => percentFmt.format(fraction),
  };
}

/** The formatters for the Teams locale of this page. */
export function useFormat(): Formatters {
  const { info } = useHost();
  return useMemo(() => formatters(info.locale), [info.locale]);
}
