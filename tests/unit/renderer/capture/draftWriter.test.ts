import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftContent } from '../../../../shared/contract/drafts';
import { fail, ok, type Result } from '../../../../shared/result';
import {
  DraftWriter,
  type DraftBackend,
  type DraftStatus,
} from '../../../../renderer/features/capture/draftWriter';

const content = (body: string): DraftContent => ({
  kind: 'note',
  occurredAt: '',
  durationMinutes: null,
  title: '',
  location: '',
  body,
  participantIds: [],
  event: null,
});

/** A backend that answers when told to, recording what it was asked, in order. */
function fakeBackend() {
  const calls: string[] = [];
  const stored = new Map<string, string>();
  const pending: (() => void)[] = [];
  let failNext = false;
  const answer = <T>(value: () => Result<T>) =>
    new Promise<Result<T>>((resolve) => pending.push(() => resolve(value())));
  const backend: DraftBackend = {
    save: (id, draft) => {
      calls.push(`save ${id} ${draft.body}`);
      const refuse = failNext;
      failNext = false;
      return answer(() => {
        if (refuse) return fail('internal', 'disk full');
        stored.set(id, draft.body);
        return ok(null);
      });
    },
    discard: (id) => {
      calls.push(`discard ${id}`);
      return answer(() => {
        stored.delete(id);
        return ok(null);
      });
    },
  };
  return {
    backend,
    calls,
    stored,
    refuseNext: () => {
      failNext = true;
    },
    /** Answers every call made so far, and those they lead to. */
    settle: async () => {
      for (let round = 0; round < 20; round += 1) {
        await vi.advanceTimersByTimeAsync(0);
        const due = pending.splice(0);
        if (due.length === 0) return;
        due.forEach((resolve) => resolve());
      }
    },
  };
}

describe('DraftWriter', () => {
  let fake: ReturnType<typeof fakeBackend>;
  let statuses: [string, DraftStatus, string | null][];
  let writer: DraftWriter;
  let body: string;

  beforeEach(() => {
    vi.useFakeTimers();
    fake = fakeBackend();
    statuses = [];
    writer = new DraftWriter(fake.backend, (id, status, error) =>
      statuses.push([id, status, error]),
    );
    body = '';
  });
  afterEach(() => vi.useRealTimers());

  const type = (text: string) => {
    body += text;
    writer.changed('d1', () => content(body));
  };

  it('saves after a pause in typing, once, with the newest text', async () => {
    type('H');
    type('e');
    type('y');
    await vi.advanceTimersByTimeAsync(299);
    expect(fake.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await fake.settle();
    expect(fake.calls).toEqual(['save d1 Hey']);
    expect(statuses.at(-1)).toEqual(['d1', 'saved', null]);
  });

  it('saves at least every two seconds while typing without a pause', async () => {
    for (let i = 0; i < 12; i += 1) {
      type('a');
      await vi.advanceTimersByTimeAsync(200);
    }
    await fake.settle();
    expect(fake.calls.length).toBeGreaterThanOrEqual(1);
    expect(fake.calls[0]).toMatch(/^save d1 a{10,11}$/);
  });

  it('runs saves one at a time, so an older text never lands after a newer one', async () => {
    type('one');
    void writer.flush();
    type(' two');
    void writer.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.calls).toEqual(['save d1 one']);
    await fake.settle();
    expect(fake.calls).toEqual(['save d1 one', 'save d1 one two']);
    expect(fake.stored.get('d1')).toBe('one two');
  });

  it('discards after the saves before it, and never saves that draft again', async () => {
    type('gone soon');
    void writer.flush();
    await vi.advanceTimersByTimeAsync(0);
    void writer.discard('d1');
    type(' more');
    writer.forget('d1');
    await vi.advanceTimersByTimeAsync(5000);
    await fake.settle();
    expect(fake.calls).toEqual(['save d1 gone soon', 'discard d1']);
    expect(fake.stored.has('d1')).toBe(false);
  });

  it('does not send a queued save of a draft discarded meanwhile', async () => {
    type('never mind');
    void writer.flush();
    void writer.discard('d1');
    await fake.settle();
    expect(fake.calls).toEqual(['discard d1']);
  });

  it('does not ask to discard a draft that was never stored', async () => {
    type('x');
    await writer.discard('d1');
    await fake.settle();
    expect(fake.calls).toEqual([]);
  });

  it('holds saves while the draft becomes an interaction', async () => {
    type('almost done');
    const held = writer.hold();
    await held;
    void writer.flush();
    writer.flushUrgently();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fake.calls).toEqual([]);
    writer.forget('d1');
    writer.release();
    await vi.advanceTimersByTimeAsync(5000);
    expect(fake.calls).toEqual([]);
  });

  it('retries a refused save until it lands, reporting the failure meanwhile', async () => {
    fake.refuseNext();
    type('keep me');
    await vi.advanceTimersByTimeAsync(300);
    await fake.settle();
    expect(statuses.at(-1)).toEqual(['d1', 'failed', 'disk full']);
    await vi.advanceTimersByTimeAsync(3000 + 300);
    await fake.settle();
    expect(fake.stored.get('d1')).toBe('keep me');
    expect(statuses.at(-1)).toEqual(['d1', 'saved', null]);
  });

  it('sends at once when the page goes away, even past a save under way', async () => {
    type('first');
    void writer.flush();
    await vi.advanceTimersByTimeAsync(0);
    type(' and last');
    writer.flushUrgently();
    expect(fake.calls).toEqual(['save d1 first', 'save d1 first and last']);
    await fake.settle();
    expect(fake.stored.get('d1')).toBe('first and last');
  });

  it('skips a queued older save once a newer one went out urgently', async () => {
    type('one');
    void writer.flush();
    await vi.advanceTimersByTimeAsync(0);
    type(' two');
    void writer.flush();
    type(' three');
    writer.flushUrgently();
    await fake.settle();
    expect(fake.calls).toEqual(['save d1 one', 'save d1 one two three']);
    expect(fake.stored.get('d1')).toBe('one two three');
  });
});
