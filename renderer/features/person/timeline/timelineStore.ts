import { create } from 'zustand';
import type { FollowUp, Interaction, TimelineItem } from '../../../../shared/domain/interaction';
import { call } from '../../../api';
import { localIsoDate } from './timelineText';

/** The first page is small so the first screen paints at once; later pages are larger. */
export const FIRST_PAGE = 30;
export const NEXT_PAGE = 50;
/** The contract's largest page, used to re-read everything already shown in few calls. */
const MAX_PAGE = 500;

/** An interaction or a standalone follow-up, with the server's sort key `at|id` (newest first). */
export type TimelineEntry =
  | { type: 'interaction'; key: string; interaction: Interaction }
  | { type: 'followUp'; key: string; followUp: FollowUp };

export interface UpcomingDate {
  key: string;
  label: string;
  /** YYYY-MM-DD, the next occurrence. */
  date: string;
}

/** A deleted interaction, offered for undo for a few seconds in the place it had. */
export interface DeletedEntry {
  key: string;
  interaction: Interaction;
}

type Status = 'loading' | 'ready' | 'failed';

interface TimelineState {
  personId: string | null;
  status: Status;
  loadError: string | null;
  /** Read from the clock at each load: "today" for the server, "now" for relative dates. */
  today: string;
  now: Date;
  dates: UpcomingDate[];
  entries: TimelineEntry[];
  nextBefore: string | null;
  lastContacted: string | null;
  loadingMore: boolean;
  moreError: string | null;
  deleted: DeletedEntry[];
  /** The last action that failed (checking off, deleting, undoing), in words. */
  problem: string | null;
  open: (personId: string) => Promise<void>;
  /** Reads again everything shown, keeping how far the user has scrolled. */
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
  setFollowUpDone: (id: string, done: boolean) => Promise<void>;
  remove: (interactionId: string) => Promise<boolean>;
  undo: (interactionId: string) => Promise<boolean>;
  /** The undo offer ran out. */
  expire: (interactionId: string) => void;
  dismissProblem: () => void;
}

const keyOf = (at: string, id: string) => `${at}|${id}`;

function entriesOf(items: TimelineItem[]): { dates: UpcomingDate[]; entries: TimelineEntry[] } {
  const dates: UpcomingDate[] = [];
  const entries: TimelineEntry[] = [];
  for (const item of items) {
    if (item.type === 'date') {
      dates.push({ key: `${item.date}|${item.label}`, label: item.label, date: item.date });
    } else if (item.type === 'interaction') {
      entries.push({
        type: 'interaction',
        key: keyOf(item.at, item.interaction.id),
        interaction: item.interaction,
      });
    } else {
      entries.push({
        type: 'followUp',
        key: keyOf(item.at, item.followUp.id),
        followUp: item.followUp,
      });
    }
  }
  // Soonest first: the next birthday matters more than one eleven months away.
  dates.sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
  return { dates, entries };
}

/**
 * Puts an entry back where its key says, if that place is within what has been loaded: above
 * `nextBefore`, where the next page starts (or anywhere, once everything is loaded).
 */
function insertByKey(
  entries: TimelineEntry[],
  entry: TimelineEntry,
  nextBefore: string | null,
): TimelineEntry[] {
  const rest = entries.filter((e) => e.key !== entry.key);
  const at = rest.findIndex((e) => e.key < entry.key);
  if (at >= 0) return [...rest.slice(0, at), entry, ...rest.slice(at)];
  return nextBefore === null || entry.key >= nextBefore ? [...rest, entry] : rest;
}

/** Replaces one follow-up wherever it is shown; every other entry keeps its identity. */
function patchFollowUp(
  entries: TimelineEntry[],
  id: string,
  change: (followUp: FollowUp) => FollowUp,
): TimelineEntry[] {
  return entries.map((entry) => {
    if (entry.type === 'followUp') {
      return entry.followUp.id === id ? { ...entry, followUp: change(entry.followUp) } : entry;
    }
    const { followUps } = entry.interaction;
    if (!followUps.some((f) => f.id === id)) return entry;
    return {
      ...entry,
      interaction: {
        ...entry.interaction,
        followUps: followUps.map((f) => (f.id === id ? change(f) : f)),
      },
    };
  });
}

