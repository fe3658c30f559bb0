import type { Agenda, AgendaMeeting } from '../../../shared/domain/calendar';
import type { CoreContext } from '../coreContext';
import { getMe } from '../settings/meRepository';
import type { RawAttendee } from './calendarTypes';
import { ensureWindowCovers } from './calendarSync';
import { matchAttendees, matchSession } from './matchAttendees';
import { addDays, dayBounds, isoInZone } from './wallTime';

/** Timed events longer than this (two weeks) are not looked for across days. */
const MAX_SPAN = 14 * 86_400_000;

interface OccurrenceRow {
  sourceId: string;
  calendar: string;
  uid: string;
  recurrenceId: string;
  allDay: number;
  startAt: number | null;
  endAt: number | null;
  startDate: string | null;
  endDate: string | null;
  status: AgendaMeeting['status'];
  title: string;
  location: string;
  description: string;
  url: string;
  organizer: string | null;
  attendees: string;
}

/**
 * A day's meetings in the given zone (the user's by default), in order: all-day events first,
 * then by start time. Cancelled occurrences are left out. Each attendee is matched to a dossier.
 */
export function agendaForDay(ctx: CoreContext, date: string, timeZone?: string): Agenda {
  const me = getMe(ctx);
  const zone = timeZone ?? me.timeZone;
  ensureWindowCovers(ctx, date);
  const { start, end } = dayBounds(date, zone);
  // Index range scans instead of one OR that would read every occurrence: all-day events that
  // started within a year, timed ones at most MAX_SPAN before the day.
  const select = `SELECT e.source_id AS sourceId, s.name AS calendar, e.uid, o.recurrence_id AS recurrenceId,
          o.all_day AS allDay, o.start_at AS startAt, o.end_at AS endAt, o.start_date AS startDate,
          o.end_date AS endDate, o.status, e.title, e.location, e.description, e.url, e.organizer, e.attendees
     FROM calendar_occurrences o JOIN calendar_events e ON e.id = o.event_id
     JOIN calendar_sources s ON s.id = e.source_id`;
  const allDay = ctx.db.sqlite
    .prepare(
      `${select} WHERE o.start_date <= ? AND o.start_date > ? AND o.end_date > ? AND o.status <> 'cancelled'`,
    )
    .all(date, addDays(date, -366), date) as OccurrenceRow[];
  // Timed: those starting in the day, and those started earlier and still running (read from
  // the (start, end) index alone until one matches).
  const timed = [
    ...(ctx.db.sqlite
      .prepare(`${select} WHERE o.start_at >= ? AND o.start_at < ? AND o.status <> 'cancelled'`)
      .all(start, end) as OccurrenceRow[]),
    ...(ctx.db.sqlite
      .prepare(
        `${select} WHERE o.start_at >= ? AND o.start_at < ? AND o.end_at > ? AND o.status <> 'cancelled'`,
      )
      .all(start - MAX_SPAN, start, start) as OccurrenceRow[]),
  ];
  const rows = [
    ...allDay.sort((a, b) => a.title.localeCompare(b.title)),
    ...timed.sort((a, b) => (a.startAt ?? 0) - (b.startAt ?? 0) || a.title.localeCompare(b.title)),
  ];

  const myEmails = me.emails.map((e) => e.toLowerCase());
  const parsed = rows.map((row) => ({
    row,
    organizer: row.organizer
      ? (JSON.parse(row.organizer) as { email: string | null; name: string | null })
      : null,
    raw: JSON.parse(row.attendees) as RawAttendee[],
  }));
  const session = matchSession(
    ctx,
    parsed.flatMap(({ organizer, raw }) =>
      organizer ? [...raw, { ...organizer, kind: 'INDIVIDUAL' }] : raw,
    ),
  );
  const meetings = parsed.map(({ row, organizer, raw }): AgendaMeeting => {
    const organizerEmail = organizer?.email?.toLowerCase() ?? null;
    const invitees = raw.map((a) => ({
      ...a,
      organizer: Boolean(organizerEmail && a.email?.toLowerCase() === organizerEmail),
    }));
    if (organizer && !invitees.some((a) => a.organizer)) {
      invitees.unshift({
        email: organizer.email,
        name: organizer.name,
        response: 'accepted',
        role: 'CHAIR',
        kind: 'INDIVIDUAL',
        organizer: true,
      });
    }
    const mine = raw.find((a) => a.email && myEmails.includes(a.email.toLowerCase()));
    return {
      key: { source: row.sourceId, uid: row.uid, recurrenceId: row.recurrenceId },
      title: row.title,
      start: row.allDay ? (row.startDate ?? date) : isoInZone(row.startAt ?? 0, zone),
      end: row.allDay ? (row.endDate ?? date) : isoInZone(row.endAt ?? row.startAt ?? 0, zone),
      allDay: Boolean(row.allDay),
      location: row.location,
      description: row.description,
      url: row.url,
      status: row.status,
      myResponse: mine?.response ?? null,
      calendar: row.calendar,
      attendees: matchAttendees(ctx, invitees, myEmails, session),
    };
  });
  return { date, timeZone: zone, meetings };
}
