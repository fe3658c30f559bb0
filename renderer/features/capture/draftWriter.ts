import type { DraftContent } from '../../../shared/contract/drafts';
import type { Result } from '../../../shared/result';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface DraftBackend {
  save: (id: string, content: DraftContent) => Promise<Result<unknown>>;
  discard: (id: string) => Promise<Result<unknown>>;
}

interface Snapshot {
  id: string;
  content: DraftContent;
  seq: number;
}

/** A pause in typing this long saves; so does typing this long without a pause. */
export const DEBOUNCE_MS = 300;
export const MAX_WAIT_MS = 2000;
export const RETRY_MS = 3000;

/**
 * Keeps quick-capture drafts stored while they are typed, so nothing typed is ever lost:
 * - a change is saved after a short pause (and at least every two seconds while typing);
 * - saves run one at a time, in order, so an older text can never overwrite a newer one;
 * - the draft's id is chosen by the caller, so no two saves can create two drafts;
 * - a discard is queued after the saves before it, so a late save cannot bring it back;
 * - a failed save is retried until it lands, and reported meanwhile.
 */
export class DraftWriter {
  /** Drafts with changes not yet queued, each with how to read its newest content. */
  private readonly dirty = new Map<string, () => DraftContent | null>();
  private readonly inFlight = new Map<string, number>();
  private readonly storedSeq = new Map<string, number>();
  /** The newest save sent per draft: an older one still queued is then not worth sending. */
  private readonly sentSeq = new Map<string, number>();
  private readonly lastResult = new Map<string, 'saved' | 'failed'>();
  private readonly lastError = new Map<string, string>();
  private readonly readers = new Map<string, () => DraftContent | null>();
  private readonly discarded = new Set<string>();
  private readonly mayExist = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private busy = 0;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingSince: number | null = null;
  private held = false;

  constructor(
    private readonly backend: DraftBackend,
    private readonly report: (id: string, status: DraftStatus, error: string | null) => void,
  ) {}

  /** Draft `id` changed; `read` gives its content at the moment it is saved. */
  readonly changed = (id: string, read: () => DraftContent | null): void => {
    this.discarded.delete(id);
    this.dirty.set(id, read);
    this.readers.set(id, read);
    this.pendingSince ??= Date.now();
    this.status(id);
    this.schedule();
  };

  /** A draft that is already stored (listed by the core). */
  readonly known = (id: string): void => {
    this.mayExist.add(id);
  };

  readonly hasUnsaved = (id: string): boolean =>
    this.dirty.has(id) || (this.inFlight.get(id) ?? 0) > 0;

  readonly mayBeStored = (id: string): boolean => this.mayExist.has(id);

  /**
   * Queues every pending change now; resolves when everything queued has been answered. Does
   * nothing while held: a save landing after the draft became an interaction would revive it.
   */
  readonly flush = (): Promise<void> => {
    if (this.held) return this.queue;
    this.clearTimer();
    this.pendingSince = null;
    for (const [id, read] of this.dirty) {
      this.dirty.delete(id);
      const content = read();
      if (content) this.enqueue({ id, content, seq: ++this.seq });
    }
    return this.queue;
  };

  /**
   * The page is going away: send what is pending at once, even past saves queued or under way
   * (whose answers might never come). The newer text is sent last, and a queued older one is
   * then skipped.
   */
  readonly flushUrgently = (): void => {
    if (this.held) return;
    if (this.busy === 0) {
      void this.flush();
      return;
    }
    this.clearTimer();
    this.pendingSince = null;
    for (const [id, read] of this.dirty) {
      this.dirty.delete(id);
      const content = read();
      if (content) void this.store({ id, content, seq: ++this.seq })();
    }
  };

  /** Stops saving (while the draft is being turned into an interaction). */
  readonly hold = (): Promise<void> => {
    this.held = true;
    this.clearTimer();
    return this.queue;
  };

  readonly release = (): void => {
    this.held = false;
    if (this.dirty.size > 0) this.schedule();
  };

  /** Throws the draft away, after any save of it already under way. */
  readonly discard = (id: string): Promise<void> => {
    const stored = this.mayBeStored(id);
    this.forget(id);
    if (stored) {
      this.queue = this.queue.then(async () => {
        await this.backend.discard(id);
      });
    }
    return this.queue;
  };

  /** The core deleted the draft itself (it became an interaction): never save it again. */
  readonly forget = (id: string): void => {
    this.discarded.add(id);
    this.dirty.delete(id);
    this.readers.delete(id);
    this.mayExist.delete(id);
    if (this.dirty.size === 0) {
      this.clearTimer();
      this.pendingSince = null;
    }
  };

  private schedule(): void {
    if (this.held) return;
    this.clearTimer();
    const waited = this.pendingSince === null ? 0 : Date.now() - this.pendingSince;
    const delay = waited >= MAX_WAIT_MS ? 0 : Math.min(DEBOUNCE_MS, MAX_WAIT_MS - waited);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.held) void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private enqueue(snapshot: Snapshot): void {
    this.queue = this.queue.then(this.store(snapshot));
  }

  /** Counts the save as under way at once; the returned task sends it when its turn comes. */
  private store(snapshot: Snapshot): () => Promise<void> {
    const { id } = snapshot;
    this.mayExist.add(id);
    this.inFlight.set(id, (this.inFlight.get(id) ?? 0) + 1);
    this.busy += 1;
    return () => this.send(snapshot);
  }

  private async send(snapshot: Snapshot): Promise<void> {
    const { id, content, seq } = snapshot;
    try {
      if (this.discarded.has(id) || (this.sentSeq.get(id) ?? 0) > seq) return;
      this.sentSeq.set(id, seq);
      const result = await this.backend.save(id, content);
      if (this.discarded.has(id)) {
        // Discarded while this save was under way: the queued discard runs after it.
        return;
      }
      if (result.ok) {
        this.storedSeq.set(id, Math.max(seq, this.storedSeq.get(id) ?? 0));
        this.lastResult.set(id, 'saved');
        this.lastError.delete(id);
      } else {
        this.lastResult.set(id, 'failed');
        this.lastError.set(id, result.error.message);
        this.retryLater(snapshot);
      }
    } finally {
      this.busy -= 1;
      this.inFlight.set(id, (this.inFlight.get(id) ?? 1) - 1);
      this.status(id);
    }
  }

  private retryLater(snapshot: Snapshot): void {
    const { id } = snapshot;
    setTimeout(() => {
      // Newer changes pending or under way carry this text too (and retry on their own).
      if (this.discarded.has(id) || this.hasUnsaved(id)) return;
      if ((this.storedSeq.get(id) ?? 0) > snapshot.seq) return;
      const read = this.readers.get(id);
      this.changed(id, () => read?.() ?? snapshot.content);
    }, RETRY_MS);
  }

  private status(id: string): void {
    if (this.discarded.has(id)) return;
    const result = this.lastResult.get(id);
    const error = this.lastError.get(id) ?? null;
    if (result === 'failed') this.report(id, 'failed', error);
    else if (this.hasUnsaved(id)) this.report(id, 'saving', null);
    else this.report(id, result ?? 'idle', null);
  }
}
