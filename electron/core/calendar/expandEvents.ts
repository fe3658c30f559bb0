import ICAL from 'ical.js';
import type { RawAttendee, RawEvent } from './calendarTypes';
import { fastForwardStart } from './fastForward';
import { simpleSeries } from './simpleRecurrence';
import {
  floatingTime,
  instanceKey,
  keyToRecurrenceId,
  type InstanceKey,
  toInstant,
  wallIn,
  wallInMasterZone,
  wallOf,
  zoneOf,
  type ZoneContext,
} from './timeValues';
import { addDays, dateString, instantToWall, type WallTime } from './wallTime';

/** One occurrence of an event, ready for the index. */
export interface Occurrence {
  uid: string;
  /** '' for a single event; the occurrence's original start (UTC ISO, or a date) otherwise. */
  recurrenceId: string;
  allDay: boolean;
  /** Timed events: UTC instants. */
  start: number | null;
  end: number | null;
  /** All-day events: YYYY-MM-DD, end exclusive. */
  startDate: string | null;
  endDate: string | null;
  /** True when the file gave no zone: the times follow the user's zone. */
  floating: boolean;
  status: 'confirmed' | 'tentative' | 'cancelled';
  /** Shared by every instance of the same event (the same object), so it is stored once. */
  details: EventDetails;
}

export interface EventDetails {
  title: string;
  location: string;
  description: string;
  url: string;
  organizer: { email: string | null; name: string | null } | null;
  attendees: RawAttendee[];
}

export interface ExpandContext extends ZoneContext {
  /** Instants of the window to fill, [start, end). */
  windowStart: number;
  windowEnd: number;
  /** Tests only: expand every rule with ical.js, to check the fast path against it. */
  exactIterator?: boolean;
}

const MAX_INSTANCES = 50_000;

/**
 * The wall times of a series' instances, in its own zone: DTSTART first (even when it does not
 * fit the rule, as Google and Apple show it, and counted in COUNT as RFC 5545 says), then RRULE
 * instances up to the window's end, then RDATEs. UNTIL written in UTC is moved into the event's
 * zone first, or the last instance is lost east of UTC.
 */
function seriesWalls(master: RawEvent, ctx: ExpandContext, endWall: WallTime): WallTime[] {
  const isDate = master.start.kind === 'date';
  const startWall = wallOf(master.start);
  const walls: WallTime[] = [startWall];
  if (master.rrule) {
    const recur = ICAL.Recur.fromString(master.rrule);
    const { zone, custom } = zoneOf(master.start, ctx);
    const until = recur.until;
    if (
      until &&
      !until.isDate &&
      until.zone === ICAL.Timezone.utcTimezone &&
      master.start.kind !== 'utc'
    ) {
      const untilMs = until.toUnixTime() * 1000;
      recur.until = floatingTime(wallIn(untilMs, zone, custom), false);
    } else if (until && isDate && !until.isDate) {
      recur.until = ICAL.Time.fromData({
        year: until.year,
        month: until.month,
        day: until.day,
        isDate: true,
      });
    }
    const windowWall = instantToWall(ctx.windowStart, zone ?? 'UTC');
    const simple = ctx.exactIterator
      ? null
      : simpleSeries(recur, startWall, windowWall, endWall, isDate);
    if (simple) {
      for (const wall of simple) if (!sameWall(wall, startWall)) walls.push(wall);
      return walls;
    }
    const from = fastForwardStart(recur, startWall, windowWall);
    const iterator = recur.iterator(floatingTime(from, isDate));
    const end = floatingTime(endWall, isDate);
    let produced = 0;
    for (let next = iterator.next(); next && produced < MAX_INSTANCES; next = iterator.next()) {
      if (next.compare(end) > 0) break;
      produced++;
      const wall = {
        year: next.year,
        month: next.month,
        day: next.day,
        hour: next.hour,
        minute: next.minute,
        second: next.second,
      };
      if (produced === 1 && sameWall(wall, startWall)) continue;
      walls.push(wall);
    }
    if (recur.count && walls.length > recur.count) walls.length = recur.count;
  }
  return walls;
}

function sameWall(a: WallTime, b: WallTime): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

const durations = new WeakMap<RawEvent, { ms: number; days: number }>();

/** An event's length, the same for every instance: computed once per event. */
function durationOf(event: RawEvent, ctx: ExpandContext): { ms: number; days: number } {
  let duration = durations.get(event);
  if (!duration) {
    duration = computeDuration(event, ctx);
    durations.set(event, duration);
  }
  return duration;
}

function computeDuration(event: RawEvent, ctx: ExpandContext): { ms: number; days: number } {
  if (event.start.kind === 'date') {
    if (event.end?.kind === 'date') {
      const days = Math.round(
        (Date.parse(event.end.date) - Date.parse(event.start.date)) / 86_400_000,
      );
      return { ms: 0, days: Math.max(1, days) };
    }
    return { ms: 0, days: Math.max(1, Math.round((event.durationSeconds ?? 86_400) / 86_400)) };
  }
  if (event.end && event.end.kind !== 'date') {
    const s = zoneOf(event.start, ctx);
    const e = zoneOf(event.end, ctx);
    const startMs =
      event.start.kind === 'utc'
        ? event.start.ms
        : toInstant(wallOf(event.start), s.zone, s.custom);
    const endMs =
      event.end.kind === 'utc' ? event.end.ms : toInstant(wallOf(event.end), e.zone, e.custom);
    return { ms: Math.max(0, endMs - startMs), days: 0 };
  }
  return { ms: (event.durationSeconds ?? 0) * 1000, days: 0 };
}

