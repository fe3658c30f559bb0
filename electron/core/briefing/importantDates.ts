import type { BriefingDate, DatedPerson } from '../../../shared/domain/briefing';
import type { DateKind } from '../../../shared/domain/person';
import { addDays } from '../calendar/wallTime';
import type { CoreContext } from '../coreContext';
import { byNameThenId } from '../insights/cadence/reachOut';
import { nextOccurrence } from '../interactions/timeline';

const DAY = 86_400_000;

/** A row of `person_dates`: a day of the year, and the year when it is known. */
export interface DateRow {
  kind: DateKind;
  label: string;
  month: number;
  day: number;
  year: number | null;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY);
}

/**
 * The next time a date comes round on or after `from` (YYYY-MM-DD), how far away that is and
 * how many years it marks. 29 February falls on 28 February in other years.
 */
export function upcomingDate(row: DateRow, from: string): BriefingDate {
  const on = nextOccurrence(row.month, row.day, from);
  return {
    kind: row.kind,
    label: row.label || (row.kind === 'birthday' ? 'Birthday' : 'Anniversary'),
    date: on,
    daysAway: daysBetween(from, on),
    years: row.year === null ? null : Number(on.slice(0, 4)) - row.year,
  };
}

/**
 * Everyone's important dates (people not archived) that come round within `days` days from
 * `from` (0: that day itself), soonest first, then by name. Only the months the window
 * touches are read, so the query stays small however many people have dates.
 */
export function datesComingUp(ctx: CoreContext, from: string, days: number): DatedPerson[] {
  const months = new Set<number>();
  for (let i = 0; i < days; i++) months.add(Number(addDays(from, i).slice(5, 7)));
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT p.id, p.display_name AS displayName, d.kind, d.label, d.month, d.day, d.year
         FROM person_dates d JOIN people p ON p.id = d.person_id
        WHERE p.archived_at IS NULL AND d.month IN (SELECT value FROM json_each(?))
        ORDER BY d.position`,
    )
    .all(JSON.stringify([...months])) as (DateRow & { id: string; displayName: string })[];
  return rows
    .map(({ id, displayName, ...row }) => ({
      person: { id, displayName },
      ...upcomingDate(row, from),
    }))
    .filter((d) => d.daysAway < days)
    .sort((a, b) => a.daysAway - b.daysAway || byNameThenId(a.person, b.person));
}
