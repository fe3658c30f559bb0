import { create } from 'zustand';
import type { MenuCommand } from '../../shared/contract';

/**
 * Commands arrive from the app menu, keyboard shortcuts or buttons. Focus requests carry a
 * sequence number so the same command twice in a row still fires.
 */
interface UiState {
  composingPerson: boolean;
  searchFocusRequest: number;
  runCommand: (command: MenuCommand) => void;
  setComposingPerson: (composing: boolean) => void;
}

export const useUiStore = create<UiState>((set, get) => ({
  composingPerson: false,
  searchFocusRequest: 0,
  runCommand(command) {
    if (command === 'new-person') set({ composingPerson: true });
    else if (command === 'focus-search') set({ searchFocusRequest: get().searchFocusRequest + 1 });
    else if (command === 'go-people') set({ composingPerson: false });
  },
  setComposingPerson(composing) {
    set({ composingPerson: composing });
  },
}));
