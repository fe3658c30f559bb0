import { create } from 'zustand';
import type { CallInput } from '../../shared/contract';
import type { NewPersonInput, PEOPLE_SORTS } from '../../shared/contract/people';
import type { Person, PersonSummary } from '../../shared/domain/person';
import type { TagWithUsage } from '../../shared/domain/tag';
import type { Result } from '../../shared/result';
import { call } from '../api';

export type PeopleSort = (typeof PEOPLE_SORTS)[number];

export interface PeopleFilters {
  query: string;
  sort: PeopleSort;
  tagId: string | null;
  organizationId: string | null;
  archived: boolean;
}

interface PeopleState extends PeopleFilters {
  people: PersonSummary[];
  /** Active (not archived) people in all, for the sidebar; null until first known. */
  total: number | null;
  loaded: boolean;
  loadError: string | null;
  /** Every tag, for the filter and for suggestions when tagging. */
  tags: TagWithUsage[];
  load: () => Promise<void>;
  loadTags: () => Promise<void>;
  /** Reloads soon, keeping the rows on screen: after a dossier changed elsewhere. */
  refresh: () => void;
  setQuery: (query: string) => void;
  setSort: (sort: PeopleSort) => void;
  setTagId: (tagId: string | null) => void;
  setOrganizationId: (organizationId: string | null) => void;
  setArchived: (archived: boolean) => void;
  clearFilters: () => void;
  create: (input: NewPersonInput) => Promise<Result<Person>>;
}

/** Typing waits this long for the next key before asking; the list answers in a few ms. */
export const SEARCH_DEBOUNCE_MS = 120;

export function hasFilters(f: PeopleFilters): boolean {
  return Boolean(f.query.trim() || f.tagId || f.organizationId || f.archived);
}

function listInput(f: PeopleFilters): CallInput<'people.list'> {
  const query = f.query.trim();
  return {
    sort: f.sort,
    archived: f.archived,
    ...(query ? { query } : {}),
    ...(f.tagId ? { tagId: f.tagId } : {}),
    ...(f.organizationId ? { organizationId: f.organizationId } : {}),
  };
}

// Answers can arrive out of order while typing; only the answer to the latest request is kept.
let listRequest = 0;
let queryTimer: ReturnType<typeof setTimeout> | undefined;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

export const usePeopleStore = create<PeopleState>((set, get) => {
  const reloadNow = () => {
    clearTimeout(queryTimer);
    clearTimeout(refreshTimer);
    void get().load();
  };

  return {
    people: [],
    total: null,
    query: '',
    sort: 'updated',
    tagId: null,
    organizationId: null,
    archived: false,
    loaded: false,
    loadError: null,
    tags: [],

    async load() {
      const ticket = ++listRequest;
      const filters = get();
      const result = await call('people.list', listInput(filters));
      if (ticket !== listRequest) return;
      if (!result.ok) {
        set({ loaded: true, loadError: result.error.message });
        return;
      }
      set({
        people: result.data,
        loaded: true,
        loadError: null,
        ...(hasFilters(filters) ? {} : { total: result.data.length }),
      });
    },

    async loadTags() {
      const result = await call('tags.list', {});
      if (!result.ok) return;
      const tags = [...result.data].sort((a, b) => a.name.localeCompare(b.name));
      const { tagId } = get();
      // A filter on a tag that no longer exists would hide everyone without saying why.
      if (tagId && !tags.some((t) => t.id === tagId)) {
        set({ tags, tagId: null });
        reloadNow();
      } else set({ tags });
    },

    refresh() {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => {
        void get().load();
        void get().loadTags();
      }, 250);
    },

    setQuery(query) {
      set({ query });
      clearTimeout(queryTimer);
      queryTimer = setTimeout(() => void get().load(), SEARCH_DEBOUNCE_MS);
    },
    setSort(sort) {
      set({ sort });
      reloadNow();
    },
    setTagId(tagId) {
      set({ tagId });
      reloadNow();
    },
    setOrganizationId(organizationId) {
      set({ organizationId });
      reloadNow();
    },
    setArchived(archived) {
      set({ archived });
      reloadNow();
    },
    clearFilters() {
      set({ query: '', tagId: null, organizationId: null, archived: false });
      reloadNow();
    },

    async create(input) {
      const result = await call('people.create', input);
      if (result.ok) {
        const { total } = get();
        if (total !== null && hasFilters(get())) set({ total: total + 1 });
        await get().load();
      }
      return result;
    },
  };
});
