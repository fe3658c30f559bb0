import type { Briefing, NotificationSettings } from '../../../shared/domain/briefing';
import { morningNotificationText, type NotificationText } from './notificationText';
import {
  isDue,
  nextMorningNotification,
  passedOverBy,
  type MorningSlot,
  type ScheduleState,
} from './morningSchedule';

/**
 * A timer never waits longer than this. setTimeout runs on a clock that stops while the machine
 * sleeps, so one long timer set at night would fire hours late; short ones notice the real time
 * soon after waking even where the system sends no resume event.
 */
export const RECHECK_INTERVAL_MS = 5 * 60_000;

export interface MorningNotification extends NotificationText {
  /** The local day whose briefing it announces. */
  date: string;
}

export interface MorningNotifierDeps<Timer> {
  clock: () => Date;
  setTimer: (run: () => void, ms: number) => Timer;
  clearTimer: (timer: Timer) => void;
  /** The user's zone, read at every check: it can change while the app runs. */
  timeZone: () => string;
  settings: () => NotificationSettings;
  briefingFor: (date: string, timeZone: string) => Briefing;
  show: (notification: MorningNotification) => void;
  /** Where the last handled day is kept, so a restart does not show the same morning again. */
  lastHandledDate: { read: () => string | null; write: (date: string) => void };
  onError?: (error: unknown) => void;
}

export interface MorningNotifier {
  /** Starts checking; a notification missed today (before the cut-off) is shown now. */
  start(): void;
  stop(): void;
  /** The machine woke or the screen was unlocked: a notification slept through is shown now. */
  onResume(): void;
  /** The time or the on/off switch changed: plan again without showing a missed one. */
  onSettingsChanged(): void;
  /** The user's zone changed: plan again without showing a missed one. */
  onTimeZoneChanged(): void;
  /** The notification planned next (its `at` may be past while it is being retried). */
  planned(): MorningSlot | null;
}

/**
 * Shows the morning notification once a day at the user's time, by the rules of
 * morningSchedule.ts. A day is handled (and never shown again) just before its notification is
 * shown, or when its briefing has nothing to announce: a meeting added later that morning does
 * not bring a late ping. If the briefing cannot be read the day stays open and is tried again at
 * the next check, until its cut-off.
 */
export function createMorningNotifier<Timer>(deps: MorningNotifierDeps<Timer>): MorningNotifier {
  let running = false;
  let timer: { handle: Timer } | null = null;
  let plannedSlot: MorningSlot | null = null;
  let passedOverDate: string | null = null;
  /** What the last plan was made with, to tell a real change from a repeated save. */
  let plannedWith: { settings: NotificationSettings; timeZone: string } | null = null;

  const report = (error: unknown) => deps.onError?.(error);

  function clear(): void {
    if (timer) deps.clearTimer(timer.handle);
    timer = null;
  }

  function readState(): ScheduleState {
    const settings = deps.settings();
    const timeZone = deps.timeZone();
    return {
      now: deps.clock().getTime(),
      settings,
      timeZone,
      lastHandledDate: deps.lastHandledDate.read(),
      passedOverDate,
    };
  }

  function announce(slot: MorningSlot, timeZone: string): void {
    const text = morningNotificationText(deps.briefingFor(slot.date, timeZone));
    // Marked first: a notification that fails to show is not retried into a second one.
    deps.lastHandledDate.write(slot.date);
    if (text) deps.show({ ...text, date: slot.date });
  }

  function check(): void {
    if (!running) return;
    clear();
    let delay = RECHECK_INTERVAL_MS;
    try {
      let state = readState();
      plannedWith = { settings: state.settings, timeZone: state.timeZone };
      let slot = nextMorningNotification(state);
      if (slot && isDue(slot, state.now)) {
        announce(slot, state.timeZone);
        state = { ...state, lastHandledDate: deps.lastHandledDate.read() };
        slot = nextMorningNotification(state);
      }
      plannedSlot = slot;
      if (slot && slot.at > state.now) delay = Math.min(slot.at - state.now, RECHECK_INTERVAL_MS);
    } catch (error) {
      report(error);
    }
    timer = { handle: deps.setTimer(check, delay) };
  }

  /** A change the user made: today's time, if already gone, waits for tomorrow. */
  function changed(): void {
    if (!running) return;
    try {
      const state = readState();
      const same =
        plannedWith !== null &&
        plannedWith.timeZone === state.timeZone &&
        plannedWith.settings.enabled === state.settings.enabled &&
        plannedWith.settings.time === state.settings.time;
      if (!same) passedOverDate = passedOverBy(state);
    } catch (error) {
      report(error);
    }
    check();
  }

  return {
    start() {
      if (running) return;
      running = true;
      check();
    },
    stop() {
      running = false;
      clear();
      plannedSlot = null;
    },
    onResume: check,
    onSettingsChanged: changed,
    onTimeZoneChanged: changed,
    planned: () => plannedSlot,
  };
}
