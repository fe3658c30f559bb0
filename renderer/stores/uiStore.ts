import { create } from 'zustand';
import type { MenuCommand } from '../../shared/contract';
import { useCaptureStore } from './captureStore';

/** Where the app is: a section and, within it, the open record (or none). */
export type Route =
  | { section: 'briefing' }
  | { section: 'people'; personId: string | null }
  | { section: 'organizations'; organizationId: string | null }
  | { section: 'followUps' }
  | { section: 'reachOut' }
  | { section: 'agenda' }
  | { section: 'settings' };

export type Composer = 'person' | 'organization' | null;

/**
 * The in-app router and the app-wide commands. Commands arrive from the app menu, keyboard
 * shortcuts, the command palette or buttons. Focus requests carry a sequence number so the same
 * command twice in a row still fires.
 */
interface UiState {
  route: Route;
  /** Routes left behind, newest last, for Back (Alt+← / ⌘[). */
  history: Route[];
  /** The record last open in each section, so switching sections returns to it. */
  lastOpen: { people: string | null; organizations: string | null };
  composer: Composer;
  paletteOpen: boolean;
  searchFocusRequest: number;
  openBriefing: () => void;
  openPeople: () => void;
  openPerson: (id: string) => void;
  openOrganizations: () => void;
  openOrganization: (id: string) => void;
  openFollowUps: () => void;
  openReachOut: () => void;
  openAgenda: () => void;
  openSettings: () => void;
  back: () => void;
  compose: (what: Exclude<Composer, null>) => void;
  closeComposer: () => void;
  setPaletteOpen: (open: boolean) => void;
  focusSearch: () => void;
  runCommand: (command: MenuCommand) => void;
}

const HISTORY_LIMIT = 50;

function sameRoute(a: Route, b: Route): boolean {
  if (a.section === 'people' && b.section === 'people') return a.personId === b.personId;
  if (a.section === 'organizations' && b.section === 'organizations') {
    return a.organizationId === b.organizationId;
  }
  // The other sections hold no record: being there is being there.
  return a.section === b.section;
}

export const useUiStore = create<UiState>((set, get) => {
  const go = (route: Route) => {
    const { route: current, history } = get();
    if (sameRoute(current, route)) {
      set({ composer: null, paletteOpen: false });
      return;
    }
    set({
      route,
      composer: null,
      paletteOpen: false,
      history: [...history, current].slice(-HISTORY_LIMIT),
    });
    remember(route);
  };
  const remember = (route: Route) => {
    const lastOpen = get().lastOpen;
    if (route.section === 'people') set({ lastOpen: { ...lastOpen, people: route.personId } });
    if (route.section === 'organizations') {
      set({ lastOpen: { ...lastOpen, organizations: route.organizationId } });
    }
  };

  return {
    // The briefing is home: the day's meetings and who is in them, the moment the app opens.
    route: { section: 'briefing' },
    history: [],
    lastOpen: { people: null, organizations: null },
    composer: null,
    paletteOpen: false,
    searchFocusRequest: 0,

    openBriefing() {
      go({ section: 'briefing' });
    },
    openPeople() {
      const { route, lastOpen } = get();
      go(route.section === 'people' ? route : { section: 'people', personId: lastOpen.people });
    },
    openPerson(id) {
      go({ section: 'people', personId: id });
    },
    openOrganizations() {
      const { route, lastOpen } = get();
      go(
        route.section === 'organizations'
          ? route
          : { section: 'organizations', organizationId: lastOpen.organizations },
      );
    },
    openOrganization(id) {
      go({ section: 'organizations', organizationId: id });
    },
    openFollowUps() {
      go({ section: 'followUps' });
    },
    openReachOut() {
      go({ section: 'reachOut' });
    },
    openAgenda() {
      go({ section: 'agenda' });
    },
    openSettings() {
      go({ section: 'settings' });
    },
    back() {
      const { history, composer } = get();
      if (composer) {
        set({ composer: null });
        return;
      }
      const previous = history.at(-1);
      if (!previous) return;
      set({ route: previous, history: history.slice(0, -1) });
      remember(previous);
    },
    compose(what) {
      const { route } = get();
      const section = what === 'person' ? 'people' : 'organizations';
      if (route.section !== section) {
        if (what === 'person') get().openPeople();
        else get().openOrganizations();
      }
      set({ composer: what, paletteOpen: false });
    },
    closeComposer() {
      set({ composer: null });
    },
    setPaletteOpen(open) {
      set({ paletteOpen: open });
    },
    focusSearch() {
      set({ paletteOpen: false, searchFocusRequest: get().searchFocusRequest + 1 });
    },
    runCommand(command) {
      const ui = get();
      switch (command) {
        case 'new-person':
          ui.compose('person');
          break;
        case 'focus-search':
          ui.focusSearch();
          break;
        case 'go-people':
          ui.openPeople();
          break;
        case 'go-organizations':
          ui.openOrganizations();
          break;
        case 'open-palette':
          ui.setPaletteOpen(true);
          break;
        case 'go-follow-ups':
          ui.openFollowUps();
          break;
        case 'go-reach-out':
          ui.openReachOut();
          break;
        case 'go-briefing':
          ui.openBriefing();
          break;
        case 'go-agenda':
          ui.openAgenda();
          break;
        case 'open-settings':
          ui.openSettings();
          break;
        case 'quick-capture':
          set({ paletteOpen: false });
          useCaptureStore.getState().open();
          break;
      }
    },
  };
});
