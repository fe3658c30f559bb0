// Calendar days as YYYY-MM-DD strings. A day is a label, not an instant: arithmetic runs on UTC
// midnights so that clock changes never add or lose a day.

const DAY_MS = 86_400_000;

function utcOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function isoOfUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const todayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The date it is now in a time zone: "today" for the user, wherever the computer thinks it is. */
export function todayIn(timeZone: string, now: Date): string {
  let format = todayFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    todayFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function addDays(date: string, days: number): string {
  return isoOfUtc(utcOf(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY_MS);
}

/** 0 for Sunday … 6 for Saturday. */
export function weekdayOf(date: string): number {
  return new Date(utcOf(date)).getUTCDay();
}

interface WeekInfo {
  /** 1 for Monday … 7 for Sunday. */
  firstDay: number;
}

/** The day a week starts on where the user lives (0 Sunday … 6 Saturday); Monday if unknown. */
export function firstDayOfWeek(locale?: string): number {
  try {
    const tag = locale ?? new Intl.DateTimeFormat().resolvedOptions().locale;
    const info = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const firstDay = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay;
    return firstDay ? firstDay % 7 : 1;
  } catch {
    return 1;
  }
}

/** The seven days of the week holding `date`. */
export function weekOf(date: string, firstDay: number): string[] {
  const start = addDays(date, -((weekdayOf(date) - firstDay + 7) % 7));
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** A Date that formats as `date` when formatted in UTC. */
export function utcDate(date: string): Date {
  return new Date(utcOf(date));
}

const longDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const weekdayShort = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const dayOfMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', timeZone: 'UTC' });
const monthDay = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const relativeDays = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "Tuesday, March 10, 2026". */
export function longDate(date: string): string {
  return longDay.format(utcDate(date));
}

/** "Tue, Mar 10". */
export function shortDate(date: string): string {
  return shortDay.format(utcDate(date));
}

export function weekdayName(date: string): string {
  return weekdayShort.format(utcDate(date));
}

export function dayNumber(date: string): string {
  return dayOfMonth.format(utcDate(date));
}

/** "Today", "Tomorrow", "Yesterday", or null further away. */
export function nearDayName(date: string, today: string): string | null {
  const days = daysBetween(today, date);
  if (Math.abs(days) > 1) return null;
  const word = relativeDays.format(days, 'day');
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

/** "Mar 8 – 14, 2026", as the locale writes a range. */
export function weekRange(first: string, last: string): string {
  return monthDay.formatRange(utcDate(first), utcDate(last));
}

export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isoOfUtc(utcOf(text)) === text;
}
