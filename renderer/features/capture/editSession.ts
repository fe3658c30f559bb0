import { parseTasks } from '../../../shared/capture/parseNote';
import type { Interaction } from '../../../shared/domain/interaction';
import type { StoreApi } from 'zustand';
import { call } from '../../api';
import type { CaptureState } from '../../stores/captureStore';
import {
  emptyForm,
  formFromInteraction,
  issuesFromServer,
  NO_ISSUES,
  parseDuration,
  sameForm,
} from './captureForm';
import { session, without, type CaptureSession } from './captureSession';

/**
 * Editing a logged interaction in the capture dialog. No draft: the edit is kept in the store
 * (by interaction id) until Done or Cancel, so closing the dialog by accident loses nothing.
 */
export function editActions(
  set: StoreApi<CaptureState>['setState'],
  get: StoreApi<CaptureState>['getState'],
  hooks: { beforeOpen: () => void; saved: (interaction: Interaction) => void },
) {
  /** Leaves the edit on screen: kept when it has changes, else forgotten (it may go stale). */
  const leave = () => {
    const { editing, edits } = get();
    const current = editing ? edits[editing] : undefined;
    if (!editing || !current) return;
    const unchanged = !current.baseline || sameForm(current.form, current.baseline);
    set({
      edits: unchanged
        ? without(edits, editing)
        : { ...edits, [editing]: { ...current, restoredFrom: current.changedAt } },
    });
  };

  const open = (id: string) => {
    if (get().editing !== id) leave();
    hooks.beforeOpen();
    const { edits, focusRequest } = get();
    if (edits[id]) {
      set({ isOpen: true, editing: id, issues: NO_ISSUES, focusRequest: focusRequest + 1 });
      return;
    }
    const loading = { ...session('edit', id, emptyForm(new Date())), loading: true };
    set({ isOpen: true, editing: id, issues: NO_ISSUES, edits: { ...edits, [id]: loading } });
    void call('interactions.get', { id }).then((result) => {
      const current = get().edits[id];
      if (!current?.loading) return;
      const loaded: CaptureSession = result.ok
        ? {
            ...current,
            form: formFromInteraction(result.data, new Date()),
            loading: false,
          }
        : { ...current, loading: false, loadError: result.error.message };
      if (result.ok) get().rememberPeople(result.data.participants);
      set({
        edits: { ...get().edits, [id]: { ...loaded, baseline: result.ok ? loaded.form : null } },
        focusRequest: get().focusRequest + 1,
      });
    });
  };

  const submit = async (edited: CaptureSession, occurredAt: string): Promise<boolean> => {
    const { form } = edited;
    const result = await call('interactions.update', {
      id: edited.id,
      kind: form.kind,
      occurredAt,
      durationMinutes: parseDuration(form.duration) ?? null,
      title: form.title,
      location: form.location,
      body: form.body,
      participantIds: form.participantIds,
    });
    if (!result.ok) {
      set({
        submitting: false,
        issues: issuesFromServer(result.error.message, result.error.issues),
      });
      return false;
    }
    // "[ ]" lines added in this edit become follow-ups too, as they do in a new note.
    const known = new Set(
      [...parseTasks(edited.baseline?.body ?? ''), ...result.data.followUps].map((t) =>
        t.title.toLowerCase(),
      ),
    );
    const people = result.data.participants.map((p) => p.id).slice(0, 50);
    const failed: string[] = [];
    for (const task of parseTasks(form.body)) {
      if (known.has(task.title.toLowerCase())) continue;
      known.add(task.title.toLowerCase());
      const created = await call('followUps.create', {
        title: task.title.slice(0, 500),
        dueOn: task.dueOn,
        personIds: people,
      });
      if (!created.ok) failed.push(`“${task.title}”: ${created.error.message}`);
    }
    if (failed.length > 0) {
      // The interaction is saved; Done again only saves it again.
      const edits = { ...get().edits, [edited.id]: { ...edited, baseline: form } };
      set({
        edits,
        submitting: false,
        issues: { ...NO_ISSUES, form: `Saved, but not these follow-ups: ${failed.join('; ')}` },
      });
      hooks.saved(result.data);
      return false;
    }
    set({
      edits: without(get().edits, edited.id),
      isOpen: false,
      editing: null,
      submitting: false,
      issues: NO_ISSUES,
    });
    hooks.saved(result.data);
    return true;
  };

  return { leave, open, submit };
}
