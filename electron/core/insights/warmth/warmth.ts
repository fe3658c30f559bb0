import type { Database } from 'better-sqlite3';
import type { Warmth } from '../../../../shared/domain/insights';
import type { CoreContext } from '../../coreContext';
import { getMe } from '../../settings/meRepository';
import { dataChangeKey, keptPerConnection } from '../dataChangeKey';
import { contactSignals, emptySignals } from '../signals';
import { warmthScore } from './warmthScore';

/**
 * Warmth for a list of people (every one of them gets an entry), or for every person who is
 * not archived when `personIds` is null. A handful of grouped queries whatever the count.
 */
export function warmthForPeople(
  ctx: CoreContext,
  personIds: string[] | null,
  now: Date,
): Map<string, Warmth> {
  const ids =
    personIds ??
    (ctx.db.sqlite
      .prepare('SELECT id FROM people WHERE archived_at IS NULL ORDER BY id')
      .pluck()
      .all() as string[]);
  // Everyone's signals in one pass is cheaper than a huge IN list when asked for everyone.
  const signals = contactSignals(ctx, personIds, now);
  const zone = getMe(ctx).timeZone;
  const result = new Map<string, Warmth>();
  for (const id of ids) {
    const { score, parts, explanation } = warmthScore(
      signals.get(id) ?? emptySignals(id),
      now,
      zone,
    );
    result.set(id, { personId: id, score, parts, explanation });
  }
  return result;
}

const everyone = new WeakMap<Database, { key: string; value: Map<string, Warmth> }>();

/**
 * Warmth for everyone not archived, kept per connection until the data or the hour changes:
 * the people list sorted by warmth and the relationship graph ask for it again and again, and
 * one computation reads every interaction of the last year. Within the hour a score may lag
 * the exact clock by a fraction of a point; `warmthForPeople` gives the exact one.
 */
export function everyonesWarmth(ctx: CoreContext, now: Date): Map<string, Warmth> {
  const { sqlite } = ctx.db;
  const key = `${dataChangeKey(sqlite)}:${now.toISOString().slice(0, 13)}`;
  return keptPerConnection(everyone, sqlite, key, () => warmthForPeople(ctx, null, now));
}
