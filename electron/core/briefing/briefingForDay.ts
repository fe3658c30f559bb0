import type {
  Briefing,
  BriefingAttendee,
  BriefingMeeting,
  BriefingSummary,
} from '../../../shared/domain/briefing';
import type { AgendaAttendee, AgendaMeeting } from '../../../shared/domain/calendar';
import type { PersonRef } from '../../../shared/domain/person';
import { agendaForDay } from '../calendar/agenda';
import { dateString, dayBounds, instantToWall } from '../calendar/wallTime';
import type { CoreContext } from '../coreContext';
import { dossiersFor } from './attendeeDossiers';
import { meetingNotesReader } from './meetingNotes';
import { videoLinkOf } from './videoLink';

const isPerson = (a: AgendaAttendee) => a.match !== 'self';
const declinedByMe = (m: AgendaMeeting) => m.myResponse === 'declined';

/** Instants of a meeting; an all-day one spans its dates in the briefing's zone. */
function spanOf(m: AgendaMeeting, zone: string): { start: number; end: number } {
  if (!m.allDay) return { start: Date.parse(m.start), end: Date.parse(m.end) };
  return { start: dayBounds(m.start, zone).start, end: dayBounds(m.end, zone).start };
}

/** The organizations owning the email domains of attendees nobody in the files matches. */
function organizationsByDomain(ctx: CoreContext, attendees: AgendaAttendee[]) {
  const domains = [
    ...new Set(
      attendees
        .filter((a) => !a.personId && a.email?.includes('@'))
        .map((a) => (a.email ?? '').split('@').pop()?.toLowerCase() ?? ''),
    ),
  ].filter(Boolean);
  if (domains.length === 0) return new Map<string, { id: string; name: string }>();
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT d.domain, o.id, o.name FROM organization_domains d
         JOIN organizations o ON o.id = d.organization_id
        WHERE d.domain IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(domains)) as { domain: string; id: string; name: string }[];
  return new Map(rows.map((r) => [r.domain, { id: r.id, name: r.name }]));
}

/** People in the files with a birthday on this date (29 February counts on 28 February). */
function birthdaysOn(ctx: CoreContext, date: string): PersonRef[] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
  const days = month === 2 && day === 28 && !leap ? [28, 29] : [day];
  return ctx.db.sqlite
    .prepare(
      `SELECT DISTINCT p.id, p.display_name AS displayName FROM person_dates d
         JOIN people p ON p.id = d.person_id
        WHERE d.kind = 'birthday' AND d.month = ? AND d.day IN (SELECT value FROM json_each(?))
          AND p.archived_at IS NULL
        ORDER BY p.display_name COLLATE NOCASE`,
    )
    .all(month, JSON.stringify(days)) as PersonRef[];
}

/** Earliest interaction per person, to tell a first meeting from a known tie. */
function firstInteractions(ctx: CoreContext, ids: string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const first = ctx.db.sqlite
    .prepare('SELECT min(occurred_at) FROM interaction_participants WHERE person_id = ?')
    .pluck();
  return new Map(
    ids.flatMap((id) => {
      const at = first.get(id) as string | null;
      return at ? [[id, at] as const] : [];
    }),
  );
}

/**
 * The briefing of a day in a zone (the user's by default), as of the context's clock: every
 * meeting with a file on each person in it, the user's prep notes, the notes of the previous
 * meeting of a series, and a summary of the day.
 */
export function briefingForDay(ctx: CoreContext, date: string, timeZone?: string): Briefing {
  const agenda = agendaForDay(ctx, date, timeZone);
  const zone = agenda.timeZone;
  const now = ctx.clock().getTime();
  const day = dayBounds(date, zone);
  const isToday = dateString(instantToWall(now, zone)) === date;
  // Interactions logged up to now count, but never ones dated after the day being briefed.
  const asOf = new Date(Math.min(now, day.end)).toISOString();

  const everyone = agenda.meetings.flatMap((m) => m.attendees.filter(isPerson));
  const personIds = [...new Set(everyone.flatMap((a) => (a.personId ? [a.personId] : [])))];
  const dossiers = dossiersFor(ctx, personIds, { date, asOf });
  const firstMet = firstInteractions(ctx, personIds);
  const domainOrgs = organizationsByDomain(ctx, everyone);
  const notesOf = meetingNotesReader(ctx, zone);

  const ordered = [
    ...agenda.meetings.filter((m) => m.allDay && !declinedByMe(m)),
    ...agenda.meetings.filter((m) => !m.allDay && !declinedByMe(m)),
    ...agenda.meetings.filter(declinedByMe),
  ];
  const timedAhead = ordered.filter((m) => !m.allDay && !declinedByMe(m));
  const inProgress = new Set(
    isToday
      ? timedAhead.filter((m) => {
          const s = spanOf(m, zone);
          return s.start <= now && now < s.end;
        })
      : [],
  );
  const next = isToday ? timedAhead.find((m) => spanOf(m, zone).start > now) : undefined;

  const meetings = ordered.map((m): BriefingMeeting => {
    const span = spanOf(m, zone);
    const attendees = m.attendees.map((a): BriefingAttendee => ({
      ...a,
      dossier: a.personId ? (dossiers.get(a.personId) ?? null) : null,
      organizationGuess: a.personId
        ? null
        : (domainOrgs.get(a.email?.split('@').pop()?.toLowerCase() ?? '') ?? null),
    }));
    const firstTime = attendees.some((a) => {
      if (!isPerson(a)) return false;
      if (!a.personId) return true;
      const first = firstMet.get(a.personId);
      return !first || Date.parse(first) >= span.start;
    });
    return {
      ...m,
      attendees,
      durationMinutes: m.allDay ? null : Math.round((span.end - span.start) / 60_000),
      videoLink: videoLinkOf(m),
      declined: declinedByMe(m),
      marker: inProgress.has(m) ? 'now' : m === next ? 'next' : null,
      past: span.end <= now,
      firstTime,
      ...notesOf(m.key),
    };
  });
  return {
    date,
    timeZone: zone,
    now: new Date(now).toISOString(),
    isToday,
    summary: summaryOf(ctx, date, meetings),
    meetings,
  };
}

function summaryOf(ctx: CoreContext, date: string, meetings: BriefingMeeting[]): BriefingSummary {
  const attending = meetings.filter((m) => !m.declined && !m.allDay);
  const people = new Set<string>();
  const overdue = new Set<string>();
  for (const m of attending) {
    for (const a of m.attendees.filter(isPerson)) {
      people.add(a.personId ?? (a.email ?? a.name ?? '').toLowerCase());
      for (const f of a.dossier?.openFollowUps ?? []) if (f.overdue) overdue.add(f.id);
    }
  }
  return {
    meetings: attending.length,
    people: people.size,
    firstTimeMeetings: attending.filter((m) => m.firstTime).length,
    overdueFollowUps: overdue.size,
    birthdaysToday: birthdaysOn(ctx, date),
  };
}
