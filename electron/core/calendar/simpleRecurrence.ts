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
  if (recur.count) return null;
  if (recur.freq === 'MONTHLY') return monthlySeries(recur, start, windowStart, end, isDate);
  if (recur.freq !== 'DAILY' && recur.freq !== 'WEEKLY') return null;
  const parts = Object.keys(recur.parts ?? {});
  if (parts.some((part) => part !== 'BYDAY')) return null;
  const byDay = recur.parts.BYDAY ?? [];
  if (byDay.some((d) => !WEEKDAYS.includes(d))) return null;
  const interval = Math.max(1, recur.interval || 1);
  if (recur.freq === 'WEEKLY' && interval > 1 && recur.wkst !== 2) return null;

  const startDay = dayNumber(start);
  const windowDay = dayNumber(windowStart);
  const walls: WallTime[] = [];
  const push = pusher(recur, start, end, isDate, walls);

  if (recur.freq === 'DAILY') {
    const allowed = byDay.length ? new Set(byDay.map((d) => WEEKDAYS.indexOf(d))) : null;
    for (let k = Math.max(0, Math.floor((windowDay - startDay) / interval) - 1); ; k++) {
      const day = startDay + k * interval;
      if (allowed && !allowed.has(weekdayOf(day))) {
        if (day * DAY > wallMs(end)) break;
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

/** Adds the instance on a day unless it is past the window or UNTIL; false once it is. */
function pusher(recur: Recur, start: WallTime, end: WallTime, isDate: boolean, walls: WallTime[]) {
  const until = recur.until;
  const untilMs = until
    ? until.isDate && !isDate
      ? Date.UTC(until.year, until.month - 1, until.day, 23, 59, 59)
      : Date.UTC(until.year, until.month - 1, until.day, until.hour, until.minute, until.second)
    : Infinity;
  const endMs = wallMs(end);
  return (day: number): boolean => {
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
}

/**
 * MONTHLY with BYDAY (2TU, -1FR, or every TU) or one BYMONTHDAY (15, -1): the days of each
 * month the rule names, months that lack them skipped (there is no fifth Monday to move to).
 */
function monthlySeries(
  recur: Recur,
  start: WallTime,
  windowStart: WallTime,
  end: WallTime,
  isDate: boolean,
): WallTime[] | null {
  const parts = Object.keys(recur.parts ?? {});
  const byDay = recur.parts.BYDAY ?? [];
  const byMonthDay = recur.parts.BYMONTHDAY ?? [];
  if (parts.some((p) => p !== 'BYDAY' && p !== 'BYMONTHDAY')) return null;
  if (byDay.length > 0 === byMonthDay.length > 0) return null;
  if (byMonthDay.length > 1 || byMonthDay.some((d) => d === 0 || Math.abs(d) > 31)) return null;
  const ordinals = byDay.map((spec) => /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(spec));
  if (ordinals.some((m) => !m)) return null;
  const interval = Math.max(1, recur.interval || 1);
  const walls: WallTime[] = [];
  const push = pusher(recur, start, end, isDate, walls);
  const startDay = dayNumber(start);
  const endMs = wallMs(end);
  const monthIndex = (w: Pick<WallTime, 'year' | 'month'>) => w.year * 12 + (w.month - 1);
  const first = monthIndex(start);
  const skip = Math.max(0, Math.floor((monthIndex(windowStart) - first) / interval) - 1);
  for (let m = first + skip * interval; ; m += interval) {
    const year = Math.floor(m / 12);
    const month = m % 12;
    const firstDay = Date.UTC(year, month, 1) / DAY;
    if (firstDay * DAY > endMs) break;
    const length = Math.round(Date.UTC(year, month + 1, 1) / DAY - firstDay);
    const days = new Set<number>();
    if (byMonthDay.length) {
      const d = byMonthDay[0] ?? 1;
      const dayOfMonth = d > 0 ? d : length + d + 1;
      if (dayOfMonth >= 1 && dayOfMonth <= length) days.add(firstDay + dayOfMonth - 1);
    } else {
      for (const match of ordinals) {
        const n = match?.[1] ? Number(match[1]) : 0;
        const weekday = WEEKDAYS.indexOf(match?.[2] ?? '');
        const matching: number[] = [];
        for (let d = 0; d < length; d++)
          if (weekdayOf(firstDay + d) === weekday) matching.push(firstDay + d);
        if (n === 0) matching.forEach((d) => days.add(d));
        else {
          const pick = n > 0 ? matching[n - 1] : matching[matching.length + n];
          if (pick !== undefined) days.add(pick);
        }
      }
    }
    let stopped = false;
    for (const day of [...days].sort((a, b) => a - b)) {
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
