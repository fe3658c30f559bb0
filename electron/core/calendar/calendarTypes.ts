import type { WallTime } from './wallTime';

/** A DATE or DATE-TIME as the file wrote it, before any time-zone arithmetic. */
export type TimeValue =
  | { kind: 'date'; date: string }
  | { kind: 'utc'; ms: number }
  | { kind: 'zoned'; wall: WallTime; tzid: string }
  | { kind: 'floating'; wall: WallTime };

export type ResponseStatus = 'accepted' | 'declined' | 'tentative' | 'needs-action' | 'delegated';

export interface RawAttendee {
  email: string | null;
  name: string | null;
  response: ResponseStatus;
  role: string;
  /** INDIVIDUAL, GROUP, RESOURCE, ROOM, UNKNOWN. */
  kind: string;
}

/** One VEVENT, reduced to what Farley uses. */
export interface RawEvent {
  uid: string;
  line: number;
  recurrenceId: TimeValue | null;
  start: TimeValue;
  end: TimeValue | null;
  /** DURATION in seconds, when there is no DTEND. */
  durationSeconds: number | null;
  rrule: string | null;
  rdates: { start: TimeValue; end: TimeValue | null }[];
  exdates: TimeValue[];
  status: 'confirmed' | 'tentative' | 'cancelled';
  title: string;
  location: string;
  description: string;
  url: string;
  organizer: { email: string | null; name: string | null } | null;
  attendees: RawAttendee[];
  sequence: number;
}

export interface ParsedCalendar {
  events: RawEvent[];
  /** VTIMEZONE components by TZID, for zones Intl does not know (Outlook's custom zones). */
  timezones: Map<string, unknown>;
  /** Problems that did not stop the file from loading, with line numbers. */
  warnings: string[];
}
