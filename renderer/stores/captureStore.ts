import { create } from 'zustand';
import type { Draft } from '../../shared/contract/drafts';
import type { EventLink, Interaction, InteractionKind } from '../../shared/domain/interaction';
import type { PersonRef } from '../../shared/domain/person';
import { call } from '../api';
import {
  checkForm,
  draftOf,
  emptyForm,
  formFromDraft,
  formFromPrefill,
  hasIssues,
  hasPrefill,
  isBlank,
  issuesAfterChange,
  issuesFromServer,
  NO_ISSUES,
  parseDuration,
  toInstant,
  type CaptureForm,
  type CaptureIssues,
  type CapturePrefill,
} from '../features/capture/captureForm';
import { session, without, type CaptureSession } from '../features/capture/captureSession';
import { DraftWriter, type DraftStatus } from '../features/capture/draftWriter';
import { editActions } from '../features/capture/editSession';

export type { CapturePrefill, CaptureSession, DraftStatus };

/** A calendar occurrence to write notes on: the new note starts with what the invite says. */
export interface MeetingNotesPrefill {
  kind: InteractionKind;
  title: string;
  /** The occurrence's start (ISO with offset); null for an all-day event: the note starts now. */
  start: string | null;
  durationMinutes: number | null;
  location: string;
  /** Everyone on the invite who has a dossier. */
  participantIds: string[];
  event: EventLink;
}

export interface CaptureState {
  isOpen: boolean;
  /** The interaction being edited, or null for the new note. */
  editing: string | null;
  draft: CaptureSession | null;
  /** Edits kept until Done or Cancel, by interaction id, so closing by accident loses nothing. */
  edits: Record<string, CaptureSession>;
  /** Unfinished drafts besides the open one, newest first. */
  otherDrafts: Draft[];
  /** Display names for the people chips, by id. */
  names: Record<string, string>;
  draftStatus: DraftStatus;
  draftError: string | null;
  issues: CaptureIssues;
  submitting: boolean;
  /** Bumped whenever the note should take focus. */
  focusRequest: number;
  open: (prefill?: CapturePrefill) => void;
  /** A new note for a meeting, linked to its occurrence, with its people and time filled in. */
  openForMeeting: (meeting: MeetingNotesPrefill) => void;
  close: () => void;
  update: (patch: Partial<CaptureForm>) => void;
  /** Done: logs (or saves) the interaction; false when it was refused. */
  submit: () => Promise<boolean>;
  /** Throws the open draft away and starts an empty note. */
  discardDraft: () => Promise<void>;
  /** Leaves the edit without saving it. */
  cancelEdit: () => void;
  /** Shows the next unfinished draft, keeping the open one. */
  openNextDraft: () => void;
  rememberPeople: (people: PersonRef[]) => void;
  loadDrafts: () => Promise<void>;
  /** Saves the draft now (closing, blur); urgently when the page is going away. */
  saveDraftNow: () => Promise<void>;
  saveDraftUrgently: () => void;
}

const listeners = new Set<(interaction: Interaction) => void>();

