import { create } from 'zustand';
import type { WhoKnowsResult } from '../../../shared/domain/insights';
import { call } from '../../api';

export type WhoKnowsSearch =
  | { status: 'idle' }
  | { status: 'loading'; text: string }
  | { status: 'ready'; text: string; result: WhoKnowsResult }
  | { status: 'failed'; text: string; error: string };

interface WhoKnowsState {
  open: boolean;
  text: string;
  search: WhoKnowsSearch;
  show: () => void;
  close: () => void;
  setText: (text: string) => void;
  /** Looks up what is typed; an answer to an older search never replaces a newer one. */
  run: () => Promise<void>;
}

/** The "Who do I know at…" dialog, opened from the command palette. */
export const useWhoKnowsStore = create<WhoKnowsState>((set, get) => {
  let ticket = 0;
  return {
    open: false,
    text: '',
    search: { status: 'idle' },
    show: () => set({ open: true }),
    close: () => {
      ticket += 1;
      set({ open: false, search: { status: 'idle' } });
    },
    setText: (text) => set({ text }),
    async run() {
      const text = get().text.trim();
      if (!text) return;
      const mine = ++ticket;
      set({ search: { status: 'loading', text } });
      const result = await call('insights.whoKnows', { text });
      if (mine !== ticket) return;
      set({
        search: result.ok
          ? { status: 'ready', text, result: result.data }
          : { status: 'failed', text, error: result.error.message },
      });
    },
  };
});
