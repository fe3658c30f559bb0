import type ICAL from 'ical.js';
import type { WallTime } from './wallTime';

type Recur = InstanceType<typeof ICAL.Recur>;

/**
 * Where a series may start iterating for a window that begins at `windowStart`: ical.js walks
 * every series from its first instance (kewisch/ical.js#148), so a daily meeting begun five years
 * ago costs thousands of steps per read. Moving DTSTART forward by whole periods (INTERVAL days,
 * weeks, months or years) yields the same later instances, as long as nothing counts from the
 * start (COUNT) and the day of the month cannot be clipped (a 31st moved into a 30-day month).
 * Returns the original start when it cannot be moved safely.
 */
export function fastForwardStart(recur: Recur, start: WallTime, windowStart: WallTime): WallTime {
  if (recur.count) return start;
  const interval = Math.max(1, recur.interval || 1);
  const startDays = Date.UTC(start.year, start.month - 1, start.day) / 86_400_000;
  const windowDays =
    Date.UTC(windowStart.year, windowStart.month - 1, windowStart.day) / 86_400_000;
  // Stay one period (plus a week's margin for BYDAY spreads) before the window.
  const shift = (period: number) =>
    Math.floor((windowDays - startDays - period - 7) / (period * interval)) * interval;
  const withDate = (d: Date): WallTime => ({
    ...start,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
  switch (recur.freq) {
    case 'DAILY':
    case 'WEEKLY': {
      const period = recur.freq === 'DAILY' ? 1 : 7;
      const periods = shift(period);
      if (periods <= 0) return start;
      return withDate(
        new Date(Date.UTC(start.year, start.month - 1, start.day + periods * period)),
      );
    }
    case 'MONTHLY':
    case 'YEARLY': {
      if (start.day > 28) return start;
      const months = recur.freq === 'MONTHLY' ? 1 : 12;
      const periods =
        Math.floor((windowDays - startDays - 62) / (31 * months * interval)) * interval;
      if (periods <= 0) return start;
      return withDate(
        new Date(Date.UTC(start.year, start.month - 1 + periods * months, start.day)),
      );
    }
    default:
      return start;
  }
}
