import type ICAL from 'ical.js';
import type { WallTime } from './wallTime';

type Recur = InstanceType<typeof ICAL.Recur>;

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY = 86_400_000;

const dayNumber = (w: Pick<WallTime, 'year' | 'month' | 'day'>) =>
  Date.UTC(w.year, w.month - 1, w.day) / DAY;
/** 0 = Monday … 6 = Sunday. */
const weekdayOf = (day: number) => (new Date(day * DAY).getUTCDay() + 6) % 7;
const wallMs = (w: WallTime) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/**
 * The instances of the plainest and most common rules (DAILY or WEEKLY, an INTERVAL, plain
 * BYDAY weekdays, an UNTIL) computed by date arithmetic, from the window on rather than from the
 * first instance years ago. Anything else (COUNT, BYSETPOS, ordinals, months, a week start other
 * than Monday with an interval) returns null and goes to ical.js. A property test checks this
 * against ical.js on random rules.
 */
export function simpleSeries(
  recur: Recur,
  start: WallTime,
  windowStart: WallTime,
  end: WallTime,
  isDate: boolean,
): WallTime[] | null {
  if (recur.freq !== 'DAILY' && recur.freq !== 'WEEKLY') return null;
  if (recur.count) return null;
  const parts = Object.keys(recur.parts ?? {});
  if (parts.some((part) => part !== 'BYDAY')) return null;
  const byDay = recur.parts.BYDAY ?? [];
  if (byDay.some((d) => !WEEKDAYS.includes(d))) return null;
  const interval = Math.max(1, recur.interval || 1);
  if (recur.freq === 'WEEKLY' && interval > 1 && recur.wkst !== 2) return null;

  const until = recur.until;
  const untilMs = until
    ? until.isDate && !isDate
      ? Date.UTC(until.year, until.month - 1, until.day, 23, 59, 59)
      : Date.UTC(until.year, until.month - 1, until.day, until.hour, until.minute, until.second)
    : Infinity;
  const startDay = dayNumber(start);
  const endMs = wallMs(end);
  const windowDay = dayNumber(windowStart);
  const walls: WallTime[] = [];
  const push = (day: number): boolean => {
    const d = new Date(day * DAY);
    const wall = {
      ...start,
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
    };
    const ms = wallMs(wall);
    if (ms > endMs || ms > untilMs) return false;
    walls.push(wall);
    return true;
  };

  if (recur.freq === 'DAILY') {
    const allowed = byDay.length ? new Set(byDay.map((d) => WEEKDAYS.indexOf(d))) : null;
    for (let k = Math.max(0, Math.floor((windowDay - startDay) / interval) - 1); ; k++) {
      const day = startDay + k * interval;
      if (allowed && !allowed.has(weekdayOf(day))) {
        if ((day + 1) * DAY > endMs + DAY) break;
        continue;
      }
      if (!push(day)) break;
    }
    return walls;
  }

  const offsets = (
    byDay.length ? byDay.map((d) => WEEKDAYS.indexOf(d)) : [weekdayOf(startDay)]
  ).sort((a, b) => a - b);
  const weekStart = startDay - weekdayOf(startDay);
  for (let w = Math.max(0, Math.floor((windowDay - weekStart) / (7 * interval)) - 1); ; w++) {
    const base = weekStart + w * 7 * interval;
    let stopped = false;
    for (const offset of offsets) {
      const day = base + offset;
      if (day < startDay) continue;
      if (!push(day)) {
        stopped = true;
        break;
      }
    }
    if (stopped) break;
  }
  return walls;
}