/** Called after quick capture logs or changes an interaction; returns the unsubscribe. */
export function onInteractionSaved(listener: (interaction: Interaction) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function currentSession(state: CaptureState): CaptureSession | null {
  return state.editing ? (state.edits[state.editing] ?? null) : state.draft;
}

export const useCaptureStore = create<CaptureState>((set, get) => {
  let draftsLoading: Promise<void> | null = null;
  let draftsLoaded = false;

  const writer = new DraftWriter(
    {
      save: (id, content) => call('drafts.save', { id, content }),
      discard: (id) => call('drafts.discard', { id }),
    },
    (id, draftStatus, draftError) => {
      if (get().draft?.id === id) set({ draftStatus, draftError });
    },
  );
  const readDraft = (id: string) => () => {
    const draft = get().draft;
    return draft?.id === id ? draftOf(draft.form) : null;
  };

  const fromDraft = (draft: Draft): CaptureSession => {
    writer.known(draft.id);
    return {
      ...session('create', draft.id, formFromDraft(draft.content, new Date())),
      restoredFrom: draft.updatedAt,
    };
  };
  const asDraft = (open: CaptureSession): Draft => {
    const at = open.changedAt ?? open.restoredFrom ?? new Date().toISOString();
    return { id: open.id, content: draftOf(open.form), createdAt: at, updatedAt: at };
  };
  /** Whether the open draft holds anything worth keeping when another takes its place. */
  const keepable = (open: CaptureSession) =>
    !isBlank(open.form) && (open.touched || open.prefilled || writer.mayBeStored(open.id));

  /** Puts `next` in the dialog; the draft it replaces is saved (or dropped when empty). */
  const switchDraft = (next: CaptureSession, others: Draft[]) => {
    const previous = get().draft;
    let rest = others;
    if (previous && previous.id !== next.id) {
      if (keepable(previous)) {
        void writer.flush();
        rest = [asDraft(previous), ...others];
      } else {
        void writer.discard(previous.id);
      }
    }
    set({
      draft: next,
      otherDrafts: rest.filter((d) => d.id !== next.id),
      draftStatus: next.restoredFrom ? 'saved' : 'idle',
      draftError: null,
      issues: NO_ISSUES,
      focusRequest: get().focusRequest + 1,
    });
    resolveNames(next.form.participantIds);
  };

  /** Names for chips of people given by id only (a restored draft, a prefill). */
  const resolveNames = (ids: string[]) => {
    const missing = ids.filter((id) => !(id in get().names));
    for (const id of missing) {
      void call('people.get', { id }).then((result) => {
        if (result.ok) {
          get().rememberPeople([result.data]);
        } else if (result.error.code === 'not_found') {
          // Merged away or gone: the chip would only make Done fail.
          dropPerson(id);
        }
      });
    }
  };
  const dropPerson = (id: string) => {
    const leaveOut = (s: CaptureSession): CaptureSession => ({
      ...s,
      form: { ...s.form, participantIds: s.form.participantIds.filter((p) => p !== id) },
    });
    const { draft, edits } = get();
    set({
      draft: draft ? leaveOut(draft) : null,
      edits: Object.fromEntries(Object.entries(edits).map(([key, s]) => [key, leaveOut(s)])),
    });
  };

  const finish = (interaction: Interaction) => {
    for (const listener of [...listeners]) listener(interaction);
  };

  const edit = editActions(set, get, {
    beforeOpen: () => void writer.flush(),
    saved: finish,
  });

  return {
    isOpen: false,
    editing: null,
    draft: null,
    edits: {},
    otherDrafts: [],
    names: {},
    draftStatus: 'idle',
    draftError: null,
    issues: NO_ISSUES,
    submitting: false,
    focusRequest: 0,

    open: (prefill = {}) => {
      if (prefill.editInteractionId) {
        edit.open(prefill.editInteractionId);
        return;
      }
      edit.leave();
      const { draft, otherDrafts, focusRequest } = get();
      if (hasPrefill(prefill)) {
        const fresh = session('create', crypto.randomUUID(), formFromPrefill(prefill, new Date()));
        switchDraft({ ...fresh, prefilled: true }, otherDrafts);
      } else if (!draft) {
        const [latest, ...older] = otherDrafts;
        if (latest) switchDraft(fromDraft(latest), older);
        else switchDraft(session('create', crypto.randomUUID(), emptyForm(new Date())), []);
      } else {
        set({ focusRequest: focusRequest + 1 });
      }
      set({ isOpen: true, editing: null, issues: NO_ISSUES });
      if (!draftsLoaded) void get().loadDrafts();
    },

    openForMeeting: (meeting) => {
      get().open({
        kind: meeting.kind,
        title: meeting.title,
        ...(meeting.start ? { occurredAt: meeting.start } : {}),
        durationMinutes: meeting.durationMinutes,
        location: meeting.location,
        participantIds: meeting.participantIds,
        event: meeting.event,
      });
    },

    close: () => {
      const { isOpen, editing, draft, submitting } = get();
      if (!isOpen || submitting) return;
      if (editing) {
        edit.leave();
      } else if (draft) {
        if (isBlank(draft.form) || !keepable(draft)) {
          void writer.discard(draft.id);
          set({ draft: null, draftStatus: 'idle', draftError: null });
        } else {
          void writer.flush();
          set({ draft: { ...draft, restoredFrom: draft.changedAt ?? draft.restoredFrom } });
        }
      }
      set({ isOpen: false, editing: null, issues: NO_ISSUES });
    },

    update: (patch) => {
      const state = get();
      const open = currentSession(state);
      if (!open || open.loading || state.submitting) return;
      const next: CaptureSession = {
        ...open,
        form: { ...open.form, ...patch },
        touched: true,
        changedAt: new Date().toISOString(),
      };
      const issues = issuesAfterChange(state.issues, patch, next.form);
      if (open.mode === 'edit') {
        set({ edits: { ...state.edits, [open.id]: next }, issues });
      } else {
        set({ draft: next, issues });
        writer.changed(next.id, readDraft(next.id));
      }
    },

    submit: async () => {
      const state = get();
      const open = currentSession(state);
      if (!open || open.loading || open.loadError || state.submitting) return false;
      const local = checkForm(open.form);
      const occurredAt = toInstant(open.form.date, open.form.time);
      if (hasIssues(local) || !occurredAt) {
        set({ issues: local });
        return false;
      }
      set({ submitting: true, issues: NO_ISSUES });
      if (open.mode === 'edit') return edit.submit(open, occurredAt);

      // Every save under way lands first: the draft is deleted with the create, for good.
      await writer.hold();
      const { form } = open;
      const result = await call('interactions.create', {
        kind: form.kind,
        occurredAt,
        durationMinutes: parseDuration(form.duration) ?? null,
        title: form.title,
        location: form.location,
        body: form.body,
        participantIds: form.participantIds,
        followUps: [],
        event: form.event,
        draftId: open.id,
      });
      if (!result.ok) {
        writer.release();
        set({
          submitting: false,
          issues: issuesFromServer(result.error.message, result.error.issues),
        });
        return false;
      }
      writer.forget(open.id);
      writer.release();
      set({
        draft: null,
        isOpen: false,
        submitting: false,
        issues: NO_ISSUES,
        draftStatus: 'idle',
        draftError: null,
      });
      finish(result.data);
      return true;
    },

    discardDraft: async () => {
      const { draft, otherDrafts } = get();
      if (!draft) return;
      const gone = writer.discard(draft.id);
      set({ draft: null });
      switchDraft(session('create', crypto.randomUUID(), emptyForm(new Date())), otherDrafts);
      await gone;
    },

    cancelEdit: () => {
      const { editing, edits } = get();
      if (!editing) return;
      set({ edits: without(edits, editing), isOpen: false, editing: null, issues: NO_ISSUES });
    },

    openNextDraft: () => {
      const [next, ...rest] = get().otherDrafts;
      if (next) switchDraft(fromDraft(next), rest);
    },

    rememberPeople: (people) => {
      if (people.length === 0) return;
      const names = { ...get().names };
      for (const person of people) names[person.id] = person.displayName;
      set({ names });
    },

    loadDrafts: () => {
      draftsLoading ??= call('drafts.list', {}).then((result) => {
        if (!result.ok) {
          draftsLoading = null;
          return;
        }
        draftsLoaded = true;
        const { draft, isOpen, editing } = get();
        const list = result.data.filter((d) => d.id !== draft?.id);
        for (const d of list) writer.known(d.id);
        const [latest, ...older] = list;
        // Opened before the list arrived, nothing typed yet: show the unfinished note instead.
        const untouched = draft && !draft.touched && !draft.prefilled && !draft.restoredFrom;
        if (latest && isOpen && !editing && untouched) switchDraft(fromDraft(latest), older);
        else set({ otherDrafts: list });
      });
      return draftsLoading;
    },

    saveDraftNow: () => writer.flush(),
    saveDraftUrgently: () => writer.flushUrgently(),
  };
});
