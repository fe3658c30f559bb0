import type { FollowUp, FollowUpBuckets } from '../../../shared/domain/interaction';

export type BucketName = keyof FollowUpBuckets;
export const OPEN_BUCKETS = ['overdue', 'today', 'upcoming', 'someday'] as const;
export const EMPTY_BUCKETS: FollowUpBuckets = {
  overdue: [],
  today: [],
  upcoming: [],
  someday: [],
  done: [],
};

/** Where a follow-up belongs on `today` (the user's local date), as the core sorts them. */
export function bucketOf(item: FollowUp, today: string): BucketName {
  if (item.doneAt) return 'done';
  if (!item.dueOn) return 'someday';
  if (item.dueOn < today) return 'overdue';
  return item.dueOn === today ? 'today' : 'upcoming';
}

/** The core's order: open ones soonest first (undated last), done ones latest done first. */
function before(a: FollowUp, b: FollowUp, bucket: BucketName): boolean {
  if (bucket === 'done') return (a.doneAt ?? '') > (b.doneAt ?? '');
  if ((a.dueOn ?? '') !== (b.dueOn ?? '')) return (a.dueOn ?? '') < (b.dueOn ?? '');
  return a.createdAt < b.createdAt;
}

/** The buckets with `id` taken out and `item` (its new state, or null when deleted) put back. */
export function place(
  buckets: FollowUpBuckets,
  id: string,
  item: FollowUp | null,
  today: string,
): FollowUpBuckets {
  const next: FollowUpBuckets = {
    overdue: buckets.overdue.filter((f) => f.id !== id),
    today: buckets.today.filter((f) => f.id !== id),
    upcoming: buckets.upcoming.filter((f) => f.id !== id),
    someday: buckets.someday.filter((f) => f.id !== id),
    done: buckets.done.filter((f) => f.id !== id),
  };
  if (!item) return next;
  const bucket = bucketOf(item, today);
  const list = next[bucket];
  const at = list.findIndex((other) => before(item, other, bucket));
  next[bucket] = at === -1 ? [...list, item] : [...list.slice(0, at), item, ...list.slice(at)];
  return next;
}

export function findFollowUp(buckets: FollowUpBuckets, id: string): FollowUp | undefined {
  for (const name of [...OPEN_BUCKETS, 'done'] as const) {
    const found = buckets[name].find((f) => f.id === id);
    if (found) return found;
  }
  return undefined;
}

export function countOpen(buckets: FollowUpBuckets): number {
  return OPEN_BUCKETS.reduce((sum, name) => sum + buckets[name].length, 0);
}
