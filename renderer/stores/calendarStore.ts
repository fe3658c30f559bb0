import { create } from 'zustand';
import type { Agenda, AgendaAttendee } from '../../shared/domain/calendar';
import type { Person } from '../../shared/domain/person';
import type { Result } from '../../shared/result';
import { call } from '../api';
import { useOrganizationStore } from './organizationStore';
import { usePeopleStore } from './peopleStore';

export type AgendaView = 'day' | 'week';

export type DayEntry =
  | { status: 'loading' }
  | { status: 'ready'; agenda: Agenda; stale: boolean }
  | { status: 'error'; message: string };

interface CalendarState {
  view: AgendaView;
  /** The day looked at; null follows today (in the user's zone), also across midnight. */
  date: string | null;
  /** Agendas by date, kept while moving around so that going back is instant. */
  days: Record<string, DayEntry>;
  /** A meeting to bring into view and focus once the day view shows it. */
  focusMeeting: string | null;
  /** Grows with each invalidation, so screens know to ask again. */
  version: number;
  /** One sentence for screen readers about what the last action did. */
  notice: string;
  setView: (view: AgendaView) => void;
  setDate: (date: string | null) => void;
  /** Opens a day in the day view, optionally with one of its meetings focused. */
  openDay: (date: string, meetingId?: string) => void;
  clearFocusMeeting: () => void;
  /** Fetches the days not known yet (or out of date); the ones on screen stay while they load. */
  load: (dates: string[]) => Promise<void>;
  /** Marks every agenda out of date: calendars, people or the user's zone changed. */
  invalidate: () => void;
  createDossier: (attendee: AgendaAttendee) => Promise<Result<Person>>;
  linkAttendee: (
    email: string,
    person: { id: string; displayName: string },
  ) => Promise<Result<Person>>;
}

// Answers to requests made before the last invalidation describe an older world: dropped.
let generation = 0;
/** Days being fetched now, as `generation|date`, so that a day is never asked twice at once. */
const inFlight = new Set<string>();

function sameAddress(a: string | null, b: string | null): boolean {
  return Boolean(a && b && a.toLowerCase() === b.toLowerCase());
}

export const useCalendarStore = create<CalendarState>((set, get) => {
  /** Shows an attendee as known everywhere they appear, before the server confirms it. */
  const resolveEverywhere = (
    isThem: (a: AgendaAttendee) => boolean,
    person: { id: string; displayName: string },
    match: AgendaAttendee['match'],
  ) => {
    const days: Record<string, DayEntry> = {};
    for (const [date, entry] of Object.entries(get().days)) {
      if (entry.status !== 'ready') {
        days[date] = entry;
        continue;
      }
      const meetings = entry.agenda.meetings.map((meeting) => ({
        ...meeting,
        attendees: meeting.attendees.map((a) =>
          isThem(a)
            ? { ...a, personId: person.id, personName: person.displayName, match, candidates: [] }
            : a,
        ),
      }));
      days[date] = { ...entry, agenda: { ...entry.agenda, meetings } };
    }
    set({ days });
  };

  const afterPeopleChanged = () => {
    usePeopleStore.getState().refresh();
    useOrganizationStore.getState().refresh();
    get().invalidate();
  };

  return {
    view: 'day',
    date: null,
    days: {},
    focusMeeting: null,
    version: 0,
    notice: '',

    setView(view) {
      set({ view });
    },
    setDate(date) {
      set({ date });
    },
    openDay(date, meetingId) {
      set({ date, view: 'day', focusMeeting: meetingId ?? null });
    },
    clearFocusMeeting() {
      set({ focusMeeting: null });
    },

    async load(dates) {
      const ticket = generation;
      const wanted = dates.filter((date) => {
        const entry = get().days[date];
        if (inFlight.has(`${ticket}|${date}`)) return false;
        return !entry || entry.status === 'error' || (entry.status === 'ready' && entry.stale);
      });
      if (wanted.length === 0) return;
      const loading: Record<string, DayEntry> = {};
      for (const date of wanted) {
        if (get().days[date]?.status !== 'ready') loading[date] = { status: 'loading' };
      }
      set({ days: { ...get().days, ...loading } });
      await Promise.all(
        wanted.map(async (date) => {
          inFlight.add(`${ticket}|${date}`);
          const result = await call('agenda.day', { date });
          inFlight.delete(`${ticket}|${date}`);
          if (ticket !== generation) return;
          const entry: DayEntry = result.ok
            ? { status: 'ready', agenda: result.data, stale: false }
            : { status: 'error', message: result.error.message };
          set({ days: { ...get().days, [date]: entry } });
        }),
      );
    },

    invalidate() {
      generation += 1;
      const days: Record<string, DayEntry> = {};
      for (const [date, entry] of Object.entries(get().days)) {
        // Days still loading are asked again; failed ones too.
        if (entry.status === 'ready') days[date] = { ...entry, stale: true };
      }
      set({ days, version: get().version + 1 });
    },

    async createDossier(attendee) {
      const name = attendee.name ?? '';
      const result = attendee.email
        ? await call('attendees.createPerson', { name, email: attendee.email })
        : await call('people.create', { displayName: name });
      if (!result.ok) return result;
      const person = { id: result.data.id, displayName: result.data.displayName };
      if (attendee.email) {
        resolveEverywhere((a) => sameAddress(a.email, attendee.email), person, 'email');
      } else {
        resolveEverywhere((a) => !a.email && a.name === attendee.name, person, 'name');
      }
      set({ notice: `Created a dossier for ${person.displayName}.` });
      afterPeopleChanged();
      return result;
    },

    async linkAttendee(email, person) {
      const result = await call('attendees.link', { email, personId: person.id });
      if (!result.ok) return result;
      resolveEverywhere((a) => sameAddress(a.email, email), person, 'email');
      set({ notice: `${email} is now remembered on ${person.displayName}’s dossier.` });
      afterPeopleChanged();
      return result;
    },
  };
});
