import type { AgendaAttendee, AgendaMeeting } from './calendar';
import type { EventLink, InteractionKind } from './interaction';
import type { DateKind, PersonRef } from './person';
import type { Tag } from './tag';

/** The latest interaction with a person before the briefing's moment. */
export interface BriefingInteraction {
  id: string;
  /** When it took place (ISO instant). */
  date: string;
  kind: InteractionKind;
  title: string;
  /** The first lines of the note, mentions shown as plain names. */
  summary: string;
}

export interface BriefingFollowUp {
  id: string;
  title: string;
  /** YYYY-MM-DD or null. */
  due: string | null;
  /** Due before the briefing's day. */
  overdue: boolean;
}

export interface BriefingDate {
  kind: DateKind;
  label: string;
  /** The next time it comes round, on or after the briefing's day (YYYY-MM-DD). */
  date: string;
  daysAway: number;
  /** Years since, when the year is known (a birthday's age, an anniversary's count). */
  years: number | null;
}

/** One person's important date coming round: the Today panel's week of birthdays. */
export interface DatedPerson extends BriefingDate {
  person: PersonRef;
}

/** Someone the attendee is related to in the user's files: people you both know. */
export interface BriefingConnection {
  id: string;
  displayName: string;
  /** How the attendee relates to them, e.g. "colleague", "reports to". */
  relation: string;
}

/** What the user should know about a matched attendee before the meeting. */
export interface BriefingDossier {
  id: string;
  displayName: string;
  initials: string;
  photoUrl: string | null;
  /** Title of the first current role, or ''. */
  title: string;
  /** Organization of the first current role, or null. */
  organization: string | null;
  howWeMet: string;
  introducedBy: PersonRef | null;
  tags: Tag[];
  lastInteraction: BriefingInteraction | null;
  interactionsLast90Days: number;
  openFollowUps: BriefingFollowUp[];
  keyFacts: string[];
  /** Birthdays, anniversaries and other dates within the next 14 days. */
  upcomingDates: BriefingDate[];
  connections: BriefingConnection[];
  /**
   * How warm the tie is as of the briefing's moment, 0–100, and why ("12 interactions in 90
   * days, last 3 days ago"); null when it could not be worked out.
   */
  warmth: { score: number; explanation: string } | null;
}

export interface BriefingAttendee extends AgendaAttendee {
  /** Set when the attendee is matched to a person. */
  dossier: BriefingDossier | null;
  /** For an unknown attendee: the organization that owns their email's domain, if any. */
  organizationGuess: { id: string; name: string } | null;
}

/** The notes of the previous meeting in the same recurring series. */
export interface PreviousInSeries {
  /** The start of that occurrence (ISO with offset, or a date for all-day). */
  start: string;
  interaction: {
    id: string;
    kind: InteractionKind;
    occurredAt: string;
    title: string;
    body: string;
  };
}

export interface BriefingMeeting extends Omit<AgendaMeeting, 'attendees'> {
  attendees: BriefingAttendee[];
  /** Null for all-day events. */
  durationMinutes: number | null;
  /** A video-call link found in the location, URL or description. */
  videoLink: string | null;
  /** The user declined: shown dimmed, after the others. */
  declined: boolean;
  /** On today's briefing: the meeting in progress and the next one to start. */
  marker: 'now' | 'next' | null;
  /** Has ended, by the briefing's clock. */
  past: boolean;
  /** Someone on the invite is new: not in the files, or no interaction with them before it. */
  firstTime: boolean;
  prepNotes: string;
  previousInSeries: PreviousInSeries | null;
  /** The interaction already logged for this occurrence, if any. */
  loggedInteractionId: string | null;
}

export interface BriefingSummary {
  meetings: number;
  /** Distinct people (known or not, not the user) across the day's meetings. */
  people: number;
  firstTimeMeetings: number;
  /** Open follow-ups with today's attendees that are already overdue. */
  overdueFollowUps: number;
  birthdaysToday: PersonRef[];
}

export interface Briefing {
  date: string;
  timeZone: string;
  /** The moment it was computed for (ISO instant). */
  now: string;
  isToday: boolean;
  summary: BriefingSummary;
  /** All-day events first, then timed meetings by start, then the ones the user declined. */
  meetings: BriefingMeeting[];
}

export interface PrepNote {
  event: EventLink;
  body: string;
  updatedAt: string;
}

export interface NotificationSettings {
  /** Whether the morning notification is shown. */
  enabled: boolean;
  /** Local time of day, HH:MM (24-hour). */
  time: string;
}

/** What a first run offers: a store with nothing in it yet. */
export interface WelcomeState {
  /** No people, organizations, interactions or calendars, and the welcome was not dismissed. */
  show: boolean;
}

export interface SampleWorldReport {
  people: number;
  organizations: number;
  interactions: number;
  followUps: number;
  meetings: number;
}
