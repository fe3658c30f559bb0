export interface Me {
  name: string;
  emails: string[];
  /** IANA zone; the OS's when the user has not chosen one. */
  timeZone: string;
  timeZoneIsDefault: boolean;
}

export interface CalendarFileStatus {
  file: string;
  eventCount: number;
  error: string | null;
  warnings: string[];
  readAt: string;
}

export interface CalendarSource {
  id: string;
  kind: 'file' | 'folder';
  path: string;
  name: string;
  addedAt: string;
  lastReadAt: string | null;
  error: string | null;
  eventCount: number;
  /** How many .ics files the source has (a folder may hold tens of thousands). */
  fileCount: number;
  /** The files that could not be read or read with warnings: the ones worth showing. */
  files: CalendarFileStatus[];
}

export type AttendeeMatch = 'email' | 'name' | 'ambiguous' | 'none' | 'self';
export type AttendeeResponse = 'accepted' | 'declined' | 'tentative' | 'needs-action' | 'delegated';

export interface AgendaAttendee {
  name: string | null;
  email: string | null;
  response: AttendeeResponse;
  organizer: boolean;
  optional: boolean;
  personId: string | null;
  personName: string | null;
  match: AttendeeMatch;
  /** For an ambiguous name: who it could be. */
  candidates: { id: string; displayName: string }[];
}

export interface AgendaMeeting {
  /** Stable within a source: source id + UID + recurrence id, used to link notes to it. */
  key: { source: string; uid: string; recurrenceId: string };
  title: string;
  /** ISO 8601 with the zone's offset, or YYYY-MM-DD for all-day events. */
  start: string;
  end: string;
  allDay: boolean;
  location: string;
  description: string;
  url: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  /** The user's own response, when they are on the invite. */
  myResponse: AttendeeResponse | null;
  calendar: string;
  attendees: AgendaAttendee[];
}

export interface Agenda {
  date: string;
  timeZone: string;
  meetings: AgendaMeeting[];
}
