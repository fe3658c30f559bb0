import type { ImportantDate } from '../../../../shared/domain/person';

const monthDay = new Intl.DateTimeFormat(undefined, { month: 'long', day: 'numeric' });
const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** Month names in the user's language, January first. */
export const MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat(undefined, { month: 'long' }).format(new Date(2000, i, 1)),
);

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The day it falls on in `year`; 29 February is kept on the 28th in other years. */
function occurrenceIn(year: number, month: number, day: number): Date {
  const d = month === 2 && day === 29 && !isLeap(year) ? 28 : day;
  return new Date(year, month - 1, d);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The next time this date comes round, today included. */
export function nextOccurrence(month: number, day: number, today: Date): Date {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const thisYear = occurrenceIn(start.getFullYear(), month, day);
  return thisYear >= start ? thisYear : occurrenceIn(start.getFullYear() + 1, month, day);
}

function daysUntil(date: Date, today: Date): number {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((date.getTime() - start.getTime()) / DAY_MS);
}

function soon(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return days <= 30 ? `in ${days} days` : '';
}

/**
 * "turns 41 on March 14 (in 5 days)", "12 years on June 2", or just "March 14" when the year is
 * not known. `today` is passed in so the text is a function of its inputs.
 */
export function describeDate(date: ImportantDate, today: Date): string {
  const next = nextOccurrence(date.month, date.day, today);
  const days = daysUntil(next, today);
  const when = days === 0 ? 'today' : `on ${monthDay.format(next)}`;
  const hint = days === 0 ? '' : soon(days);
  const suffix = hint ? ` (${hint})` : '';
  if (date.year === null) return `${monthDay.format(next)}${suffix}`;
  const years = next.getFullYear() - date.year;
  if (years <= 0) return fullDate.format(occurrenceIn(date.year, date.month, date.day));
  if (date.kind === 'birthday') return `turns ${years} ${when}${suffix}`;
  return `${years} ${years === 1 ? 'year' : 'years'} ${when}${suffix}`;
}
