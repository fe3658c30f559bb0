import type { PersonPatchInput } from '../../../../shared/contract/personPatch';
import type { Person } from '../../../../shared/domain/person';
import type { AppError, FieldIssue, Result } from '../../../../shared/result';

/**
 * `typing`: the debounce fired while the user may still be typing; a section can hold back a
 * value that would have side effects if saved half-typed (an organization created by name).
 * `final`: the user left the field, pressed Enter, or the page is going away.
 */
export type FlushReason = 'typing' | 'final';

export interface PatchPlan {
  patch: PersonPatchInput;
  /** Problems found without asking main (a day that is not a number), with draft paths. */
  issues?: FieldIssue[];
  /** Maps a server issue path, without its `patch.` prefix, to the draft path a field shows. */
  mapPath?: (path: string) => string;
  /** False when part of the draft was held back; the section is not clean until it is saved. */
  complete?: boolean;
}

/** One editable part of a dossier: how to draft it from a person and how to save the draft. */
export interface SectionSpec<D> {
  id: string;
  /** Identifies this section's stored value: a change means fresh data arrived. */
  sourceKey: (person: Person) => string;
  /** `previous` lets list sections keep their row keys, so focus and React state survive. */
  toDraft: (person: Person, previous: D | null) => D;
  toPatch: (draft: D, reason: FlushReason) => PatchPlan;
}

export type SaveStatus = 'clean' | 'pending' | 'held' | 'saving' | 'invalid' | 'failed';

export interface DraftSnapshot<D> {
  draft: D;
  status: SaveStatus;
  /** Field issues with draft paths (`<rowKey>.address`, `displayName`). */
  issues: FieldIssue[];
  /** The last refusal, kept for conflicts (who owns an email) and section-wide messages. */
  error: AppError | null;
}

export const SAVE_DELAY_MS = 400;

/**
 * The autosave of one section of one person, kept outside React so a draft outlives the
 * component: switching people flushes it, and a draft main refused (an invalid email) is still
 * there, with its message, when the user comes back. Saves run one at a time per section; an edit
 * made while a save is under way is saved right after it.
 */
export class SectionDraft<D> {
  private snapshot: DraftSnapshot<D>;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private editVersion = 0;
  private savedVersion = 0;
  private inFlight: Promise<void> | null = null;
  private focused = false;
  private mounted = 0;
  private person: Person;
  private sourceKey: string;
  /** What this section's part of the person looked like in the answer to its own last save. */
  private echoKey: string | null = null;
  private savedPatchKey: string;
  private refusedPatchKey: string | null = null;

