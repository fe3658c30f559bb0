import {
  CADENCE_DAYS,
  CADENCE_LABELS,
  type ReachOutItem,
} from '../../../../shared/domain/insights';
import { addDays } from '../../calendar/wallTime';
import type { CoreContext } from '../../coreContext';
import { getMe } from '../../settings/meRepository';
import { daysBetween, lastContacts, localDate } from '../signals';
import { warmthForPeople } from '../warmth/warmth';
import { cadencedPeople } from './effectiveCadence';

/** Above this many ids, reading everyone once is cheaper than a long IN list. */
const MANY = 500;

/** Names compare the same way on every machine; the id settles identical names. */
export function byNameThenId(
  a: { displayName: string; id: string },
  b: { displayName: string; id: string },
): number {
  return (
    a.displayName.localeCompare(b.displayName, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export const daysAgo = (days: number) =>
  days <= 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;

/** The oldest open follow-up with each person (by when it was written), in one query. */
// CROSS JOIN keeps SQLite on the people's index: left free, it walks every open follow-up.
function oldestOpenFollowUps(ctx: CoreContext, ids: string[]): Map<string, string> {
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT fp.person_id AS personId, f.title
         FROM follow_up_people fp CROSS JOIN follow_ups f ON f.id = fp.follow_up_id
        WHERE f.done_at IS NULL AND fp.person_id IN (SELECT value FROM json_each(?))
        ORDER BY f.created_at, f.position, f.id`,
    )
    .all(JSON.stringify(ids)) as { personId: string; title: string }[];
  const oldest = new Map<string, string>();
  for (const row of rows) if (!oldest.has(row.personId)) oldest.set(row.personId, row.title);
  return oldest;
}

/**
 * Who is due (0) or overdue for contact under their cadence, as of the clock, most overdue
 * first, then the warmest tie, then by name and id. Due = the local date of the last contact
 * plus the cadence's days; someone never contacted is due today.
 */
export function reachOut(ctx: CoreContext, limit: number): ReachOutItem[] {
  const now = ctx.clock();
  const zone = getMe(ctx).timeZone;
  const today = localDate(now.getTime(), zone);
  const people = cadencedPeople(ctx);
  if (people.length === 0) return [];
  const last = lastContacts(
    ctx,
    people.map((p) => p.id),
    now,
  );

  const due = people.flatMap((person) => {
    const lastMs = last.get(person.id) ?? null;
    const lastDate = lastMs === null ? null : localDate(lastMs, zone);
    const dueOn = lastDate === null ? today : addDays(lastDate, CADENCE_DAYS[person.cadence]);
    const daysOverdue = daysBetween(dueOn, today);
    return daysOverdue >= 0 ? [{ ...person, lastMs, lastDate, dueOn, daysOverdue }] : [];
  });
  due.sort((a, b) => b.daysOverdue - a.daysOverdue);
  // Warmth only breaks ties, so it is needed only down to the last place's days overdue.
  const threshold = due[Math.min(limit, due.length) - 1]?.daysOverdue ?? 0;
  const contenders = due.filter((d) => d.daysOverdue >= threshold);
  const warmth = warmthForPeople(
    ctx,
    contenders.length > MANY ? null : contenders.map((d) => d.id),
    now,
  );
  const scored = contenders.map((d) => ({ ...d, warmth: warmth.get(d.id)?.score ?? 0 }));
  scored.sort((a, b) => b.daysOverdue - a.daysOverdue || b.warmth - a.warmth || byNameThenId(a, b));
  const top = scored.slice(0, limit);
  const followUps = oldestOpenFollowUps(
    ctx,
    top.map((d) => d.id),
  );

  return top.map((d): ReachOutItem => {
    const spoke =
      d.lastDate === null
        ? 'never in touch yet'
        : `last spoke ${daysAgo(daysBetween(d.lastDate, today))}`;
    const followUp = followUps.get(d.id);
    return {
      person: { id: d.id, displayName: d.displayName },
      cadence: d.cadence,
      cadenceFrom: d.from,
      lastContactAt: d.lastMs === null ? null : new Date(d.lastMs).toISOString(),
      dueOn: d.dueOn,
      daysOverdue: d.daysOverdue,
      warmth: d.warmth,
      reason: `${CADENCE_LABELS[d.cadence]}; ${spoke}${followUp ? ` — ${followUp}` : ''}`,
    };
  });
}
