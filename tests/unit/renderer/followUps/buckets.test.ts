import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../../shared/domain/interaction';
import {
  bucketOf,
  countOpen,
  EMPTY_BUCKETS,
  findFollowUp,
  place,
} from '../../../../renderer/features/followUps/buckets';

const TODAY = '2026-11-24';
const item = (id: string, dueOn: string | null, extra: Partial<FollowUp> = {}): FollowUp => ({
  id,
  title: id,
  dueOn,
  doneAt: null,
  people: [],
  interactionId: null,
  createdAt: `2026-11-01T00:00:0${id.length}Z`,
  ...extra,
});

describe('follow-up buckets', () => {
  it('sorts by the user’s today', () => {
    expect(bucketOf(item('a', '2026-11-23'), TODAY)).toBe('overdue');
    expect(bucketOf(item('a', TODAY), TODAY)).toBe('today');
    expect(bucketOf(item('a', '2026-11-25'), TODAY)).toBe('upcoming');
    expect(bucketOf(item('a', null), TODAY)).toBe('someday');
    expect(bucketOf(item('a', '2026-11-23', { doneAt: '2026-11-24T08:00:00Z' }), TODAY)).toBe(
      'done',
    );
  });

  it('moves a changed follow-up to its place, soonest first', () => {
    let buckets = EMPTY_BUCKETS;
    buckets = place(buckets, 'late', item('late', '2026-12-10'), TODAY);
    buckets = place(buckets, 'soon', item('soon', '2026-11-26'), TODAY);
    buckets = place(buckets, 'mid', item('mid', '2026-12-01'), TODAY);
    expect(buckets.upcoming.map((f) => f.id)).toEqual(['soon', 'mid', 'late']);

    const done = { ...item('mid', '2026-12-01'), doneAt: '2026-11-24T10:00:00Z' };
    buckets = place(buckets, 'mid', done, TODAY);
    expect(buckets.upcoming.map((f) => f.id)).toEqual(['soon', 'late']);
    expect(buckets.done.map((f) => f.id)).toEqual(['mid']);
    expect(countOpen(buckets)).toBe(2);

    const earlier = { ...item('old', null), doneAt: '2026-11-20T10:00:00Z' };
    buckets = place(buckets, 'old', earlier, TODAY);
    expect(buckets.done.map((f) => f.id)).toEqual(['mid', 'old']);

    buckets = place(buckets, 'soon', null, TODAY);
    expect(findFollowUp(buckets, 'soon')).toBeUndefined();
    expect(findFollowUp(buckets, 'late')?.dueOn).toBe('2026-12-10');
  });
});
