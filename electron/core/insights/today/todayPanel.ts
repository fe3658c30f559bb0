import type { TodayGroup, TodayPanel } from '../../../../shared/domain/insights';
import type { FollowUp } from '../../../../shared/domain/interaction';
import { datesComingUp } from '../../briefing/importantDates';
import type { CoreContext } from '../../coreContext';
import { followUpsFromRows } from '../../interactions/followUpRepository';
import { goingCold } from '../cadence/goingCold';
import { reachOut } from '../cadence/reachOut';

/** Follow-ups shown at most: a day's worth to act on, the rest behind "and N more". */
export const FOLLOW_UPS_SHOWN = 10;
/** Reach out and going cold: the top few of each (their screen has the rest). */
export const TOP_SHOWN = 5;
/** Dates have no screen of their own: a busy week shows more of them here. */
export const DATES_SHOWN = 10;
/** "This week": the day itself and the six after it. */
export const WEEK_DAYS = 7;

function firstOf<Item>(all: Item[], shown: number): TodayGroup<Item> {
  return { items: all.slice(0, shown), total: all.length };
}

/** Open follow-ups due on or before `date`: the longest overdue first, then as written. */
function followUpsDue(ctx: CoreContext, date: string): TodayGroup<FollowUp> {
  const { sqlite } = ctx.db;
  const rows = sqlite
    .prepare(
      `SELECT f.id, f.title, f.due_on AS dueOn, f.done_at AS doneAt,
              f.interaction_id AS interactionId, f.created_at AS createdAt
         FROM follow_ups f
        WHERE f.done_at IS NULL AND f.due_on <= ?
        ORDER BY f.due_on, f.created_at, f.position, f.id
        LIMIT ?`,
    )
    .all(date, FOLLOW_UPS_SHOWN) as Parameters<typeof followUpsFromRows>[1];
  const total = sqlite
    .prepare('SELECT count(*) FROM follow_ups WHERE done_at IS NULL AND due_on <= ?')
    .pluck()
    .get(date) as number;
  return { items: followUpsFromRows(ctx, rows), total };
}

/**
 * The Today panel for a day. Follow-ups and dates are read for that day; Reach out and Going
 * cold are rankings of the present (by the context's clock), so they are the same whatever day
 * is asked for. Each group carries its total, for "and 7 more".
 */
export function todayPanel(ctx: CoreContext, date: string): TodayPanel {
  return {
    date,
    followUpsDue: followUpsDue(ctx, date),
    // The whole ranking, for its total: the lists' own rules, not a second copy of them.
    reachOut: firstOf(reachOut(ctx, Number.MAX_SAFE_INTEGER), TOP_SHOWN),
    datesThisWeek: firstOf(datesComingUp(ctx, date, WEEK_DAYS), DATES_SHOWN),
    goingCold: firstOf(goingCold(ctx, Number.MAX_SAFE_INTEGER), TOP_SHOWN),
  };
}
