import { create } from 'zustand';
import type { NewPersonInput } from '../../shared/contract/people';
import type { Person, PersonSummary } from '../../shared/domain/person';
import type { Result } from '../../shared/result';
import { call } from '../api';

interface PeopleState {
  people: PersonSummary[];
  query: string;
  loaded: boolean;
  loadError: string | null;
  selectedId: string | null;
  selected: Person | null;
  load: () => Promise<void>;
  setQuery: (query: string) => Promise<void>;
  select: (id: string | null) => Promise<void>;
  create: (input: NewPersonInput) => Promise<Result<Person>>;
}

// Results can arrive out of order while typing; only the answer to the latest request is kept.
let listRequest = 0;

export const usePeopleStore = create<PeopleState>((set, get) => ({
  people: [],
  query: '',
  loaded: false,
  loadError: null,
  selectedId: null,
  selected: null,

  async load() {
    const ticket = ++listRequest;
    const query = get().query.trim();
    const result = await call('people.list', query ? { query } : {});
    if (ticket !== listRequest) return;
    if (result.ok) set({ people: result.data, loaded: true, loadError: null });
    else set({ loaded: true, loadError: result.error.message });
  },

  async setQuery(query) {
    set({ query });
    await get().load();
  },

  async select(id) {
    set({ selectedId: id, selected: id === get().selected?.id ? get().selected : null });
    if (!id) return;
    const result = await call('people.get', { id });
    if (get().selectedId !== id) return;
    set({ selected: result.ok ? result.data : null });
  },

  async create(input) {
    const result = await call('people.create', input);
    if (result.ok) {
      set({ selectedId: result.data.id, selected: result.data });
      await get().load();
    }
    return result;
  },
}));
