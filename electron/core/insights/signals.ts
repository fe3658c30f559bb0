import type { Database } from 'better-sqlite3';
import type { InteractionKind } from '../../../shared/domain/interaction';
import type { CoreContext } from '../coreContext';
import { dateString, instantToWall } from '../calendar/wallTime';
import { getMe } from '../settings/meRepository';
import { dataChangeKey, keptPerConnection } from './dataChangeKey';

/**
 * Per-person contact signals, read for everyone (or a list of ids) in a few grouped queries:
 * one over interactions (by their occurred_at index, joined to participants), one over past
 * calendar occurrences. Never a query per person: the lists rank thousands of people at once.
 *
 * "Contact" is every logged interaction (notes included, as on the dossier's "last contacted")
 * and every meeting that took place with the person among its attendees: timed, ended, not
 * cancelled, not declined by the user, and not already logged as an interaction with that
 * person (so a logged meeting is not counted twice).
 */

export const DAY_MS = 86_400_000;

/** [from, to) in epoch milliseconds. */
export interface Range {
  from: number;
  to: number;
}

export type KindCounts = Partial<Record<InteractionKind, number>>;

export interface ContactSignals {
  personId: string;
  /** Latest interaction or attended meeting at or before now (epoch ms), or null. */
  lastContactMs: number | null;
  interactions90: KindCounts;
  interactions365: KindCounts;
  meetings90: number;
  meetings365: number;
}

export function emptySignals(personId: string): ContactSignals {
  return {
    personId,
    lastContactMs: null,
    interactions90: {},
    interactions365: {},
    meetings90: 0,
    meetings365: 0,
  };
}

