import { create } from 'zustand';
import type { CallInput } from '../../shared/contract';
import type { PersonPatchInput } from '../../shared/contract/personPatch';
import type { Person } from '../../shared/domain/person';
import type { Result } from '../../shared/result';
import { call } from '../api';
import { SectionDraft, type SectionSpec } from '../features/person/draft/sectionDraft';
import { usePeopleStore } from './peopleStore';

/** What the page header says about saving: nothing yet, under way, done, or held by an error. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'unsaved';

interface PersonState {
  personId: string | null;
  person: Person | null;
  loadError: string | null;
  saveState: SaveState;
  open: (id: string) => Promise<void>;
  /** Fetches the open person again (after a change that returns no person, like a relationship). */
  refresh: () => Promise<void>;
  update: (id: string, patch: PersonPatchInput) => Promise<Result<Person>>;
  archive: (id: string) => Promise<Result<Person>>;
  restore: (id: string) => Promise<Result<Person>>;
  /** Folds `mergeId` into `keepId`, after every pending save has landed. */
  merge: (keepId: string, mergeId: string) => Promise<Result<Person>>;
  setPhoto: (id: string, dataUrl: string) => Promise<Result<Person>>;
  removePhoto: (id: string) => Promise<Result<Person>>;
  addRelationship: (input: CallInput<'relationships.add'>) => Promise<Result<{ id: string }>>;
  removeRelationship: (id: string) => Promise<Result<{ id: string }>>;
  /** The autosaving draft of one section of `person`, created on first use. */
  draftFor: <D>(person: Person, spec: SectionSpec<D>) => SectionDraft<D>;
  /** Forgets a draft with nothing unsaved once no component shows it. */
  forget: (personId: string, specId: string, draft: SectionDraft<unknown>) => void;
  /** Saves every pending edit now (page hidden, closing, switching person). */
  flushAll: () => Promise<void>;
}

export const usePersonStore = create<PersonState>((set, get) => {
  // Writes run one at a time, so the last answer is always the newest state of the person.
  let writes: Promise<unknown> = Promise.resolve();
  let writesRunning = 0;
  let savedOnce = false;
  const drafts = new Map<string, SectionDraft<unknown>>();
  const draftKey = (personId: string, specId: string) => `${personId}:${specId}`;

  const refreshSaveState = () => {
    const { personId } = get();
    const statuses = [...drafts.entries()]
      .filter(([key]) => personId && key.startsWith(`${personId}:`))
      .map(([, draft]) => draft.status);
    const saving = writesRunning > 0 || statuses.some((s) => s === 'saving' || s === 'pending');
    const unsaved = statuses.some((s) => s === 'invalid' || s === 'failed');
    const saveState: SaveState = saving
      ? 'saving'
      : unsaved
        ? 'unsaved'
        : savedOnce
          ? 'saved'
          : 'idle';
    if (get().saveState !== saveState) set({ saveState });
  };

  const write = <T>(task: () => Promise<Result<T>>): Promise<Result<T>> => {
    writesRunning += 1;
    refreshSaveState();
    const run = writes.then(task).then((result) => {
      writesRunning -= 1;
      if (result.ok) savedOnce = true;
      refreshSaveState();
      return result;
    });
    writes = run.catch(() => undefined);
    return run;
  };

  /** A newer copy of a person: show it, let each section take it, refresh the list. */
  const accept = (person: Person) => {
    if (get().personId === person.id) set({ person });
    for (const [key, draft] of drafts) {
      if (key.startsWith(`${person.id}:`)) draft.receive(person);
    }
  };

  const changePerson = async (task: () => Promise<Result<Person>>): Promise<Result<Person>> => {
    const result = await write(task);
    if (result.ok) {
      accept(result.data);
      usePeopleStore.getState().refresh();
    }
    return result;
  };

  return {
    personId: null,
    person: null,
    loadError: null,
    saveState: 'idle',

    async open(id) {
      if (get().personId !== id) {
        savedOnce = false;
        set({ personId: id, person: null, loadError: null, saveState: 'idle' });
      }
      await get().refresh();
    },

    async refresh() {
      const id = get().personId;
      if (!id) return;
      const result = await call('people.get', { id });
      if (get().personId !== id) return;
      if (result.ok) accept(result.data);
      else
        set({
          person: null,
          loadError:
            result.error.code === 'not_found'
              ? 'This person no longer exists. They may have been merged into someone else.'
              : result.error.message,
        });
    },

    update: (id, patch) => changePerson(() => call('people.update', { id, patch })),
    archive: (id) => changePerson(() => call('people.archive', { id })),
    restore: (id) => changePerson(() => call('people.restore', { id })),
    setPhoto: (id, dataUrl) => changePerson(() => call('people.setPhoto', { id, dataUrl })),
    removePhoto: (id) => changePerson(() => call('people.removePhoto', { id })),

    async merge(keepId, mergeId) {
      await get().flushAll();
      const result = await changePerson(() => call('people.merge', { keepId, mergeId }));
      if (result.ok) {
        for (const key of [...drafts.keys()]) {
          if (key.startsWith(`${mergeId}:`)) drafts.delete(key);
        }
      }
      return result;
    },

    async addRelationship(input) {
      const result = await write(() => call('relationships.add', input));
      if (result.ok) await get().refresh();
      return result;
    },

    async removeRelationship(id) {
      const result = await write(() => call('relationships.remove', { id }));
      if (result.ok) await get().refresh();
      return result;
    },

    draftFor<D>(person: Person, spec: SectionSpec<D>): SectionDraft<D> {
      const key = draftKey(person.id, spec.id);
      let draft = drafts.get(key) as SectionDraft<D> | undefined;
      if (!draft) {
        draft = new SectionDraft(
          spec,
          person,
          (patch) => get().update(person.id, patch),
          refreshSaveState,
        );
        drafts.set(key, draft as SectionDraft<unknown>);
      }
      return draft;
    },

    forget(personId, specId, draft) {
      const key = draftKey(personId, specId);
      if (drafts.get(key) === draft) drafts.delete(key);
      refreshSaveState();
    },

    async flushAll() {
      await Promise.all([...drafts.values()].map((draft) => draft.flush('final')));
    },
  };
});
