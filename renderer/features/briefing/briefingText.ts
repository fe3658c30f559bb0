import type { BriefingDate, BriefingMeeting } from '../../../shared/domain/briefing';
import type { DateKind } from '../../../shared/domain/person';
import { daysBetween, shortDate, todayIn } from '../calendar/dates';

// Words and numbers of the briefing, as the user's locale writes them. Pure: tested without a DOM.

const relativeDays = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const hourFormatters = new Map<string, Intl.DateTimeFormat>();

/** The hour of the day (0–23) at an instant in a zone: when "the evening" begins. */
export function hourIn(timeZone: string, at: Date): number {
  let format = hourFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone });
    hourFormatters.set(timeZone, format);
  }
  return Number(format.format(at));
}

/** From this hour on, today's briefing also shows what tomorrow holds. */
export const EVENING_HOUR = 17;

/** "today", "yesterday", "3 days ago", "in 2 weeks"-style words for a day seen from another. */
export function daysAwayText(from: string, to: string): string {
  const days = daysBetween(from, to);
  if (Math.abs(days) < 14) return relativeDays.format(days, 'day');
  if (Math.abs(days) < 60) return relativeDays.format(Math.round(days / 7), 'week');
  if (Math.abs(days) < 365 * 2) return relativeDays.format(Math.round(days / 30.4), 'month');
  return relativeDays.format(Math.round(days / 365.25), 'year');
}

/** "Tue, Jun 4 · 7 days ago" for an instant, seen from the briefing's day in its zone. */
export function whenText(iso: string, day: string, timeZone: string): string {
  const date = iso.length === 10 ? iso : todayIn(timeZone, new Date(iso));
  return `${shortDate(date)} · ${daysAwayText(day, date)}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const DATE_KIND_WORDS: Partial<Record<DateKind, string>> = {
  birthday: 'Birthday',
  anniversary: 'Anniversary',
};

/** "Birthday today, turns 40", "Work anniversary in 3 days (Thu, Jun 13), 5 years". */
export function upcomingDateText(date: BriefingDate): string {
  const name = date.label.trim() || DATE_KIND_WORDS[date.kind] || 'Date';
  const when =
    date.daysAway === 0
      ? 'today'
      : date.daysAway === 1
        ? `tomorrow (${shortDate(date.date)})`
        : `in ${date.daysAway} days (${shortDate(date.date)})`;
  if (date.years === null) return `${name} ${when}`;
  const years = date.kind === 'birthday' ? `turns ${date.years}` : plural(date.years, 'year');
  return `${name} ${when}, ${years}`;
}

/** The first few lines of a note, for a card: whole lines while they fit. */
export function firstLines(text: string, maxLines = 3): string {
  const lines = text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''));
  const shown = lines.slice(0, maxLines).join('\n').trim();
  return lines.length > maxLines ? `${shown}…` : shown;
}

/** Timed meetings the user has not declined, that have begun by `now`. */
function startedMeetings(meetings: BriefingMeeting[], now: number): BriefingMeeting[] {
  return meetings.filter((m) => !m.allDay && !m.declined && Date.parse(m.start) <= now);
}

/**
 * The meeting `n` writes notes on: the one in progress (the latest to start, when they overlap),
 * else the most recent one that has started; null before the first one.
 */
export function meetingToWriteUp(meetings: BriefingMeeting[], now: number): BriefingMeeting | null {
  const started = startedMeetings(meetings, now).sort(
    (a, b) => Date.parse(b.start) - Date.parse(a.start),
  );
  return started.find((m) => now < Date.parse(m.end)) ?? started[0] ?? null;
}

/** Whether notes can be logged yet: the meeting has begun (an all-day event: its day has). */
export function hasStarted(meeting: BriefingMeeting, today: string, now: number): boolean {
  return meeting.allDay ? meeting.start <= today : Date.parse(meeting.start) <= now;
}
