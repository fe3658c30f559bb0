import type {
  Briefing,
  BriefingAttendee,
  BriefingDossier,
  BriefingMeeting,
} from '../../../../shared/domain/briefing';

// Hand-built briefings: only what the notification reads is worth setting per test.

export function dossier(displayName: string): BriefingDossier {
  return {
    id: `person-${displayName}`,
    displayName,
    initials: displayName.slice(0, 1),
    photoUrl: null,
    title: '',
    organization: null,
    howWeMet: '',
    introducedBy: null,
    tags: [],
    lastInteraction: null,
    interactionsLast90Days: 0,
    openFollowUps: [],
    keyFacts: [],
    upcomingDates: [],
    connections: [],
    warmth: null,
  };
}

export function attendee(over: Partial<BriefingAttendee> = {}): BriefingAttendee {
  return {
    name: null,
    email: null,
    response: 'accepted',
    organizer: false,
    optional: false,
    personId: null,
    personName: null,
    match: 'none',
    candidates: [],
    dossier: null,
    organizationGuess: null,
    ...over,
  };
}

/** Someone with a dossier, under the name the user gave them. */
export function known(displayName: string, over: Partial<BriefingAttendee> = {}) {
  return attendee({
    name: displayName.toUpperCase(),
    email: `${displayName.split(' ')[0]?.toLowerCase()}@example.com`,
    personId: `person-${displayName}`,
    personName: displayName,
    match: 'email',
    dossier: dossier(displayName),
    ...over,
  });
}

/** Someone on the invite Farley has no file on. */
export function stranger(name: string | null, email: string) {
  return attendee({ name, email });
}

export const me = attendee({ name: 'Morgan Reed', email: 'morgan@example.com', match: 'self' });

/** A timed meeting; `start` is the local wall time, HH:MM, in a +01:00 zone. */
export function meeting(
  start: string,
  title: string,
  attendees: BriefingAttendee[],
  over: Partial<BriefingMeeting> = {},
): BriefingMeeting {
  return {
    key: { source: 'work', uid: `${title}@test`, recurrenceId: '' },
    title,
    start: `2026-11-24T${start}:00+01:00`,
    end: `2026-11-24T${start}:00+01:00`,
    allDay: false,
    location: '',
    description: '',
    url: '',
    status: 'confirmed',
    myResponse: 'accepted',
    calendar: 'Work',
    attendees,
    durationMinutes: 30,
    videoLink: null,
    declined: false,
    marker: null,
    past: false,
    firstTime: false,
    prepNotes: '',
    previousInSeries: null,
    loggedInteractionId: null,
    ...over,
  };
}

export function allDay(title: string): BriefingMeeting {
  return meeting('00:00', title, [], {
    start: '2026-11-24',
    end: '2026-11-25',
    allDay: true,
    durationMinutes: null,
  });
}

export function briefing(date: string, meetings: BriefingMeeting[]): Briefing {
  return {
    date,
    timeZone: 'Europe/Berlin',
    now: `${date}T06:00:00.000Z`,
    isToday: true,
    summary: {
      meetings: meetings.length,
      people: 0,
      firstTimeMeetings: 0,
      overdueFollowUps: 0,
      birthdaysToday: [],
    },
    meetings,
  };
}