/** Local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(ms: number, zone: string): string {
  return dateString(instantToWall(ms, zone));
}

/** Whole calendar days from one local date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const iso = (ms: number) => new Date(ms).toISOString();

/** `AND column IN (…)` for a list of ids, or nothing for everyone (cheaper than a huge IN). */
function idFilter(column: string, ids: string[] | null): { sql: string; params: string[] } {
  return ids
    ? { sql: `AND ${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(ids)] }
    : { sql: '', params: [] };
}

interface LastRow {
  personId: string;
  lastAt: string | number | null;
}

/**
 * Latest logged interaction at or before `now`, per person. For a list of ids, one index seek
 * per person (SQLite answers a correlated max() from the (person_id, occurred_at) index
 * without reading the person's rows); for everyone, one index-only grouped scan.
 */
function lastInteractions(ctx: CoreContext, ids: string[] | null, now: Date): Map<string, number> {
  const rows = (
    ids
      ? ctx.db.sqlite
          .prepare(
            `SELECT value AS personId,
                    (SELECT max(occurred_at) FROM interaction_participants
                      WHERE person_id = value AND occurred_at <= ?) AS lastAt
               FROM json_each(?)`,
          )
          .all(now.toISOString(), JSON.stringify(ids))
      : ctx.db.sqlite
          .prepare(
            `SELECT person_id AS personId, max(occurred_at) AS lastAt
               FROM interaction_participants WHERE occurred_at <= ? GROUP BY person_id`,
          )
          .all(now.toISOString())
  ) as LastRow[];
  return new Map(
    rows.flatMap((r) => (r.lastAt === null ? [] : [[r.personId, Date.parse(String(r.lastAt))]])),
  );
}

/** The per-range sums `r0`, `r1`… of a row, in range order (SUM of nothing is null). */
const rangeCounts = (row: Record<`r${number}`, number | null | undefined>, n: number) =>
  Array.from({ length: n }, (_, i) => row[`r${i}`] ?? 0);

/** One person's presence at one timed meeting occurrence (instants in ms). */
interface Attendance {
  personId: string;
  startAt: number;
  endAt: number;
}

/**
 * Who attended which timed meetings, for every occurrence in the index: reading it means
 * unpacking every event's attendee list (most of a Reach out list's cost), so it is kept per
 * connection until the data change — `total_changes()` for this connection's writes,
 * `PRAGMA data_version` for other connections' — and "has it ended by now" is decided per call.
 * All-day events are left out (an offsite is not a meeting with each of its hundred invitees);
 * so are meetings the user declined, and ones already logged as an interaction with the person.
 */
const attendanceByConnection = new WeakMap<Database, { key: string; value: Attendance[] }>();

function attendances(ctx: CoreContext): Attendance[] {
  const { sqlite } = ctx.db;
  return keptPerConnection(attendanceByConnection, sqlite, dataChangeKey(sqlite), () =>
    readAttendances(ctx),
  );
}

function readAttendances(ctx: CoreContext): Attendance[] {
  const { sqlite } = ctx.db;
  const myEmails = JSON.stringify(getMe(ctx).emails.map((e) => e.toLowerCase()));
  return sqlite
    .prepare(
      `SELECT DISTINCT o.id AS occurrenceId, pe.person_id AS personId, o.start_at AS startAt,
              o.end_at AS endAt
         FROM calendar_occurrences o
         JOIN calendar_events e ON e.id = o.event_id
         JOIN json_each(CASE WHEN e.organizer IS NULL THEN e.attendees
                             ELSE json_insert(e.attendees, '$[#]', json(e.organizer)) END) a
         JOIN person_emails pe ON pe.address_key = lower(json_extract(a.value, '$.email'))
        WHERE o.all_day = 0 AND o.status <> 'cancelled'
          AND NOT EXISTS (
            SELECT 1 FROM json_each(e.attendees) d
             WHERE json_extract(d.value, '$.response') = 'declined'
               AND lower(json_extract(d.value, '$.email')) IN (SELECT value FROM json_each(?)))
          AND NOT EXISTS (
            SELECT 1 FROM interactions i
              JOIN interaction_participants ip
                ON ip.interaction_id = i.id AND ip.person_id = pe.person_id
             WHERE i.event_uid = e.uid AND i.event_source = e.source_id
               AND coalesce(i.event_recurrence_id, '') = o.recurrence_id)`,
    )
    .all(myEmails) as Attendance[];
}

/**
 * Attended meetings per person that started before `now` and have ended: the latest start and
 * how many started in each range.
 */
function attendedMeetings(
  ctx: CoreContext,
  ids: string[] | null,
  now: Date,
  ranges: Range[],
): Map<string, { lastAt: number; counts: number[] }> {
  const at = now.getTime();
  const wanted = ids ? new Set(ids) : null;
  const result = new Map<string, { lastAt: number; counts: number[] }>();
  for (const a of attendances(ctx)) {
    if (a.startAt >= at || a.endAt > at || (wanted && !wanted.has(a.personId))) continue;
    let found = result.get(a.personId);
    if (!found) {
      found = { lastAt: a.startAt, counts: ranges.map(() => 0) };
      result.set(a.personId, found);
    }
    found.lastAt = Math.max(found.lastAt, a.startAt);
    ranges.forEach((r, i) => {
      if (a.startAt >= r.from && a.startAt < r.to) found.counts[i] = (found.counts[i] ?? 0) + 1;
    });
  }
  return result;
}

/** Latest contact (interaction or attended meeting) at or before `now`, per person, in ms. */
export function lastContacts(
  ctx: CoreContext,
  ids: string[] | null,
  now: Date,
): Map<string, number> {
  const last = lastInteractions(ctx, ids, now);
  for (const [personId, meeting] of attendedMeetings(ctx, ids, now, [])) {
    last.set(personId, Math.max(last.get(personId) ?? meeting.lastAt, meeting.lastAt));
  }
  return last;
}

interface KindRow {
  personId: string;
  kind: InteractionKind;
  [range: `r${number}`]: number | undefined;
}

/** Interactions per person and kind in each range, read from the interactions' date index. */
function interactionCounts(ctx: CoreContext, ids: string[] | null, ranges: Range[]): KindRow[] {
  if (ranges.length === 0) return [];
  const filter = idFilter('p.person_id', ids);
  const sums = ranges.map((_, i) => `sum(i.occurred_at >= ? AND i.occurred_at < ?) AS r${i}`);
  return ctx.db.sqlite
    .prepare(
      `SELECT p.person_id AS personId, i.kind AS kind, ${sums.join(', ')}
         FROM interactions i JOIN interaction_participants p ON p.interaction_id = i.id
        WHERE i.occurred_at >= ? AND i.occurred_at < ? ${filter.sql}
        GROUP BY p.person_id, i.kind`,
    )
    .all(
      ...ranges.flatMap((r) => [iso(r.from), iso(r.to)]),
      iso(Math.min(...ranges.map((r) => r.from))),
      iso(Math.max(...ranges.map((r) => r.to))),
      ...filter.params,
    ) as KindRow[];
}

/**
 * Everything warmth needs, as of `now`: last contact, interactions by kind and attended
 * meetings over the last 90 and 365 days. People without any contact are absent from the map
 * (use `emptySignals`).
 */
export function contactSignals(
  ctx: CoreContext,
  ids: string[] | null,
  now: Date,
): Map<string, ContactSignals> {
  const end = now.getTime() + 1; // "at or before now": ranges are half-open
  const ranges = [
    { from: end - 90 * DAY_MS, to: end },
    { from: end - 365 * DAY_MS, to: end },
  ];
  const signals = new Map<string, ContactSignals>();
  const entry = (personId: string) => {
    let found = signals.get(personId);
    if (!found) signals.set(personId, (found = emptySignals(personId)));
    return found;
  };
  for (const [personId, lastMs] of lastInteractions(ctx, ids, now)) {
    entry(personId).lastContactMs = lastMs;
  }
  for (const row of interactionCounts(ctx, ids, ranges)) {
    const s = entry(row.personId);
    const [in90 = 0, in365 = 0] = rangeCounts(row, 2);
    if (in90 > 0) s.interactions90[row.kind] = (s.interactions90[row.kind] ?? 0) + in90;
    if (in365 > 0) s.interactions365[row.kind] = (s.interactions365[row.kind] ?? 0) + in365;
  }
  for (const [personId, meetings] of attendedMeetings(ctx, ids, now, ranges)) {
    const s = entry(personId);
    s.lastContactMs = Math.max(s.lastContactMs ?? meetings.lastAt, meetings.lastAt);
    s.meetings90 = meetings.counts[0] ?? 0;
    s.meetings365 = meetings.counts[1] ?? 0;
  }
  return signals;
}

/** Contacts (interactions of any kind plus attended meetings) per person within a range. */
export function contactCounts(
  ctx: CoreContext,
  ids: string[] | null,
  range: Range,
  now: Date,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of interactionCounts(ctx, ids, [range])) {
    counts.set(row.personId, (counts.get(row.personId) ?? 0) + (rangeCounts(row, 1)[0] ?? 0));
  }
  for (const [personId, meetings] of attendedMeetings(ctx, ids, now, [range])) {
    counts.set(personId, (counts.get(personId) ?? 0) + (meetings.counts[0] ?? 0));
  }
  return counts;
}
