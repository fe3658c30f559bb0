import { create } from 'zustand';
import type { Cadence, IntroPath, KeepInTouch, Warmth } from '../../../../shared/domain/insights';
import { call } from '../../../api';
import { usePeopleStore } from '../../../stores/peopleStore';
import { usePersonStore } from '../../../stores/personStore';

export type CadenceSave = 'idle' | 'saving' | 'saved' | 'failed';

export type IntroSearch =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; paths: IntroPath[] }
  | { status: 'failed'; error: string };

interface RelationshipState {
  personId: string | null;
  warmth: Warmth | null;
  keepInTouch: KeepInTouch | null;
  /** Why warmth or the keep-in-touch state could not be read. */
  loadError: string | null;
  cadenceSave: CadenceSave;
  cadenceError: string | null;
  /** The cadence last asked for, so "Try again" repeats it. */
  cadenceWanted: Cadence | null;
  intro: IntroSearch;
  /** Starts over for a person: warmth and keep in touch now, intro paths only when asked. */
  open: (personId: string) => Promise<void>;
  /** Reads warmth and keep in touch again (the timeline changed). */
  reload: () => Promise<void>;
  setCadence: (cadence: Cadence | null) => Promise<void>;
  findIntro: () => Promise<void>;
}

/** What the section knows of a person before anything is read. */
const NOTHING_READ = {
  warmth: null,
  keepInTouch: null,
  loadError: null,
  cadenceSave: 'idle',
  cadenceError: null,
  cadenceWanted: null,
  intro: { status: 'idle' },
} satisfies Omit<RelationshipState, 'personId' | 'open' | 'reload' | 'setCadence' | 'findIntro'>;

/**
 * The dossier's Relationship section: one person's warmth, keep-in-touch state and intro paths.
 * Every answer is checked against a generation number, so a slow answer for someone the user
 * has left (an intro search can take seconds) never lands on the page of the next.
 */
export const useRelationshipStore = create<RelationshipState>((set, get) => {
  let generation = 0;
  // Cadence saves run one at a time, so the server ends with the choice made last.
  let writes: Promise<unknown> = Promise.resolve();

  const readInsights = async (personId: string, mine: number) => {
    const [warmth, keepInTouch] = await Promise.all([
      call('insights.warmth', { personId }),
      call('insights.keepInTouch', { personId }),
    ]);
    if (mine !== generation) return;
    if (!warmth.ok || !keepInTouch.ok) {
      const error = !warmth.ok ? warmth.error : !keepInTouch.ok ? keepInTouch.error : null;
      set({ loadError: error?.message ?? null });
      return;
    }
    set({ warmth: warmth.data, keepInTouch: keepInTouch.data, loadError: null });
  };

  return {
    personId: null,
    ...NOTHING_READ,

    async open(personId) {
      const mine = ++generation;
      set({ personId, ...NOTHING_READ });
      await readInsights(personId, mine);
    },

    async reload() {
      const { personId } = get();
      if (!personId) return;
      // Not a new generation: an intro search under way for the same person still lands.
      await readInsights(personId, generation);
    },

    async setCadence(cadence) {
      const { personId } = get();
      if (!personId) return;
      const mine = generation;
      set({ cadenceSave: 'saving', cadenceError: null, cadenceWanted: cadence });
      const run = writes.then(() => call('people.setCadence', { id: personId, cadence }));
      writes = run.catch(() => undefined);
      const result = await run;
      if (mine !== generation || get().cadenceWanted !== cadence) return;
      if (!result.ok) {
        set({ cadenceSave: 'failed', cadenceError: result.error.message });
        return;
      }
      set({ cadenceSave: 'saved' });
      // The dossier holds the cadence too (its select shows it), and the list sorts by change.
      void usePersonStore.getState().refresh();
      usePeopleStore.getState().refresh();
      await readInsights(personId, mine);
    },

    async findIntro() {
      const { personId, intro } = get();
      if (!personId || intro.status === 'loading') return;
      const mine = generation;
      set({ intro: { status: 'loading' } });
      const result = await call('insights.introPaths', { personId, limit: 3 });
      if (mine !== generation) return;
      set({
        intro: result.ok
          ? { status: 'ready', paths: result.data }
          : { status: 'failed', error: result.error.message },
      });
    },
  };
});
