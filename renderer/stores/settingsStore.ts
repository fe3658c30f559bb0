import { create } from 'zustand';
import type { CallInput } from '../../shared/contract';
import type { CalendarSource, Me } from '../../shared/domain/calendar';
import type { AppError, Result } from '../../shared/result';
import { call } from '../api';
import { useCalendarStore } from './calendarStore';

export type MeField = 'name' | 'emails' | 'timeZone';
type MePatch = CallInput<'me.set'>;

/** What happened to the last change of "Me": shown beside the section's title. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

interface SettingsState {
  me: Me | null;
  meLoadError: string | null;
  /** The server's message per field, for the last change of that field that it refused. */
  meIssues: Partial<Record<MeField, string>>;
  meSave: SaveState;
  sources: CalendarSource[] | null;
  sourcesError: string | null;
  /** A source being read again ('all' for every one), so its button can say so. */
  syncing: string | null;
  /** Asks the settings screen to bring the calendars section into view (from the agenda). */
  focusCalendars: boolean;
  loadMe: () => Promise<void>;
  saveMe: (patch: MePatch) => Promise<boolean>;
  loadSources: () => Promise<void>;
  addSource: (path: string) => Promise<Result<{ source: CalendarSource; existed: boolean }>>;
  syncSources: (id?: string) => Promise<AppError | null>;
  removeSource: (id: string) => Promise<AppError | null>;
  requestCalendarsFocus: () => void;
  calendarsFocused: () => void;
}

/** Which field an issue is about: `emails.2` is about the addresses. */
function fieldOf(path: string): MeField | null {
  const head = path.split('.')[0];
  return head === 'name' || head === 'emails' || head === 'timeZone' ? head : null;
}

/** The server's words for a refused change, naming the address it is about when it can. */
function issuesOf(error: AppError, patch: MePatch): Partial<Record<MeField, string>> {
  const issues: Partial<Record<MeField, string>> = {};
  for (const issue of error.issues ?? []) {
    const field = fieldOf(issue.path);
    if (!field || issues[field]) continue;
    const index = Number(issue.path.split('.')[1]);
    const address = field === 'emails' && Number.isInteger(index) ? patch.emails?.[index] : null;
    issues[field] = address ? `${address}: ${issue.message}` : issue.message;
  }
  if (Object.keys(issues).length === 0) {
    const field = (Object.keys(patch) as MeField[])[0];
    if (field) issues[field] = error.message;
  }
  return issues;
}

let savedTimer: ReturnType<typeof setTimeout> | undefined;
let sourcesRequest = 0;

export const useSettingsStore = create<SettingsState>((set, get) => ({
  me: null,
  meLoadError: null,
  meIssues: {},
  meSave: 'idle',
  sources: null,
  sourcesError: null,
  syncing: null,
  focusCalendars: false,

  async loadMe() {
    const result = await call('me.get', {});
    if (result.ok) set({ me: result.data, meLoadError: null });
    else set({ meLoadError: result.error.message });
  },

  async saveMe(patch) {
    clearTimeout(savedTimer);
    set({ meSave: 'saving' });
    const before = get().me;
    const result = await call('me.set', patch);
    const fields = Object.keys(patch) as MeField[];
    if (!result.ok) {
      const cleared = { ...get().meIssues };
      for (const field of fields) delete cleared[field];
      set({ meSave: 'failed', meIssues: { ...cleared, ...issuesOf(result.error, patch) } });
      return false;
    }
    const meIssues = { ...get().meIssues };
    for (const field of fields) delete meIssues[field];
    set({ me: result.data, meIssues, meSave: 'saved' });
    savedTimer = setTimeout(() => set({ meSave: 'idle' }), 2500);
    const zoneChanged = before?.timeZone !== result.data.timeZone;
    const emailsChanged = before?.emails.join('\n') !== result.data.emails.join('\n');
    // A new zone moves every meeting (and re-reads every calendar); new addresses change who
    // "you" are on each invite.
    if (zoneChanged || emailsChanged) useCalendarStore.getState().invalidate();
    if (zoneChanged) void get().loadSources();
    return true;
  },

  async loadSources() {
    const ticket = ++sourcesRequest;
    const result = await call('calendars.list', {});
    if (ticket !== sourcesRequest) return;
    if (result.ok) set({ sources: result.data, sourcesError: null });
    else set({ sourcesError: result.error.message });
  },

  async addSource(path) {
    const known = new Set((get().sources ?? []).map((s) => s.id));
    const result = await call('calendars.add', { path });
    if (!result.ok) return result;
    await get().loadSources();
    useCalendarStore.getState().invalidate();
    return { ok: true, data: { source: result.data, existed: known.has(result.data.id) } };
  },

  async syncSources(id) {
    set({ syncing: id ?? 'all' });
    const result = await call('calendars.sync', id ? { id } : {});
    ++sourcesRequest;
    set({ syncing: null, ...(result.ok ? { sources: result.data, sourcesError: null } : {}) });
    if (!result.ok) return result.error;
    useCalendarStore.getState().invalidate();
    return null;
  },

  async removeSource(id) {
    const result = await call('calendars.remove', { id });
    if (!result.ok) {
      if (result.error.code === 'not_found') await get().loadSources();
      return result.error;
    }
    set({ sources: (get().sources ?? []).filter((s) => s.id !== id) });
    useCalendarStore.getState().invalidate();
    return null;
  },

  requestCalendarsFocus() {
    set({ focusCalendars: true });
  },
  calendarsFocused() {
    set({ focusCalendars: false });
  },
}));
