import ICAL from 'ical.js';
import type { RawEvent, TimeValue } from './calendarTypes';
import { resolveTimeZone } from './timeZones';
import { instantToWall, wallToInstant, type WallTime } from './wallTime';

/**
 * Reading the DATE and DATE-TIME values of a file as wall times and instants: which zone a value
 * is in (IANA, the file's own VTIMEZONE, or the user's for floating times) and the keys that
 * match EXDATEs and RECURRENCE-IDs to instances whatever zone each was written in.
 */
export interface ZoneContext {
  /** The user's zone: floating times are read in it. */
  userZone: string;
  /** VTIMEZONEs of the file, for TZIDs that are not IANA, Windows or Exchange names. */
  timezones: Map<string, unknown>;
}

/** The zone a value's wall time is read in, and whether it fell back to the user's. */
export function zoneOf(
  value: TimeValue,
  ctx: ZoneContext,
): { zone: string | null; custom: unknown; floating: boolean } {
  if (value.kind === 'utc') return { zone: 'UTC', custom: null, floating: false };
  if (value.kind === 'zoned') {
    const zone = resolveTimeZone(value.tzid);
    if (zone) return { zone, custom: null, floating: false };
    const vtimezone = ctx.timezones.get(value.tzid);
    if (vtimezone) return { zone: null, custom: vtimezone, floating: false };
  }
  return { zone: ctx.userZone, custom: null, floating: true };
}

export function wallOf(value: TimeValue): WallTime {
  if (value.kind === 'utc') return instantToWall(value.ms, 'UTC');
  if (value.kind === 'date') {
    const [year, month, day] = value.date.split('-').map(Number) as [number, number, number];
    return { year, month, day, hour: 0, minute: 0, second: 0 };
  }
  return value.wall;
}

/** Reads a wall time in the event's zone (IANA via Intl, or the file's own VTIMEZONE). */
export function toInstant(wall: WallTime, zone: string | null, custom: unknown): number {
  if (zone) return wallToInstant(wall, zone);
  const tz = new ICAL.Timezone(custom as ConstructorParameters<typeof ICAL.Timezone>[0]);
  return ICAL.Time.fromData({ ...wall, isDate: false }, tz).toUnixTime() * 1000;
}

/**
 * The key that identifies an instance, for EXDATE and RECURRENCE-ID: the date of an all-day
 * instance, the UTC instant (ms) of a timed one.
 */
export type InstanceKey = string | number;

export function instanceKey(value: TimeValue, ctx: ZoneContext): InstanceKey {
  if (value.kind === 'date') return value.date;
  if (value.kind === 'utc') return value.ms;
  const { zone, custom } = zoneOf(value, ctx);
  return toInstant(value.wall, zone, custom);
}

/** The wall time of an instant in the event's zone (IANA, or the file's own VTIMEZONE). */
export function wallIn(instant: number, zone: string | null, custom: unknown): WallTime {
  if (zone) return instantToWall(instant, zone);
  const time = ICAL.Time.fromJSDate(new Date(instant), true);
  const local = time.convertToZone(
    new ICAL.Timezone(custom as ConstructorParameters<typeof ICAL.Timezone>[0]),
  );
  return {
    year: local.year,
    month: local.month,
    day: local.day,
    hour: local.hour,
    minute: local.minute,
    second: local.second,
  };
}

export function floatingTime(wall: WallTime, isDate: boolean) {
  return ICAL.Time.fromData({ ...wall, isDate });
}

/** An RDATE in another zone still lands at its instant: read it as a wall time of the master's zone. */
export function wallInMasterZone(value: TimeValue, master: RawEvent, ctx: ZoneContext): WallTime {
  if (value.kind === 'date' || master.start.kind === 'date') return wallOf(value);
  const { zone, custom } = zoneOf(value, ctx);
  const instant = value.kind === 'utc' ? value.ms : toInstant(wallOf(value), zone, custom);
  const masterZone = zoneOf(master.start, ctx).zone ?? 'UTC';
  return instantToWall(instant, masterZone);
}

export function keyToRecurrenceId(key: InstanceKey): string {
  return typeof key === 'string' ? key : new Date(key).toISOString();
}
