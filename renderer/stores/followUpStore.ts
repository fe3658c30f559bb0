import { create } from 'zustand';
import type { FollowUp, FollowUpBuckets } from '../../shared/domain/interaction';
import type { Result } from '../../shared/result';
import { call } from '../api';
import { findFollowUp, place } from '../features/followUps/buckets';
import { localToday } from '../features/followUps/dueText';

interface FollowUpState {
  /** Null until the first answer. */
  buckets: FollowUpBuckets | null;
  /** The local date the buckets were sorted for. */
  today: string;
  loadError: string | null;
  /** The last change that could not be saved (the list shows the stored state again). */
  error: string | null;
  load: () => Promise<void>;
  add: (title: string, dueOn: string | null) => Promise<Result<FollowUp>>;
  /** Checks off or reopens at once; the server is told in the background. */
  setDone: (id: string, done: boolean) => Promise<boolean>;
  change: (id: string, patch: { title?: string; dueOn?: string | null }) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
  dismissError: () => void;
}

/**
 * The Follow-ups view. Changes show at once (optimistic) and are sent one at a time, in order,
 * with loads queued behind them, so a reload can never show an older state than the screen.
 */
export const useFollowUpStore = create<FollowUpState>((set, get) => {
  let queue: Promise<unknown> = Promise.resolve();
  let loads = 0;
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  const current = (id: string) => {
    const { buckets } = get();
    return buckets ? findFollowUp(buckets, id) : undefined;
  };

  /** Shows `item` (or its removal) in place of whatever had `id`. */
  const show = (id: string, item: FollowUp | null) => {
    const { buckets, today } = get();
    if (buckets) set({ buckets: place(buckets, id, item, today) });
  };

  /** Changes shown but not yet answered, by follow-up: what the screen shows for each. */
  const unanswered = new Map<string, { version: number; item: FollowUp | null }>();
  let versions = 0;

  /**
   * Shows `next` at once, then sends the change; puts the previous state back if it is refused.
   * Only the newest change of a follow-up decides what it shows.
   */
  const optimistic = async (
    id: string,
    next: FollowUp | null,
    send: () => Promise<Result<FollowUp | { id: string }>>,
  ): Promise<boolean> => {
    const previous = current(id);
    const version = ++versions;
    unanswered.set(id, { version, item: next });
    show(id, next);
    set({ error: null });
    const result = await enqueue(send);
    const newest = unanswered.get(id)?.version === version;
    if (newest) unanswered.delete(id);
    if (result.ok) {
      if (newest && 'title' in result.data) show(id, result.data);
      return true;
    }
    if (newest) show(id, previous ?? null);
    set({ error: result.error.message });
    if (result.error.code === 'not_found') void get().load();
    return false;
  };

  return {
    buckets: null,
    today: localToday(new Date()),
    loadError: null,
    error: null,

    load: () => {
      const mine = ++loads;
      return enqueue(async () => {
        const today = localToday(new Date());
        const result = await call('followUps.list', { today });
        if (mine !== loads) return;
        if (!result.ok) {
          set({ loadError: result.error.message });
          return;
        }
        // Changes still under way stay as the user made them.
        let buckets = result.data;
        for (const [id, { item }] of unanswered) buckets = place(buckets, id, item, today);
        set({ buckets, today, loadError: null });
      });
    },

    add: async (title, dueOn) => {
      const result = await enqueue(() => call('followUps.create', { title, dueOn }));
      if (result.ok) show(result.data.id, result.data);
      return result;
    },

    setDone: (id, done) => {
      const item = current(id);
      if (!item || Boolean(item.doneAt) === done) return Promise.resolve(true);
      const next = { ...item, doneAt: done ? new Date().toISOString() : null };
      return optimistic(id, next, () => call('followUps.update', { id, done }));
    },

    change: (id, patch) => {
      const item = current(id);
      if (!item) return Promise.resolve(false);
      return optimistic(id, { ...item, ...patch }, () =>
        call('followUps.update', { id, ...patch }),
      );
    },

    remove: (id) => optimistic(id, null, () => call('followUps.delete', { id })),

    dismissError: () => set({ error: null }),
  };
});
