import { create } from 'zustand';
import type { GoingColdItem, ReachOutItem } from '../../shared/domain/insights';
import { call } from '../api';

/** The most the core hands back in one list; the sidebar's count is of this many at most. */
export const REACH_OUT_LIMIT = 1000;
const GOING_COLD_LIMIT = 50;

interface ReachOutState {
  /** Who is due or overdue, most pressing first; null until the first answer. */
  reachOut: ReachOutItem[] | null;
  /** People seen often before who have gone quiet; null until the first answer. */
  goingCold: GoingColdItem[] | null;
  loading: boolean;
  loadError: string | null;
  /** Reads both lists again; the lists on screen stay until the answer is in. */
  load: () => Promise<void>;
}

// A reload after each capture can overlap the previous one: only the latest answer is shown.
let request = 0;

/** The Reach out screen's lists, and the sidebar's count of who is due. */
export const useReachOutStore = create<ReachOutState>((set) => ({
  reachOut: null,
  goingCold: null,
  loading: false,
  loadError: null,

  async load() {
    const ticket = ++request;
    set({ loading: true });
    const [reachOut, goingCold] = await Promise.all([
      call('insights.reachOut', { limit: REACH_OUT_LIMIT }),
      call('insights.goingCold', { limit: GOING_COLD_LIMIT }),
    ]);
    if (ticket !== request) return;
    if (!reachOut.ok || !goingCold.ok) {
      const error = !reachOut.ok ? reachOut.error : !goingCold.ok ? goingCold.error : null;
      set({ loading: false, loadError: error?.message ?? null });
      return;
    }
    set({
      reachOut: reachOut.data,
      goingCold: goingCold.data,
      loading: false,
      loadError: null,
    });
  },
}));
