import { create } from 'zustand';
import type { Briefing } from '../../shared/domain/briefing';
import type { EventLink } from '../../shared/domain/interaction';
import type { PersonRef } from '../../shared/domain/person';
import { call } from '../api';

export type BriefingEntry =
  | { status: 'loading' }
  | { status: 'ready'; briefing: Briefing; stale: boolean }
  | { status: 'error'; message: string };

/** Where the user's talking points for one meeting are: typed, on their way, kept, or not yet. */
export type PrepStatus = 'editing' | 'saving' | 'saved' | 'failed';

export interface PrepDraft {
  event: EventLink;
  body: string;
  status: PrepStatus;
  error: string | null;
  /** A failed save is tried again by itself (the service hiccuped, the input was fine). */
  retrying: boolean;
}

interface BriefingState {
  /** The day looked at; null follows today (in the user's zone), also across midnight. */
  date: string | null;
  /** The user's zone as the core last answered it: what "today" means. Null until known. */
  timeZone: string | null;
  /** Briefings by date, kept while moving around so that going back is instant. */
  days: Record<string, BriefingEntry>;
  /** Prep notes typed in this session, by occurrence: they win over what a briefing says. */
  prep: Record<string, PrepDraft>;
  /** A person whose card should take focus once it shows (just given a dossier). */
  focusPerson: string | null;
  /** One sentence for screen readers about what the last action did. */
  notice: string;
  setDate: (date: string | null) => void;
  /** Fetches a day unless it is known and fresh; a day on screen stays while it reloads. */
  load: (date: string) => Promise<void>;
  /** Marks every briefing out of date (a note was logged, a dossier made, time passed). */
  invalidate: () => void;
  editPrep: (event: EventLink, body: string) => void;
  /** Saves pending prep notes now (blur, leaving the screen); all of them without an event. */
  flushPrep: (event?: EventLink) => Promise<void>;
  personResolved: (person: PersonRef) => void;
  clearFocusPerson: () => void;
  announce: (notice: string) => void;
}

/** Typing pauses this long before the notes are saved. */
const PREP_SAVE_DELAY_MS = 600;
/** A save that failed is tried again after this long, so a hiccup loses nothing. */
const PREP_RETRY_MS = 5_000;

/** The key of a meeting occurrence, the same as the agenda's meeting id. */
export function occurrenceKey(event: EventLink): string {
  return `${event.source}|${event.uid}|${event.recurrenceId}`;
}

/** The briefing with this session's prep notes in it: what export and print should show. */
export function withLocalPrep(briefing: Briefing, prep: Record<string, PrepDraft>): Briefing {
  return {
    ...briefing,
    meetings: briefing.meetings.map((meeting) => {
      const draft = prep[occurrenceKey(meeting.key)];
      return draft ? { ...meeting, prepNotes: draft.body } : meeting;
    }),
  };
}

// Answers to requests made before the last invalidation describe an older world: dropped.
let generation = 0;
const inFlight = new Set<string>();

export const useBriefingStore = create<BriefingState>((set, get) => {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The save under way per occurrence: saves of one meeting's notes never overtake each other. */
  const saving = new Map<string, Promise<void>>();

  const patchPrep = (key: string, patch: Partial<PrepDraft>) => {
    const current = get().prep[key];
    if (current) set({ prep: { ...get().prep, [key]: { ...current, ...patch } } });
  };

  const schedule = (key: string, delay: number) => {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => void save(key), delay),
    );
  };

  const save = (key: string): Promise<void> => {
    clearTimeout(timers.get(key));
    timers.delete(key);
    const previous = saving.get(key) ?? Promise.resolve();
    const next = previous.then(async () => {
      const draft = get().prep[key];
      if (!draft || draft.status === 'saved') return;
      const { body, event } = draft;
      patchPrep(key, { status: 'saving' });
      const result = await call('briefing.savePrep', { event, body });
      const now = get().prep[key];
      if (!now) return;
      if (!result.ok) {
        // Refused (the calendar is gone, the notes are too long): trying again would not help.
        const retrying = result.error.code === 'internal';
        patchPrep(key, { status: 'failed', error: result.error.message, retrying });
        if (retrying) schedule(key, PREP_RETRY_MS);
        return;
      }
      // Typed on while it was saving: the next save (already scheduled) takes it.
      if (now.body === body && now.status === 'saving') {
        patchPrep(key, { status: 'saved', error: null, retrying: false });
      }
    });
    const settled = next.finally(() => {
      if (saving.get(key) === settled) saving.delete(key);
    });
    saving.set(key, settled);
    return settled;
  };

  return {
    date: null,
    timeZone: null,
    days: {},
    prep: {},
    focusPerson: null,
    notice: '',

    setDate(date) {
      set({ date });
    },

    async load(date) {
      const ticket = generation;
      const entry = get().days[date];
      if (inFlight.has(`${ticket}|${date}`)) return;
      if (entry?.status === 'ready' && !entry.stale) return;
      if (entry?.status !== 'ready')
        set({ days: { ...get().days, [date]: { status: 'loading' } } });
      inFlight.add(`${ticket}|${date}`);
      const result = await call('briefing.day', { date });
      inFlight.delete(`${ticket}|${date}`);
      if (ticket !== generation) return;
      const next: BriefingEntry = result.ok
        ? { status: 'ready', briefing: result.data, stale: false }
        : { status: 'error', message: result.error.message };
      set({
        days: { ...get().days, [date]: next },
        ...(result.ok ? { timeZone: result.data.timeZone } : {}),
      });
    },

    invalidate() {
      generation += 1;
      const days: Record<string, BriefingEntry> = {};
      for (const [date, entry] of Object.entries(get().days)) {
        // Days still loading are asked again; failed ones too.
        if (entry.status === 'ready') days[date] = { ...entry, stale: true };
      }
      set({ days });
    },

    editPrep(event, body) {
      const key = occurrenceKey(event);
      const draft: PrepDraft = { event, body, status: 'editing', error: null, retrying: false };
      set({ prep: { ...get().prep, [key]: draft } });
      schedule(key, PREP_SAVE_DELAY_MS);
    },

    async flushPrep(event) {
      const keys = event ? [occurrenceKey(event)] : Object.keys(get().prep);
      const pending = keys.filter((key) => {
        const status = get().prep[key]?.status;
        return status === 'editing' || status === 'failed' || saving.has(key);
      });
      await Promise.all(pending.map((key) => save(key)));
    },

    personResolved(person) {
      set({ focusPerson: person.id, notice: `${person.displayName} now has a dossier.` });
      get().invalidate();
    },

    clearFocusPerson() {
      set({ focusPerson: null });
    },

    announce(notice) {
      set({ notice });
    },
  };
});
