import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expandAll, occurrencesOnDay } from '../../electron/core/calendar/dayOccurrences';
import { parseIcs } from '../../electron/core/calendar/parseIcs';
import { isoInZone } from '../../electron/core/calendar/wallTime';

export function fixture(name: string): string {
  return readFileSync(path.resolve('tests/fixtures/calendar', name), 'utf8');
}

/** A day of a calendar file as "HH:MM–HH:MM Title" (or "all day Title") lines, in a zone. */
export function day(ics: string, date: string, zone: string): string[] {
  const { events, timezones } = parseIcs(ics);
  const occurrences = expandAll(events, {
    userZone: zone,
    timezones,
    windowStart: Date.parse('2021-01-01T00:00:00Z'),
    windowEnd: Date.parse('2029-01-01T00:00:00Z'),
  });
  return occurrencesOnDay(occurrences, date, zone).map((o) =>
    o.allDay
      ? `all day ${o.details.title}`
      : `${isoInZone(o.start ?? 0, zone).slice(11, 16)}–${isoInZone(o.end ?? 0, zone).slice(11, 16)} ${o.details.title}`,
  );
}
