import type { Database } from 'better-sqlite3';
import type { GoingColdItem } from '../../../../shared/domain/insights';
import { addDays, dayBounds } from '../../calendar/wallTime';
import type { CoreContext } from '../../coreContext';
import { getMe } from '../../settings/meRepository';
import { dataChangeKey, keptPerConnection } from '../dataChangeKey';
import { contactCounts, daysBetween, lastContacts, localDate } from '../signals';
import { byNameThenId } from './reachOut';

/** Silent for at least this many days (by the user's calendar)… */
export const QUIET_DAYS = 60;
/** …after at least this many contacts… */
export const OFTEN = 4;
/** …in the six months (183 days) before the quiet spell. */
export const BEFORE_DAYS = 183;

/**
 * People the user used to see often and has not lately, cadence or not: no contact in the last
 * 60 days (by local date: the last one 60 or more days ago) and at least 4 contacts
 * (interactions or attended meetings) in the 183 days before those 60. Someone silent for
 * longer than both windows together has gone cold already and drops off. Ordered by how often
 * they were seen, then the most recently quiet, then name and id.
 */
export function goingCold(ctx: CoreContext, limit: number): GoingColdItem[] {
  const now = ctx.clock();
  const zone = getMe(ctx).timeZone;
  const today = localDate(now.getTime(), zone);
  // The list moves only with the data and the day: the briefing's Today panel asks on every
  // return to the window, and reading a year of contacts each time is most of its cost.
  const key = `${dataChangeKey(ctx.db.sqlite)}:${today}:${zone}`;
  return keptPerConnection(computed, ctx.db.sqlite, key, () =>
    coldAsOf(ctx, now, zone, today),
  ).slice(0, limit);
}

const computed = new WeakMap<Database, { key: string; value: GoingColdItem[] }>();

function coldAsOf(ctx: CoreContext, now: Date, zone: string, today: string): GoingColdItem[] {
  // The window ends with the last day that still counts as quiet (today − 60, inclusive).
  const range = {
    from: dayBounds(addDays(today, -(QUIET_DAYS + BEFORE_DAYS)), zone).start,
    to: dayBounds(addDays(today, -(QUIET_DAYS - 1)), zone).start,
  };
  const counts = contactCounts(ctx, null, range, now);
  const often = [...counts].filter(([, n]) => n >= OFTEN).map(([id]) => id);
  if (often.length === 0) return [];
  const last = lastContacts(ctx, often, now);
  const names = new Map(
    (
      ctx.db.sqlite
        .prepare(
          `SELECT id, display_name AS displayName FROM people
            WHERE archived_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(often)) as { id: string; displayName: string }[]
    ).map((p) => [p.id, p.displayName]),
  );

  const cold = often.flatMap((id) => {
    const displayName = names.get(id);
    const lastMs = last.get(id);
    if (displayName === undefined || lastMs === undefined) return [];
    const daysSilent = daysBetween(localDate(lastMs, zone), today);
    if (daysSilent < QUIET_DAYS) return [];
    return [{ id, displayName, lastMs, daysSilent, previousCount: counts.get(id) ?? 0 }];
  });
  cold.sort(
    (a, b) =>
      b.previousCount - a.previousCount || a.daysSilent - b.daysSilent || byNameThenId(a, b),
  );
  return cold.map((c): GoingColdItem => ({
    person: { id: c.id, displayName: c.displayName },
    previousCount: c.previousCount,
    lastContactAt: new Date(c.lastMs).toISOString(),
    daysSilent: c.daysSilent,
    reason: `${c.previousCount} contacts in the 6 months before; nothing for ${c.daysSilent} days`,
  }));
}