const details = new WeakMap<RawEvent, EventDetails>();

function detailsOf(event: RawEvent): EventDetails {
  let found = details.get(event);
  if (!found) {
    found = {
      title: event.title,
      location: event.location,
      description: event.description,
      url: event.url,
      organizer: event.organizer,
      attendees: event.attendees,
    };
    details.set(event, found);
  }
  return found;
}

function occurrenceOf(
  event: RawEvent,
  wall: WallTime,
  ctx: ExpandContext,
  recurrenceId: string,
): Occurrence {
  const base = { uid: event.uid, recurrenceId, status: event.status, details: detailsOf(event) };
  const duration = durationOf(event, ctx);
  if (event.start.kind === 'date') {
    const startDate = dateString(wall);
    return {
      ...base,
      allDay: true,
      start: null,
      end: null,
      startDate,
      endDate: addDays(startDate, duration.days),
      floating: false,
    };
  }
  const { zone, custom, floating } = zoneOf(event.start, ctx);
  const start = toInstant(wall, zone, custom);
  return {
    ...base,
    allDay: false,
    start,
    end: start + duration.ms,
    startDate: null,
    endDate: null,
    floating,
  };
}

/** Whether an occurrence touches the window (all-day ones by date, with a day's slack). */
function windowFilter(ctx: ExpandContext): (o: Occurrence) => boolean {
  const from = addDays(dateString(instantToWall(ctx.windowStart, 'UTC')), -1);
  const to = addDays(dateString(instantToWall(ctx.windowEnd, 'UTC')), 1);
  return (o) =>
    o.allDay
      ? (o.endDate ?? '') > from && (o.startDate ?? '') <= to
      : (o.end ?? 0) >= ctx.windowStart && (o.start ?? 0) < ctx.windowEnd;
}

/**
 * Every occurrence inside the window of the events sharing one UID: the master expanded, minus
 * EXDATEs, with RECURRENCE-ID overrides swapped in by matching UTC instants (whatever zone each
 * was written in), cancelled ones kept with their status so the agenda can leave them out.
 * Overrides without a master are events of their own.
 */
export function expandSeries(events: RawEvent[], ctx: ExpandContext): Occurrence[] {
  const master = events.find((e) => !e.recurrenceId) ?? null;
  const inWindow = windowFilter(ctx);
  const overrides = new Map<InstanceKey, RawEvent>();
  for (const event of events) {
    if (event.recurrenceId) overrides.set(instanceKey(event.recurrenceId, ctx), event);
  }
  if (!master) {
    return [...overrides.entries()]
      .map(([key, e]) => occurrenceOf(e, wallOf(e.start), ctx, keyToRecurrenceId(key)))
      .filter(inWindow);
  }

  const isSeries = Boolean(master.rrule || master.rdates.length);
  const masterZone = zoneOf(master.start, ctx);
  const endWall = instantToWall(ctx.windowEnd + 86_400_000, masterZone.zone ?? 'UTC');
  const walls = isSeries ? seriesWalls(master, ctx, endWall) : [wallOf(master.start)];
  const excluded = new Set(master.exdates.map((d) => instanceKey(d, ctx)));
  const result: Occurrence[] = [];
  const seen = new Set<InstanceKey>();
  const allDay = master.start.kind === 'date';
  const duration = durationOf(master, ctx);
  const shared = detailsOf(master);

  /** Takes an instance unless excluded or already taken; an override stands in for it. */
  const claim = (key: InstanceKey): boolean => {
    if (seen.has(key) || excluded.has(key)) return false;
    seen.add(key);
    const replacement = overrides.get(key);
    if (!replacement) return true;
    overrides.delete(key);
    const recurrenceId = isSeries ? keyToRecurrenceId(key) : '';
    result.push(occurrenceOf(replacement, wallOf(replacement.start), ctx, recurrenceId));
    return false;
  };

  // The rule's own instances, the bulk of every series: the key is the start itself.
  for (const wall of walls) {
    const key = allDay ? dateString(wall) : toInstant(wall, masterZone.zone, masterZone.custom);
    if (!claim(key)) continue;
    const recurrenceId = isSeries ? keyToRecurrenceId(key) : '';
    result.push(
      typeof key === 'string'
        ? {
            uid: master.uid,
            recurrenceId,
            allDay: true,
            start: null,
            end: null,
            startDate: key,
            endDate: addDays(key, duration.days),
            floating: false,
            status: master.status,
            details: shared,
          }
        : {
            uid: master.uid,
            recurrenceId,
            allDay: false,
            start: key,
            end: key + duration.ms,
            startDate: null,
            endDate: null,
            floating: masterZone.floating,
            status: master.status,
            details: shared,
          },
    );
  }
  for (const rdate of master.rdates) {
    const key = instanceKey(rdate.start, ctx);
    if (!claim(key)) continue;
    const wall = wallInMasterZone(rdate.start, master, ctx);
    const occurrence = occurrenceOf(master, wall, ctx, keyToRecurrenceId(key));
    const end = rdate.end;
    if (end && end.kind !== 'date' && occurrence.start !== null) {
      const e = zoneOf(end, ctx);
      occurrence.end = end.kind === 'utc' ? end.ms : toInstant(wallOf(end), e.zone, e.custom);
    }
    result.push(occurrence);
  }
  // Overrides that moved an instance the rule does not produce are still shown.
  for (const [key, event] of overrides) {
    result.push(occurrenceOf(event, wallOf(event.start), ctx, keyToRecurrenceId(key)));
  }
  return result.filter(inWindow);
}
