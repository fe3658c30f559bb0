// How the timeline words its dates. Every function takes "now" (or "today") from its caller, so
// the text is a function of its inputs and the clock is read in one place (the store).

const DAY_MS = 24 * 60 * 60 * 1000;

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const dayThisYear = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
});
const dayOtherYear = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const shortDay = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const shortDayYear = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});
const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of `now`, as YYYY-MM-DD. */
export function localIsoDate(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A YYYY-MM-DD date as local midnight. */
export function parseIsoDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Whole calendar days from `from` to `to` in local time; negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  const a = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
  const b = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((b - a) / DAY_MS);
}

/** Whole calendar months from `from` to `to`, counting a month only once its day is reached. */
function monthsBetween(from: Date, to: Date): number {
  const [early, late, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let months = (late.getFullYear() - early.getFullYear()) * 12 + late.getMonth() - early.getMonth();
  if (late.getDate() < early.getDate()) months -= 1;
  return sign * months;
}

/** "today", "yesterday", "3 days ago", "2 weeks ago", "5 months ago", "2 years ago", "in 3 days". */
export function relativeDay(date: Date, now: Date): string {
  const days = daysBetween(now, date);
  const size = Math.abs(days);
  if (size < 7) return relative.format(days, 'day');
  if (size < 30) return relative.format(Math.trunc(days / 7), 'week');
  const months = monthsBetween(now, date);
  if (Math.abs(months) < 12) {
    return relative.format(months === 0 ? Math.sign(days) : months, 'month');
  }
  return relative.format(Math.trunc(months / 12), 'year');
}

/** The header line: "Last contacted 3 days ago" or "No interactions yet". */
export function lastContactedText(lastContacted: string | null, now: Date): string {
  if (!lastContacted) return 'No interactions yet';
  return `Last contacted ${relativeDay(new Date(lastContacted), now)}`;
}

/** "Tue, Nov 18 · 14:30", with the year when it is not this year's. */
export function whenText(instant: string, now: Date): string {
  const at = new Date(instant);
  const day = at.getFullYear() === now.getFullYear() ? dayThisYear : dayOtherYear;
  return `${day.format(at)} · ${clock.format(at)}`;
}

/** The whole moment, for a tooltip and for screen readers. */
export function fullWhenText(instant: string): string {
  return fullDate.format(new Date(instant));
}

export function longDateText(date: Date): string {
  return longDate.format(date);
}

/** "45 min", "1 h", "1 h 30 min", "2 days". */
export function durationText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes >= 24 * 60 && minutes % (24 * 60) === 0) {
    const days = minutes / (24 * 60);
    return `${days} ${days === 1 ? 'day' : 'days'}`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

function dayText(date: Date, today: Date): string {
  return (date.getFullYear() === today.getFullYear() ? shortDay : shortDayYear).format(date);
}

/** An important date's row: "Birthday · Dec 10 · in 17 days". */
export function upcomingDateText(label: string, date: string, today: string): string {
  const on = parseIsoDate(date);
  const from = parseIsoDate(today);
  return `${label} · ${shortDay.format(on)} · ${relative.format(daysBetween(from, on), 'day')}`;
}

/** A follow-up's due date: "due today", "due Dec 1", "overdue since Nov 20". */
export function dueText(dueOn: string, today: string, done: boolean): string {
  const due = parseIsoDate(dueOn);
  const from = parseIsoDate(today);
  const days = daysBetween(from, due);
  if (done) return `due ${dayText(due, from)}`;
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days < 0) return `overdue since ${dayText(due, from)}`;
  return `due ${dayText(due, from)}`;
}

export function isOverdue(dueOn: string | null, today: string, done: boolean): boolean {
  return !done && dueOn !== null && dueOn < today;
}
