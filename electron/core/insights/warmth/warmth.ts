import type { Warmth } from '../../../../shared/domain/insights';
import type { CoreContext } from '../../coreContext';
import { getMe } from '../../settings/meRepository';
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
