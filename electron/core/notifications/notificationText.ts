import type { Briefing, BriefingAttendee, BriefingMeeting } from '../../../shared/domain/briefing';

export interface NotificationText {
  title: string;
  body: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function weekdayOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? date;
}

/** The wall time of a meeting's start: the briefing writes it with its zone's offset. */
function startTime(meeting: BriefingMeeting): string {
  return /T(\d{2}:\d{2})/.exec(meeting.start)?.[1] ?? meeting.start;
}

/** Whom the user is meeting: not themselves, not someone who declined. */
function otherAttendees(meeting: BriefingMeeting): BriefingAttendee[] {
  return meeting.attendees.filter((a) => a.match !== 'self' && a.response !== 'declined');
}

function nameOf(attendee: BriefingAttendee): string {
  return (
    attendee.dossier?.displayName ?? attendee.personName ?? attendee.name ?? attendee.email ?? ''
  );
}

/** "with Dana Kim", "with Dana Kim and Bob Nguyen", "with Dana Kim and 2 others". */
function withWhom(meeting: BriefingMeeting): string | null {
  const people = otherAttendees(meeting);
  // People with a dossier first: those are the names the user knows them by.
  const known = people.filter((a) => a.dossier !== null || a.personId !== null);
  const unknown = people.filter((a) => a.dossier === null && a.personId === null);
  const names = [...known, ...unknown].map(nameOf).filter((name) => name !== '');
  const [first, second] = names;
  if (first === undefined) return null;
  if (second === undefined) return `with ${first}`;
  if (names.length === 2) return `with ${first} and ${second}`;
  return `with ${first} and ${names.length - 1} others`;
}

function describe(meeting: BriefingMeeting): string {
  const people = withWhom(meeting);
  return people ? `${startTime(meeting)} ${people}` : `${startTime(meeting)}: ${meeting.title}`;
}

/**
 * The morning notification for a day's briefing, or null when there is nothing to announce.
 *
 * It counts the timed meetings the user has not declined and that were not cancelled; all-day
 * events are not meetings here (a holiday or a trip is not something to be at by 09:30). A day
 * without such a meeting gets no notification: an empty ping every quiet morning would teach
 * the user to ignore it. When it is shown late and the first meetings are over, it names the
 * next one instead; when every meeting is over there is nothing left to prepare, so null.
 */
export function morningNotificationText(briefing: Briefing): NotificationText | null {
  const meetings = briefing.meetings.filter(
    (m) => !m.allDay && !m.declined && m.status !== 'cancelled',
  );
  const first = meetings[0];
  if (first === undefined) return null;
  const upcoming = meetings.find((m) => !m.past);
  if (upcoming === undefined) return null;
  const count = meetings.length === 1 ? '1 meeting today' : `${meetings.length} meetings today`;
  const when = upcoming !== first ? 'next at' : meetings.length === 1 ? 'at' : 'first at';
  return {
    title: `Farley — ${weekdayOf(briefing.date)}’s briefing`,
    body: `${count}, ${when} ${describe(upcoming)}`,
  };
}
