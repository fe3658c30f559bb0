import type { RawEvent } from './calendarTypes';
import { expandSeries, type ExpandContext, type Occurrence } from './expandEvents';
import { dayBounds } from './wallTime';

/** Groups a file's events by UID (ical.js would attach every override to every master). */
export function groupByUid(events: RawEvent[]): RawEvent[][] {
  const groups = new Map<string, RawEvent[]>();
  for (const event of events) {
    const group = groups.get(event.uid);
    if (group) group.push(event);
    else groups.set(event.uid, [event]);
  }
  return [...groups.values()];
}

export function expandAll(events: RawEvent[], ctx: ExpandContext): Occurrence[] {
  return groupByUid(events).flatMap((group) => expandSeries(group, ctx));
}

/**
 * Whether an occurrence is on a local day: a timed one when any part of it falls in that day
 * (so a meeting across midnight is on both days), an all-day one when the date is in its range.
 */
export function isOnDay(
  occurrence: Occurrence,
  date: string,
  { start, end }: { start: number; end: number },
): boolean {
  if (occurrence.allDay) {
    return (occurrence.startDate ?? '') <= date && date < (occurrence.endDate ?? '');
  }
  const from = occurrence.start ?? 0;
  const to = occurrence.end ?? from;
  return to > from ? from < end && to > start : from >= start && from < end;
}

/** A day's occurrences in order: all-day first, then by start. Cancelled ones are left out. */
export function occurrencesOnDay(
  occurrences: Occurrence[],
  date: string,
  zone: string,
): Occurrence[] {
  const bounds = dayBounds(date, zone);
  return occurrences
    .filter((o) => o.status !== 'cancelled' && isOnDay(o, date, bounds))
    .sort((a, b) =>
      a.allDay !== b.allDay
        ? a.allDay
          ? -1
          : 1
        : (a.start ?? 0) - (b.start ?? 0) || a.details.title.localeCompare(b.details.title),
    );
}
