import type {
  AgendaAttendee,
  AgendaMeeting,
  AttendeeResponse,
} from '../../../shared/domain/calendar';
import { addDays, daysBetween, shortDate, weekdayName } from './dates';

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** "9:30 AM" (or "09:30", as the user's locale writes it) in the agenda's zone. */
export function clockTime(iso: string, timeZone: string): string {
  let format = timeFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone });
    timeFormatters.set(timeZone, format);
  }
  return format.format(Date.parse(iso));
}

/** The calendar day of an ISO time written with its zone's offset: its own date part. */
export function localDateOf(iso: string): string {
  return iso.slice(0, 10);
}

/** A time on `day`, or with its weekday when it falls on another day ("Mon 11:00 PM"). */
export function timeOnDay(iso: string, day: string, timeZone: string): string {
  const date = localDateOf(iso);
  const time = clockTime(iso, timeZone);
  return date === day ? time : `${weekdayName(date)} ${time}`;
}

export function minutesBetween(start: string, end: string): number {
  return Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 60_000));
}

/** "30 min", "1 h", "1 h 30 min", "2 d 3 h"; '' for a zero-length event. */
export function durationText(minutes: number): string {
  if (minutes <= 0) return '';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [days && `${days} d`, hours && `${hours} h`, mins && !days && `${mins} min`];
  return parts.filter(Boolean).join(' ');
}

/** Busy time of a day's timed meetings the user has not declined, overlaps counted once. */
export function busyMinutes(meetings: AgendaMeeting[], day: string, timeZone: string): number {
  const dayStart = midnightIn(day, timeZone);
  const dayEnd = midnightIn(addDays(day, 1), timeZone);
  const spans = meetings
    .filter((m) => !m.allDay && m.myResponse !== 'declined')
    .map((m) => [Math.max(Date.parse(m.start), dayStart), Math.min(Date.parse(m.end), dayEnd)])
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  let total = 0;
  let reached = -Infinity;
  for (const [rawStart = 0, end = 0] of spans) {
    const start = Math.max(rawStart, reached);
    if (end > start) total += end - start;
    reached = Math.max(reached, end);
  }
  return Math.round(total / 60_000);
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** How far a zone's wall clock is ahead of UTC at an instant, in ms. */
function zoneOffset(at: number, timeZone: string): number {
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(at).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour, p.minute, p.second);
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant a day begins in a zone. */
export function midnightIn(day: string, timeZone: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`);
  const guess = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(guess, timeZone);
}

/** For an all-day event spanning days: "Mar 9 – 12" style note, or '' for a single day. */
export function allDaySpan(meeting: AgendaMeeting, day: string): string {
  const days = daysBetween(meeting.start, meeting.end);
  if (days <= 1) return '';
  const index = daysBetween(meeting.start, day) + 1;
  return `Day ${index} of ${days} · until ${shortDate(addDays(meeting.end, -1))}`;
}

const WEB_URL = /\bhttps?:\/\/[^\s<>"']+/i;
/** Hosts of video calls, whose links in an invite's notes mean "join here". */
const CALL_HOSTS =
  /\bhttps?:\/\/(?:[\w-]+\.)*(?:zoom\.us|zoom\.com|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|webex\.com|whereby\.com|meet\.jit\.si|gotomeeting\.com|chime\.aws|around\.co)\/[^\s<>"')\]]*/i;

function cleanUrl(url: string): string | null {
  const trimmed = url.replace(/[.,;:!?)\]]+$/, '');
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export interface MeetingPlace {
  /** The location as text, without a link that is shown as "Join" instead; '' for none. */
  where: string;
  /** Where to join the call, if the invite says. */
  join: string | null;
  /** The event's own web page (URL property), when it is not the join link. */
  page: string | null;
}

/** Where a meeting happens: a room, a call to join, or both. */
export function placeOf(meeting: AgendaMeeting): MeetingPlace {
  const location = meeting.location.trim();
  const inLocation = WEB_URL.exec(location)?.[0];
  let join = inLocation ? cleanUrl(inLocation) : null;
  let where = location;
  if (inLocation && join) {
    where = location
      .replace(inLocation, '')
      .replace(/^[\s,;·|-]+|[\s,;·|-]+$/g, '')
      .trim();
  }
  if (!join) {
    const inNotes = CALL_HOSTS.exec(meeting.description)?.[0];
    join = inNotes ? cleanUrl(inNotes) : null;
  }
  const url = meeting.url.trim() ? cleanUrl(meeting.url.trim()) : null;
  if (!join && url && CALL_HOSTS.test(url)) return { where, join: url, page: null };
  return { where, join, page: url && url !== join ? url : null };
}

/** How an attendee answered, in a word; '' when they accepted. */
export function responseText(response: AttendeeResponse): string {
  switch (response) {
    case 'declined':
      return 'declined';
    case 'tentative':
      return 'maybe';
    case 'delegated':
      return 'delegated';
    case 'needs-action':
      return 'no reply';
    default:
      return '';
  }
}

/** The user's own answer, as a sentence; '' when they accepted or are not on the invite. */
export function myResponseText(response: AttendeeResponse | null): string {
  switch (response) {
    case 'declined':
      return 'You declined';
    case 'tentative':
      return 'You said maybe';
    case 'needs-action':
      return 'You have not replied';
    case 'delegated':
      return 'You delegated it';
    default:
      return '';
  }
}

/** How an attendee is named on screen: the dossier's name, else the invite's, else the address. */
export function attendeeName(attendee: AgendaAttendee): string {
  return attendee.personName ?? attendee.name ?? attendee.email ?? 'Someone';
}

/** Stable key of an attendee within a meeting. */
export function attendeeKey(attendee: AgendaAttendee): string {
  return (attendee.email ?? `name:${attendee.name ?? ''}`).toLowerCase();
}

/** Organizer first, then in the invite's order; the user themselves left out. */
export function visibleAttendees(meeting: AgendaMeeting): AgendaAttendee[] {
  const others = meeting.attendees.filter((a) => a.match !== 'self');
  return [...others.filter((a) => a.organizer), ...others.filter((a) => !a.organizer)];
}

/** Stable id of a meeting occurrence, for keys and for focusing it. */
export function meetingId(meeting: AgendaMeeting): string {
  return `${meeting.key.source}|${meeting.key.uid}|${meeting.key.recurrenceId}`;
}

/** "Ada, Grace and 3 others" for a compact line. */
export function peopleSummary(meeting: AgendaMeeting, max = 2): string {
  const names = visibleAttendees(meeting).map((a) => attendeeName(a).split(/\s+/)[0] ?? '');
  if (names.length === 0) return '';
  if (names.length <= max + 1) {
    return new Intl.ListFormat(undefined, { type: 'conjunction' }).format(names);
  }
  const rest = names.length - max;
  return `${names.slice(0, max).join(', ')} and ${rest} others`;
}