function findFollowUp(entries: TimelineEntry[], id: string): FollowUp | undefined {
  for (const entry of entries) {
    if (entry.type === 'followUp' && entry.followUp.id === id) return entry.followUp;
    if (entry.type === 'interaction') {
      const found = entry.interaction.followUps.find((f) => f.id === id);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The open person's timeline, a page at a time. Every answer is checked against a generation
 * number, so a slow page for someone the user has already left can never land on the new page.
 */
export const useTimelineStore = create<TimelineState>((set, get) => {
  let generation = 0;
  // Check-offs and deletes run one at a time, so the server ends in the state last asked for.
  let writes: Promise<unknown> = Promise.resolve();
  const latestToggle = new Map<string, number>();
  let toggles = 0;

  const queue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = writes.then(task);
    writes = run.catch(() => undefined);
    return run;
  };

  const clock = () => {
    const now = new Date();
    return { now, today: localIsoDate(now) };
  };

  /** The first `count` entries (at least a first page), in as few calls as the contract allows. */
  const readFirst = async (personId: string, today: string, count: number) => {
    let items: TimelineItem[] = [];
    let before: string | undefined;
    let lastContacted: string | null = null;
    let loaded = 0;
    for (;;) {
      const limit = Math.min(MAX_PAGE, Math.max(loaded === 0 ? FIRST_PAGE : 1, count - loaded));
      const result = await call('timeline.forPerson', {
        personId,
        today,
        limit,
        ...(before ? { before } : {}),
      });
      if (!result.ok) return result;
      items = [...items, ...result.data.items];
      if (loaded === 0) lastContacted = result.data.lastContacted;
      loaded += result.data.items.filter((item) => item.type !== 'date').length;
      before = result.data.nextBefore ?? undefined;
      if (!before || loaded >= count) {
        return { ok: true as const, data: { items, nextBefore: before ?? null, lastContacted } };
      }
    }
  };

  const updateLastContacted = async (personId: string) => {
    const mine = generation;
    const result = await call('timeline.forPerson', { personId, today: get().today, limit: 1 });
    if (result.ok && mine === generation && get().personId === personId) {
      set({ lastContacted: result.data.lastContacted });
    }
  };

  return {
    personId: null,
    status: 'loading',
    loadError: null,
    today: localIsoDate(new Date(0)),
    now: new Date(0),
    dates: [],
    entries: [],
    nextBefore: null,
    lastContacted: null,
    loadingMore: false,
    moreError: null,
    deleted: [],
    problem: null,

    async open(personId) {
      if (get().personId === personId && get().status !== 'failed') {
        await get().refresh();
        return;
      }
      const mine = ++generation;
      const { now, today } = clock();
      set({
        personId,
        status: 'loading',
        loadError: null,
        now,
        today,
        dates: [],
        entries: [],
        nextBefore: null,
        lastContacted: null,
        loadingMore: false,
        moreError: null,
        deleted: [],
        problem: null,
      });
      const result = await call('timeline.forPerson', { personId, today, limit: FIRST_PAGE });
      if (mine !== generation) return;
      if (!result.ok) {
        set({ status: 'failed', loadError: result.error.message });
        return;
      }
      set({
        status: 'ready',
        ...entriesOf(result.data.items),
        nextBefore: result.data.nextBefore,
        lastContacted: result.data.lastContacted,
      });
    },

    async refresh() {
      const { personId, entries } = get();
      if (!personId) return;
      const mine = ++generation;
      // A check-off or delete still under way lands first, so the answer already includes it.
      await writes;
      if (mine !== generation) return;
      const { now, today } = clock();
      const result = await readFirst(personId, today, entries.length);
      if (mine !== generation) return;
      if (!result.ok) {
        if (get().status === 'ready') {
          set({ problem: `The timeline could not be brought up to date: ${result.error.message}` });
        } else {
          set({ status: 'failed', loadError: result.error.message });
        }
        return;
      }
      const shown = entriesOf(result.data.items);
      const present = new Set(shown.entries.map((e) => e.key));
      set({
        status: 'ready',
        loadError: null,
        now,
        today,
        ...shown,
        nextBefore: result.data.nextBefore,
        lastContacted: result.data.lastContacted,
        loadingMore: false,
        moreError: null,
        // An undo offer for something that is back (restored elsewhere) is moot.
        deleted: get().deleted.filter((d) => !present.has(d.key)),
      });
    },

    async loadMore() {
      const { personId, nextBefore, loadingMore, status, today } = get();
      if (!personId || !nextBefore || loadingMore || status !== 'ready') return;
      const mine = generation;
      set({ loadingMore: true, moreError: null });
      const result = await call('timeline.forPerson', {
        personId,
        today,
        before: nextBefore,
        limit: NEXT_PAGE,
      });
      if (mine !== generation) return;
      if (!result.ok) {
        set({ loadingMore: false, moreError: result.error.message });
        return;
      }
      const known = new Set(get().entries.map((e) => e.key));
      const older = entriesOf(result.data.items).entries.filter((e) => !known.has(e.key));
      set({
        entries: [...get().entries, ...older],
        nextBefore: result.data.nextBefore,
        loadingMore: false,
      });
    },

    async setFollowUpDone(id, done) {
      const before = findFollowUp(get().entries, id);
      if (!before) return;
      const mine = ++toggles;
      latestToggle.set(id, mine);
      const doneAt = done ? (before.doneAt ?? new Date().toISOString()) : null;
      set({ entries: patchFollowUp(get().entries, id, (f) => ({ ...f, doneAt })), problem: null });
      const result = await queue(() => call('followUps.update', { id, done }));
      if (latestToggle.get(id) !== mine) return;
      latestToggle.delete(id);
      if (result.ok) {
        set({ entries: patchFollowUp(get().entries, id, () => result.data) });
      } else {
        set({
          entries: patchFollowUp(get().entries, id, (f) => ({ ...f, doneAt: before.doneAt })),
          problem: `“${before.title}” could not be ${done ? 'checked off' : 'reopened'}: ${result.error.message}`,
        });
      }
    },

    async remove(interactionId) {
      const entry = get().entries.find(
        (e) => e.type === 'interaction' && e.interaction.id === interactionId,
      );
      if (!entry || entry.type !== 'interaction') return false;
      const personId = get().personId;
      set({
        entries: get().entries.filter((e) => e !== entry),
        deleted: [...get().deleted, { key: entry.key, interaction: entry.interaction }],
        problem: null,
      });
      const result = await queue(() => call('interactions.delete', { id: interactionId }));
      if (get().personId !== personId) return result.ok;
      if (!result.ok) {
        set({
          entries: insertByKey(get().entries, entry, get().nextBefore),
          deleted: get().deleted.filter((d) => d.key !== entry.key),
          problem: `The interaction could not be deleted: ${result.error.message}`,
        });
        return false;
      }
      if (personId) void updateLastContacted(personId);
      return true;
    },

    async undo(interactionId) {
      const offer = get().deleted.find((d) => d.interaction.id === interactionId);
      if (!offer) return false;
      const personId = get().personId;
      const result = await queue(() => call('interactions.undelete', { id: interactionId }));
      if (get().personId !== personId) return result.ok;
      if (!result.ok) {
        set({ problem: `The interaction could not be restored: ${result.error.message}` });
        return false;
      }
      const restored: TimelineEntry = {
        type: 'interaction',
        key: keyOf(result.data.occurredAt, result.data.id),
        interaction: result.data,
      };
      set({
        entries: insertByKey(get().entries, restored, get().nextBefore),
        deleted: get().deleted.filter((d) => d.interaction.id !== interactionId),
        problem: null,
      });
      if (personId) void updateLastContacted(personId);
      return true;
    },

    expire(interactionId) {
      const deleted = get().deleted.filter((d) => d.interaction.id !== interactionId);
      if (deleted.length !== get().deleted.length) set({ deleted });
    },

    dismissProblem() {
      set({ problem: null });
    },
  };
});
