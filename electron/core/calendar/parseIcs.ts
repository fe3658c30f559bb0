import ICAL from 'ical.js';
import type {
  ParsedCalendar,
  RawAttendee,
  RawEvent,
  ResponseStatus,
  TimeValue,
} from './calendarTypes';
import { cleanIcs, eventBlocks, joinLines, type IcsLine } from './icsText';

export class IcsError extends Error {
  override name = 'IcsError';
}

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

function timeValue(time: Time, tzid: string | null): TimeValue {
  const wall = {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
  if (time.isDate) {
    return {
      kind: 'date',
      date: `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`,
    };
  }
  if (time.zone === ICAL.Timezone.utcTimezone)
    return {
      kind: 'utc',
      ms: Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second),
    };
  if (tzid) return { kind: 'zoned', wall, tzid };
  return { kind: 'floating', wall };
}

function propTime(prop: Property | null): TimeValue | null {
  if (!prop) return null;
  const value = prop.getFirstValue() as unknown;
  if (!(value instanceof ICAL.Time)) return null;
  return timeValue(value, (prop.getParameter('tzid') as string | undefined) ?? null);
}

function text(component: Component, name: string): string {
  const value = component.getFirstPropertyValue(name) as unknown;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  // Structured values (a URI, a text list) print themselves the way the file wrote them.
  return value && typeof value === 'object' && 'toString' in value
    ? (value as { toString(): string }).toString()
    : '';
}

function emailOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^mailto:(.+)$/i.exec(value.trim());
  return match?.[1]?.trim() || null;
}

const RESPONSES: Record<string, ResponseStatus> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  TENTATIVE: 'tentative',
  DELEGATED: 'delegated',
  'NEEDS-ACTION': 'needs-action',
};

function attendee(prop: Property): RawAttendee {
  const param = (name: string) => {
    const value = prop.getParameter(name) as unknown;
    return typeof value === 'string' ? value.replace(/^"(.*)"$/, '$1').trim() : '';
  };
  return {
    email: emailOf(prop.getFirstValue()),
    name: param('cn') || null,
    response: RESPONSES[param('partstat').toUpperCase()] ?? 'needs-action',
    role: param('role').toUpperCase() || 'REQ-PARTICIPANT',
    kind: param('cutype').toUpperCase() || 'INDIVIDUAL',
  };
}

function multiTimes(
  component: Component,
  name: string,
): { start: TimeValue; end: TimeValue | null }[] {
  const out: { start: TimeValue; end: TimeValue | null }[] = [];
  for (const prop of component.getAllProperties(name)) {
    const tzid = (prop.getParameter('tzid') as string | undefined) ?? null;
    for (const value of prop.getValues() as unknown[]) {
      if (value instanceof ICAL.Time) out.push({ start: timeValue(value, tzid), end: null });
      else if (value instanceof ICAL.Period) {
        out.push({
          start: timeValue(value.start, tzid),
          end: value.end ? timeValue(value.end, tzid) : null,
        });
      }
    }
  }
  return out;
}

function toRawEvent(vevent: Component, line: number): RawEvent {
  const start = propTime(vevent.getFirstProperty('dtstart'));
  const uid = text(vevent, 'uid').trim();
  if (!start)
    throw new IcsError(
      `line ${line}: event "${text(vevent, 'summary') || uid}" has no valid DTSTART`,
    );
  const duration = vevent.getFirstPropertyValue('duration') as unknown;
  const organizerProp = vevent.getFirstProperty('organizer');
  const status = text(vevent, 'status').toUpperCase();
  return {
    uid: uid || `no-uid-line-${line}`,
    line,
    recurrenceId: propTime(vevent.getFirstProperty('recurrence-id')),
    start,
    end: propTime(vevent.getFirstProperty('dtend')),
    durationSeconds: duration instanceof ICAL.Duration ? duration.toSeconds() : null,
    rrule: vevent.getFirstProperty('rrule') ? String(vevent.getFirstPropertyValue('rrule')) : null,
    rdates: multiTimes(vevent, 'rdate'),
    exdates: multiTimes(vevent, 'exdate').map((d) => d.start),
    status:
      status === 'CANCELLED' ? 'cancelled' : status === 'TENTATIVE' ? 'tentative' : 'confirmed',
    title: text(vevent, 'summary'),
    location: text(vevent, 'location'),
    description: text(vevent, 'description'),
    url: text(vevent, 'url'),
    organizer: organizerProp
      ? {
          email: emailOf(organizerProp.getFirstValue()),
          name:
            ((organizerProp.getParameter('cn') as string | undefined) ?? '').replace(
              /^"(.*)"$/,
              '$1',
            ) || null,
        }
      : null,
    attendees: vevent.getAllProperties('attendee').map(attendee),
    sequence: Number(vevent.getFirstPropertyValue('sequence') ?? 0) || 0,
  };
}

function parseComponent(lines: IcsLine[]): Component {
  return new ICAL.Component(ICAL.parse(joinLines(lines)) as unknown[]);
}

/**
 * Reads an .ics file into events. A file that ical.js cannot read whole is read event by event;
 * what still fails is reported by line and the rest loads. Throws only when nothing at all can
 * be read from a file that claims events.
 */
export function parseIcs(raw: string): ParsedCalendar {
  const { lines, warnings } = cleanIcs(raw);
  if (!lines.some((l) => l.text.toUpperCase() === 'BEGIN:VCALENDAR')) {
    throw new IcsError('not a calendar file (no BEGIN:VCALENDAR)');
  }
  const { shared, events } = eventBlocks(lines);
  const timezones = new Map<string, unknown>();
  // Most files (a vdir holds one event each) carry no VTIMEZONE: nothing to parse then.
  if (shared.length) {
    try {
      const zones = parseComponent([
        { text: 'BEGIN:VCALENDAR', line: 0 },
        ...shared,
        { text: 'END:VCALENDAR', line: 0 },
      ]);
      for (const vtimezone of zones.getAllSubcomponents('vtimezone')) {
        const tzid = vtimezone.getFirstPropertyValue('tzid');
        if (typeof tzid === 'string') timezones.set(tzid, vtimezone);
      }
    } catch {
      warnings.push('the time zone definitions could not be read; zone names are resolved by name');
    }
  }

  const parsed: RawEvent[] = [];
  for (const block of events) {
    const line = block[0]?.line ?? 0;
    try {
      const component = parseComponent([
        { text: 'BEGIN:VCALENDAR', line: 0 },
        ...block,
        { text: 'END:VCALENDAR', line: 0 },
      ]);
      const vevent = component.getFirstSubcomponent('vevent');
      if (vevent) parsed.push(toRawEvent(vevent, line));
    } catch (error) {
      const reason =
        error instanceof IcsError
          ? error.message
          : `line ${line}: event could not be read (${(error as Error).message})`;
      warnings.push(reason);
    }
  }
  if (events.length > 0 && parsed.length === 0) {
    throw new IcsError(warnings[0] ?? 'no event could be read');
  }
  return { events: parsed, timezones, warnings };
}
