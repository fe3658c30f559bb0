import { addDays, wallToInstant } from '../calendar/wallTime';
import { SAMPLE_PEOPLE, SAMPLE_STRANGER } from './samplePeople';
import {
  FORUM,
  KICKOFF,
  ONE_ON_ONE,
  WEEKDAY_MEETINGS,
  type MeetingTemplate,
  type Partstat,
  type SampleInvitee,
} from './sampleSchedule';

/**
 * The sample world's calendar as .ics text: this week (Monday to Friday) and the seven days after
 * today, so that today and tomorrow always have meetings. Pure: the same today and zone give the
 * same text. Times carry the user's zone as TZID, so they land at local working hours anywhere.
 */

export interface SampleCalendarInput {
  /** The user's today, YYYY-MM-DD, in their zone. */
  today: string;
  /** IANA zone of the user. */
  zone: string;
  /** The user's own name and address: put on each invitation so it shows their answer. */
  me: { name: string; email: string } | null;
}

export interface SampleCalendar {
  ics: string;
  /** The days the calendar fills, in order. */
  days: string[];
  /** Occurrences on those days (the weekly 1:1 counted on each day it falls). */
  meetings: number;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Monday of this week through Friday, or through today + 7 when that is later. */
export function sampleDays(today: string): string[] {
  const monday = addDays(today, 1 - isoWeekday(today));
  const friday = addDays(monday, 4);
  const last = addDays(today, 7) > friday ? addDays(today, 7) : friday;
  const days: string[] = [];
  for (let day = monday; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** This week's 1:1: today on a weekday, the coming Monday at the weekend. */
export function oneOnOneAnchor(today: string): string {
  const weekday = isoWeekday(today);
  return weekday <= 5 ? today : addDays(today, 8 - weekday);
}

/** The start (UTC ms) of the 1:1 a number of weeks before this week's; also its RECURRENCE-ID. */
export function oneOnOneStart(today: string, zone: string, weeksBefore: number): number {
  return localInstant(addDays(oneOnOneAnchor(today), -7 * weeksBefore), ONE_ON_ONE.start, zone);
}

/** The instant (UTC ms) of a local date and HH:MM time in a zone. */
export function localInstant(date: string, time: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return wallToInstant({ year, month, day, hour, minute, second: 0 }, zone);
}

const compactDate = (date: string) => date.replaceAll('-', '');

/** A DTSTART-style property at a local wall time: TZID of the zone, or plain UTC. */
function timeProperty(name: string, date: string, time: string, zone: string): string {
  const value = `${compactDate(date)}T${time.replace(':', '')}00`;
  return zone === 'UTC' ? `${name}:${value}Z` : `${name};TZID=${zone}:${value}`;
}

/** TEXT values escape backslashes, separators and line breaks (RFC 5545 §3.3.11). */
function escapeText(text: string): string {
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replaceAll('\n', '\\n');
}

const quoted = (value: string) => `"${value.replaceAll('"', "'")}"`;

/** Content lines are folded at 75 octets, never inside a character (RFC 5545 §3.1). */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function inviteeLine(invitee: SampleInvitee): string {
  const person = invitee.who === 'stranger' ? null : SAMPLE_PEOPLE[invitee.who];
  const name = person?.displayName ?? SAMPLE_STRANGER.name;
  const email = person?.email ?? SAMPLE_STRANGER.email;
  const role = invitee.optional ? 'OPT-PARTICIPANT' : 'REQ-PARTICIPANT';
  return `ATTENDEE;CN=${quoted(name)};ROLE=${role};PARTSTAT=${invitee.response}:mailto:${email}`;
}

function meLine(me: SampleCalendarInput['me'], response: Partstat): string[] {
  if (!me) return [];
  return [
    `ATTENDEE;CN=${quoted(me.name || me.email)};ROLE=REQ-PARTICIPANT;PARTSTAT=${response}:mailto:${me.email}`,
  ];
}

interface EventText {
  uid: string;
  stamp: string;
  lines: string[];
}

function vevent({ uid, stamp, lines }: EventText): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`, ...lines, 'END:VEVENT'];
}

function meetingLines(
  template: MeetingTemplate,
  date: string,
  input: SampleCalendarInput,
): string[] {
  const organizer = SAMPLE_PEOPLE[template.organizer];
  return [
    timeProperty('DTSTART', date, template.start, input.zone),
    timeProperty('DTEND', date, template.end, input.zone),
    `SUMMARY:${escapeText(template.title)}`,
    `LOCATION:${escapeText(template.location)}`,
    ...(template.description ? [`DESCRIPTION:${escapeText(template.description)}`] : []),
    `ORGANIZER;CN=${quoted(organizer.displayName)}:mailto:${organizer.email}`,
    ...template.invitees.map(inviteeLine),
    ...meLine(input.me, template.myResponse ?? 'ACCEPTED'),
    ...(template.room
      ? [
          `ATTENDEE;CUTYPE=ROOM;CN=${quoted(template.room.name)};ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:${template.room.email}`,
        ]
      : []),
  ];
}

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The weekly 1:1: a series with a skipped week in the past and next week's moved. */
function oneOnOneEvents(input: SampleCalendarInput, stamp: string): string[][] {
  const anchor = oneOnOneAnchor(input.today);
  const first = addDays(anchor, -7 * ONE_ON_ONE.weeksOfHistory);
  const skipped = addDays(anchor, -7 * ONE_ON_ONE.skippedWeeksAgo);
  const moved = addDays(anchor, 7);
  const { zone, me } = input;
  const priya = SAMPLE_PEOPLE.priya;
  const people = [
    `ORGANIZER;CN=${quoted(priya.displayName)}:mailto:${priya.email}`,
    inviteeLine({ who: 'priya', response: 'ACCEPTED' }),
    ...meLine(me, 'ACCEPTED'),
  ];
  const master = [
    timeProperty('DTSTART', first, ONE_ON_ONE.start, zone),
    timeProperty('DTEND', first, ONE_ON_ONE.end, zone),
    `RRULE:FREQ=WEEKLY;BYDAY=${WEEKDAY_CODES[isoWeekday(anchor) - 1] ?? 'MO'}`,
    timeProperty('EXDATE', skipped, ONE_ON_ONE.start, zone),
    `SUMMARY:${escapeText(ONE_ON_ONE.title)}`,
    `LOCATION:${ONE_ON_ONE.location}`,
    `DESCRIPTION:${escapeText(ONE_ON_ONE.description)}`,
    ...people,
  ];
  const override = [
    timeProperty('RECURRENCE-ID', moved, ONE_ON_ONE.start, zone),
    timeProperty('DTSTART', moved, ONE_ON_ONE.movedStart, zone),
    timeProperty('DTEND', moved, ONE_ON_ONE.movedEnd, zone),
    `SUMMARY:${escapeText(ONE_ON_ONE.title)}`,
    `LOCATION:${ONE_ON_ONE.location}`,
    `DESCRIPTION:${escapeText('Moved to the morning: Priya flies out at lunchtime.')}`,
    ...people,
  ];
  return [
    vevent({ uid: ONE_ON_ONE.uid, stamp, lines: master }),
    vevent({ uid: ONE_ON_ONE.uid, stamp, lines: override }),
  ];
}

export function sampleCalendar(input: SampleCalendarInput): SampleCalendar {
  const { today } = input;
  const days = sampleDays(today);
  const stamp = `${compactDate(today)}T000000Z`;
  const forumDay = days.find((day) => isoWeekday(day) === FORUM.weekday) ?? today;
  const oneOnOneWeekday = isoWeekday(oneOnOneAnchor(today));
  const events: string[][] = [];
  let meetings = 0;

  for (const day of days) {
    const templates = [
      ...(WEEKDAY_MEETINGS[isoWeekday(day)] ?? []),
      ...(day === today ? [KICKOFF] : []),
    ];
    for (const template of templates) {
      const uid = `sample-${template.slug}-${compactDate(day)}@farley.example`;
      events.push(vevent({ uid, stamp, lines: meetingLines(template, day, input) }));
    }
    meetings += templates.length;
    if (day === forumDay) {
      events.push(
        vevent({
          uid: `sample-${FORUM.slug}-${compactDate(day)}@farley.example`,
          stamp,
          lines: [
            `DTSTART;VALUE=DATE:${compactDate(day)}`,
            `DTEND;VALUE=DATE:${compactDate(addDays(day, 1))}`,
            `SUMMARY:${escapeText(FORUM.title)}`,
            `LOCATION:${escapeText(FORUM.location)}`,
            `DESCRIPTION:${escapeText(FORUM.description)}`,
            'TRANSP:TRANSPARENT',
          ],
        }),
      );
      meetings++;
    }
    if (isoWeekday(day) === oneOnOneWeekday) meetings++;
  }
  events.push(...oneOnOneEvents(input, stamp));

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Farley//Sample world//EN',
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Sample calendar',
    `X-WR-TIMEZONE:${input.zone}`,
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return { ics: `${lines.map(fold).join('\r\n')}\r\n`, days, meetings };
}

/** The UTC ISO form the calendar index uses for an occurrence's RECURRENCE-ID. */
export function recurrenceIdOf(instant: number): string {
  return new Date(instant).toISOString();
}
