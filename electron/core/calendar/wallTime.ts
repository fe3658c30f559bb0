import { zoneOffsetMinutes } from './timeZones';

/** A clock reading without a zone: what a calendar shows on the wall. Months are 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The instant a wall time names in a zone. A time skipped by a DST change (02:30 on the spring
 * night) is read with the offset before the change, i.e. one hour later, as RFC 5545 says; an
 * ambiguous time (the autumn hour that happens twice) is its first occurrence.
 */
export function wallToInstant(wall: WallTime, zone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  if (zone === 'UTC') return asUtc;
  // The common case, far from a transition: one offset fits the whole neighbourhood.
  const offset = zoneOffsetMinutes(zone, asUtc);
  const guess = asUtc - offset * 60_000;
  if (
    zoneOffsetMinutes(zone, guess) === offset &&
    zoneOffsetMinutes(zone, guess - 3 * 3600_000) === offset &&
    zoneOffsetMinutes(zone, guess + 3 * 3600_000) === offset
  ) {
    return guess;
  }
  const before = zoneOffsetMinutes(zone, asUtc - 36 * 3600_000);
  const after = zoneOffsetMinutes(zone, asUtc + 36 * 3600_000);
  // Try the offsets in force around that day; the earliest instant that reads back is the one.
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * 60_000)
    .sort((a, b) => a - b);
  for (const instant of candidates) {
    if (instantToWallMs(instant, zone) === asUtc) return instant;
  }
  // In a gap: use the offset from before the change.
  return asUtc - before * 60_000;
}

function instantToWallMs(instant: number, zone: string): number {
  return instant + zoneOffsetMinutes(zone, instant) * 60_000;
}

export function instantToWall(instant: number, zone: string): WallTime {
  const d = new Date(instantToWallMs(instant, zone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function dateString(wall: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** ISO 8601 with the zone's offset at that instant: 2026-11-24T09:30:00-05:00. */
export function isoInZone(instant: number, zone: string): string {
  const wall = instantToWall(instant, zone);
  const offset = zoneOffsetMinutes(zone, instant);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${dateString(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The instants a local calendar day spans in a zone (23, 24 or 25 hours). */
export function dayBounds(date: string, zone: string): { start: number; end: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return {
    start: wallToInstant({ year, month, day, hour: 0, minute: 0, second: 0 }, zone),
    end: wallToInstant(
      {
        year: next.getUTCFullYear(),
        month: next.getUTCMonth() + 1,
        day: next.getUTCDate(),
        hour: 0,
        minute: 0,
        second: 0,
      },
      zone,
    ),
  };
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return dateString({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}
