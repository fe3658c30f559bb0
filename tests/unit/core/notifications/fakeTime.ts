/**
 * A clock and timers the test moves by hand. Awake, time passes with `advanceTo` and every timer
 * fires at its moment; asleep (`sleepUntil`), the wall clock jumps while timers stand still, as
 * setTimeout does on a sleeping machine, and fire only once time passes again after waking.
 */
export class FakeTime {
  private timers: { id: number; due: number; run: () => void }[] = [];
  private nextId = 1;

  constructor(public now: number) {}

  readonly clock = (): Date => new Date(this.now);

  readonly setTimer = (run: () => void, ms: number): number => {
    const id = this.nextId++;
    this.timers.push({ id, due: this.now + ms, run });
    return id;
  };

  readonly clearTimer = (id: number): void => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };

  advanceTo(instant: number): void {
    for (;;) {
      const due = this.timers
        .filter((t) => t.due <= instant)
        .sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.now = Math.max(this.now, due.due);
      due.run();
    }
    this.now = instant;
  }

  sleepUntil(instant: number): void {
    const slept = instant - this.now;
    for (const t of this.timers) t.due += slept;
    this.now = instant;
  }

  /** How many timers are waiting: a scheduler should never pile them up. */
  get pendingTimers(): number {
    return this.timers.length;
  }

  /** The longest a waiting timer will still wait. */
  get longestWait(): number {
    return Math.max(0, ...this.timers.map((t) => t.due - this.now));
  }
}
