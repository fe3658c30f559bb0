import type { NotificationSettings } from '../../../shared/domain/briefing';
import { addDays, dateString, dayBounds, instantToWall, wallToInstant } from '../calendar/wallTime';

/**
 * When the morning notification is due. Pure: the clock reading and the zone are passed in.
 *
 * The rules:
 * - It is due at the chosen local time of each day, found in that day's own offset, so 07:30
 *   stays 07:30 on the days the clocks change. A time the spring night skips (02:30) falls an
 *   hour later, as calendars do; a time the autumn night repeats is its first occurrence.
 * - Missed (the machine slept, or Farley was not running), it may still be shown late on the same
 *   local day until the catch-up cut-off: noon, or one hour after the chosen time when that is
 *   later (someone who asks for 13:00 still gets a late one until 14:00), never after midnight.
 *   After the cut-off a morning briefing is stale: that day is skipped and the next one planned.
 * - One per local day: a day on or before the last handled day is never due again.
 * - A day the user passed over (they moved the time to one already gone, or turned the
 *   notification on after it) is skipped: a change in Settings never pops a notification itself.
 */

/** The latest the missed notification of a day may be shown, in minutes after local midnight. */
export const CATCH_UP_UNTIL_MINUTES = 12 * 60;
/** However late the chosen time, a missed notification may still be shown this long after it. */
export const CATCH_UP_MIN_WINDOW_MS = 60 * 60_000;

/** One day's notification. */
export interface MorningSlot {
  /** The local day it is for, YYYY-MM-DD. */
  date: string;
  /** When it is due (ms since the epoch). */
  at: number;
  /** It is not shown at or after this moment (ms since the epoch): the catch-up cut-off. */
  until: number;
}

export interface ScheduleState {
  /** Now, in ms since the epoch. */
  now: number;
  settings: NotificationSettings;
  timeZone: string;
  /** The last local day whose notification was shown or deliberately skipped. */
  lastHandledDate: string | null;
  /** A local day the user passed over by changing the settings after its time. */
  passedOverDate?: string | null;
}

function parseTimeOfDay(time: string): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new Error(`Not a time of day: “${time}”; use HH:MM, e.g. 07:30`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The local calendar day an instant falls on in a zone. */
export function localDateAt(instant: number, timeZone: string): string {
  return dateString(instantToWall(instant, timeZone));
}

function instantOfWall(date: string, minutes: number, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const hour = Math.floor(minutes / 60);
  return wallToInstant({ year, month, day, hour, minute: minutes % 60, second: 0 }, timeZone);
}

/** The notification of one local day: when it is due and until when it may be shown late. */
export function morningSlot(date: string, time: string, timeZone: string): MorningSlot {
  const { hour, minute } = parseTimeOfDay(time);
  const at = instantOfWall(date, hour * 60 + minute, timeZone);
  const noon = instantOfWall(date, CATCH_UP_UNTIL_MINUTES, timeZone);
  const until = Math.min(
    Math.max(noon, at + CATCH_UP_MIN_WINDOW_MS),
    dayBounds(date, timeZone).end,
  );
  return { date, at, until };
}

/**
 * The next notification to show: today's if it is still to come or may still be shown late,
 * otherwise the next day's. Its `at` may be in the past: then it is due now. Null when off.
 */
export function nextMorningNotification(state: ScheduleState): MorningSlot | null {
  if (!state.settings.enabled) return null;
  const today = localDateAt(state.now, state.timeZone);
  // Tomorrow is always in the future, so at most the day after it is needed (when the last
  // handled day is ahead of today because the zone moved west).
  for (let offset = 0; offset < 3; offset++) {
    const date = addDays(today, offset);
    if (state.lastHandledDate !== null && date <= state.lastHandledDate) continue;
    if (date === state.passedOverDate) continue;
    const slot = morningSlot(date, state.settings.time, state.timeZone);
    if (state.now < slot.until) return slot;
  }
  return null;
}

export function isDue(slot: MorningSlot, now: number): boolean {
  return slot.at <= now && now < slot.until;
}

/**
 * After the user changes the time or the zone: today, when its (new) time has already gone by
 * and today's notification was not handled yet, so that the change does not show it at once.
 */
export function passedOverBy(state: Omit<ScheduleState, 'passedOverDate'>): string | null {
  const today = localDateAt(state.now, state.timeZone);
  if (state.lastHandledDate !== null && today <= state.lastHandledDate) return null;
  return morningSlot(today, state.settings.time, state.timeZone).at <= state.now ? today : null;
}