  constructor(
    private readonly spec: SectionSpec<D>,
    person: Person,
    private readonly save: (patch: PersonPatchInput) => Promise<Result<Person>>,
    private readonly onStatus: () => void,
  ) {
    this.person = person;
    this.sourceKey = spec.sourceKey(person);
    const draft = spec.toDraft(person, null);
    this.savedPatchKey = patchKey(spec.toPatch(draft, 'final').patch);
    this.snapshot = { draft, status: 'clean', issues: [], error: null };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DraftSnapshot<D> => this.snapshot;

  get status(): SaveStatus {
    return this.snapshot.status;
  }

  /** Changes the draft and saves it after a pause in typing, or at once. */
  edit(update: (draft: D) => D, when: 'debounced' | 'now' = 'debounced'): void {
    this.editVersion += 1;
    this.set({ draft: update(this.snapshot.draft), status: 'pending' });
    this.clearTimer();
    if (when === 'now') {
      void this.flush('final');
    } else {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.flush('typing');
      }, SAVE_DELAY_MS);
    }
  }

  /** Saves whatever is unsaved; resolves once this section has nothing left in flight. */
  flush(reason: FlushReason = 'final'): Promise<void> {
    this.clearTimer();
    if (this.inFlight) return this.inFlight.then(() => this.flush(reason));
    if (this.isClean()) {
      this.afterSave();
      return Promise.resolve();
    }

    const version = this.editVersion;
    const plan = this.spec.toPatch(this.snapshot.draft, reason);
    const complete = plan.complete !== false;
    if (plan.issues?.length) {
      this.set({ status: 'invalid', issues: plan.issues, error: null });
      return Promise.resolve();
    }
    const key = patchKey(plan.patch);
    if (key === this.savedPatchKey) {
      if (complete) this.savedVersion = version;
      this.set({ status: complete ? 'clean' : 'held', issues: [], error: null });
      this.afterSave();
      return Promise.resolve();
    }
    if (key === this.refusedPatchKey) {
      // The same value main already refused: its message still stands.
      this.set({ status: 'invalid' });
      return Promise.resolve();
    }

    this.set({ status: 'saving' });
    this.inFlight = this.send(plan, key, version, complete).finally(() => {
      this.inFlight = null;
      this.afterSave();
    });
    return this.inFlight;
  }

  /** Fresh data for this person arrived (any section's save, a merge, a reload). */
  receive(person: Person): void {
    this.person = person;
    const key = this.spec.sourceKey(person);
    if (key === this.sourceKey) return;
    this.sourceKey = key;
    // What main refused may be fine now (the owner of an email was merged in): allow a retry.
    this.refusedPatchKey = null;
    // An unsaved draft wins: the user's next save replaces what is stored. The answer to our own
    // save waits until the user leaves the section, so trimming never eats a space being typed.
    if (!this.isClean() || (this.focused && key === this.echoKey)) return;
    this.resync();
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    if (!focused) void this.flush('final');
  }

  /** Drops unsaved edits and shows what is stored. */
  discard(): void {
    this.clearTimer();
    this.savedVersion = this.editVersion;
    this.refusedPatchKey = null;
    this.resync();
  }

  attach(): void {
    this.mounted += 1;
  }

  /** Returns true when nothing is left to keep: the registry may forget this draft. */
  async detach(): Promise<boolean> {
    this.mounted -= 1;
    this.focused = false;
    await this.flush('final');
    return this.mounted === 0 && this.isClean() && this.snapshot.status === 'clean';
  }

  private async send(plan: PatchPlan, key: string, version: number, complete: boolean) {
    const result = await this.save(plan.patch);
    const newer = this.editVersion > version;
    if (result.ok) {
      this.savedPatchKey = key;
      this.refusedPatchKey = null;
      if (complete) this.savedVersion = version;
      this.echoKey = this.spec.sourceKey(result.data);
      this.set({
        status: newer ? 'pending' : complete ? 'clean' : 'held',
        issues: [],
        error: null,
      });
      return;
    }
    const { error } = result;
    const fieldIssues = (error.issues ?? [])
      .filter((issue) => issue.path.startsWith('patch.'))
      .map((issue) => {
        const path = issue.path.slice('patch.'.length);
        return { path: plan.mapPath ? plan.mapPath(path) : path, message: issue.message };
      });
    const userCanFix = error.code === 'invalid_input' || error.code === 'conflict';
    if (userCanFix) this.refusedPatchKey = key;
    this.set({
      status: newer ? 'pending' : userCanFix ? 'invalid' : 'failed',
      issues: fieldIssues,
      error,
    });
  }

  private afterSave(): void {
    if (!this.isClean()) {
      // Edits made during the save: save them now unless their own debounce is still running.
      if (!this.timer && this.snapshot.status === 'pending') void this.flush('typing');
      return;
    }
    // Show what main stored (trimmed, https:// added) once the user is elsewhere.
    if (!this.focused) this.resync();
  }

  private resync(): void {
    const draft = this.spec.toDraft(this.person, this.snapshot.draft);
    this.sourceKey = this.spec.sourceKey(this.person);
    this.savedPatchKey = patchKey(this.spec.toPatch(draft, 'final').patch);
    const same = JSON.stringify(draft) === JSON.stringify(this.snapshot.draft);
    if (same && this.snapshot.status === 'clean' && this.snapshot.issues.length === 0) return;
    this.set({
      draft: same ? this.snapshot.draft : draft,
      status: 'clean',
      issues: [],
      error: null,
    });
  }

  private isClean(): boolean {
    return this.editVersion === this.savedVersion && !this.inFlight;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private set(change: Partial<DraftSnapshot<D>>): void {
    const before = this.snapshot.status;
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
    if (this.snapshot.status !== before) this.onStatus();
  }
}

function patchKey(patch: PersonPatchInput): string {
  return JSON.stringify(patch);
}
