import { create } from 'zustand';
import type { CallInput } from '../../shared/contract';
import type { Organization, OrganizationSummary } from '../../shared/domain/organization';
import type { Result } from '../../shared/result';
import { call } from '../api';
import { SEARCH_DEBOUNCE_MS } from './peopleStore';

interface OrganizationState {
  /** Every organization, by name: the sidebar count and the people filter use it. */
  all: OrganizationSummary[];
  /** What the organizations screen shows: `all`, or the matches of `query`. */
  matches: OrganizationSummary[];
  query: string;
  loaded: boolean;
  loadError: string | null;
  load: () => Promise<void>;
  loadAll: () => Promise<void>;
  /** Reloads soon, keeping the rows on screen: after an organization changed. */
  refresh: () => void;
  setQuery: (query: string) => void;
  create: (input: CallInput<'organizations.create'>) => Promise<Result<Organization>>;
}

let listRequest = 0;
let queryTimer: ReturnType<typeof setTimeout> | undefined;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

export const useOrganizationStore = create<OrganizationState>((set, get) => ({
  all: [],
  matches: [],
  query: '',
  loaded: false,
  loadError: null,

  async load() {
    clearTimeout(queryTimer);
    const ticket = ++listRequest;
    const query = get().query.trim();
    const result = await call('organizations.list', query ? { query } : {});
    if (ticket !== listRequest) return;
    if (!result.ok) {
      set({ loaded: true, loadError: result.error.message });
      return;
    }
    set({
      ...(query ? {} : { all: result.data }),
      matches: result.data,
      loaded: true,
      loadError: null,
    });
  },

  async loadAll() {
    const result = await call('organizations.list', {});
    if (result.ok) set({ all: result.data });
  },

  refresh() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      void get().load();
      if (get().query.trim()) void get().loadAll();
    }, 250);
  },

  setQuery(query) {
    set({ query });
    clearTimeout(queryTimer);
    queryTimer = setTimeout(() => void get().load(), SEARCH_DEBOUNCE_MS);
  },

  async create(input) {
    const result = await call('organizations.create', input);
    if (result.ok) await Promise.all([get().load(), get().loadAll()]);
    return result;
  },
}));
