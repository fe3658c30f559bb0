import { create } from 'zustand';
import type { TodayPanel } from '../../shared/domain/insights';
import type { FollowUp } from '../../shared/domain/interaction';
import { call } from '../api';
import { useBriefingStore } from './briefingStore';

interface TodayState {
  /** The day the panel was last asked for. */
  date: string | null;
  /** The last answer, kept on screen while it is asked again. Null until the first. */
  panel: TodayPanel | null;
  loading: boolean;
  loadError: string | null;
  /** A check-off the core refused: the follow-up is shown again with this message. */
  error: string | null;
  /** The follow-up just checked off here, so the user can take it back. */
  lastDone: Pick<FollowUp, 'id' | 'title'> | null;
  load: (date: string) => Promise<void>;
  /** Checks a follow-up off at once; the core is told behind it. */
  complete: (followUp: FollowUp) => Promise<void>;
  /** Reopens the follow-up just checked off. */
  undo: () => Promise<void>;
  dismiss: () => void;
}

/** Follow-ups checked off here and not answered yet: a reload in between must not bring them back. */
const completing = new Set<string>();
// Answers to loads older than the newest describe an older world: dropped.
let loads = 0;

function withoutCompleting(panel: TodayPanel): TodayPanel {
  const items = panel.followUpsDue.items.filter((f) => !completing.has(f.id));
  const removed = panel.followUpsDue.items.length - items.length;
  return { ...panel, followUpsDue: { items, total: panel.followUpsDue.total - removed } };
}

/**
 * The Today panel beside the briefing. It is asked for once the briefing's day is in (the main
 * process answers one call at a time, and the briefing is what the user opened the app for),
 * and asked again whenever the briefing is: after a capture, a new dossier, a check-off.
 */
export const useTodayStore = create<TodayState>((set, get) => {
  /** The briefing's dossiers list open follow-ups: it is asked again, and this panel after it. */
  const followUpsChanged = () => useBriefingStore.getState().invalidate();

  return {
    date: null,
    panel: null,
    loading: false,
    loadError: null,
    error: null,
    lastDone: null,

    async load(date) {
      const mine = ++loads;
      // Another day's panel is not shown for this one, even for a moment.
      if (get().date !== date) set({ date, panel: null });
      set({ loading: true });
      const result = await call('insights.today', { date });
      if (mine !== loads) return;
      if (result.ok)
        set({ panel: withoutCompleting(result.data), loading: false, loadError: null });
      else set({ loading: false, loadError: result.error.message });
    },

    async complete(followUp) {
      const { panel } = get();
      if (!panel || completing.has(followUp.id)) return;
      completing.add(followUp.id);
      set({ panel: withoutCompleting(panel), error: null, lastDone: null });
      const result = await call('followUps.update', { id: followUp.id, done: true });
      completing.delete(followUp.id);
      if (result.ok) {
        set({ lastDone: { id: followUp.id, title: followUp.title } });
      } else {
        set({ error: `Could not check off “${followUp.title}”: ${result.error.message}` });
      }
      // Either way the stored state is what to show now.
      followUpsChanged();
    },

    async undo() {
      const done = get().lastDone;
      if (!done) return;
      set({ lastDone: null, error: null });
      const result = await call('followUps.update', { id: done.id, done: false });
      if (!result.ok) set({ error: `Could not reopen “${done.title}”: ${result.error.message}` });
      followUpsChanged();
    },

    dismiss() {
      set({ error: null, lastDone: null });
    },
  };
});
