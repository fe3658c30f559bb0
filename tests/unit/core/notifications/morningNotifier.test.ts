import { describe, expect, it } from 'vitest';
import type { Briefing, NotificationSettings } from '../../../../shared/domain/briefing';
import {
  createMorningNotifier,
  RECHECK_INTERVAL_MS,
  type MorningNotification,
} from '../../../../electron/core/notifications/morningNotifier';
import { briefing, known, meeting } from './briefingFixtures';
import { FakeTime } from './fakeTime';

const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);

/** A notifier on a fake clock, with its settings, zone and stored day in plain variables. */
function setUp(
  startIso: string,
  options: { zone?: string; lastHandled?: string | null; show?: () => void } = {},
) {
  const time = new FakeTime(at(startIso));
  const env = {
    zone: options.zone ?? BERLIN,
    settings: { enabled: true, time: '07:30' } as NotificationSettings,
    lastHandled: options.lastHandled ?? null,
    shown: [] as (MorningNotification & { at: number })[],
    errors: [] as unknown[],
    briefingFor: (date: string): Briefing =>
      briefing(date, [meeting('09:30', 'Design review', [known('Dana Kim')])]),
  };
  const notifier = createMorningNotifier({
    clock: time.clock,
    setTimer: time.setTimer,
    clearTimer: time.clearTimer,
    timeZone: () => env.zone,
    settings: () => env.settings,
    briefingFor: (date) => env.briefingFor(date),
    show: (n) => {
      options.show?.();
      env.shown.push({ ...n, at: time.now });
    },
    lastHandledDate: {
      read: () => env.lastHandled,
      write: (date) => {
        env.lastHandled = date;
      },
    },
    onError: (error) => env.errors.push(error),
  });
  return { time, env, notifier, shownDates: () => env.shown.map((n) => n.date) };
}

describe('the morning notifier', () => {
  it('shows the day’s briefing at 07:30, once, and plans the next morning', () => {
    const t = setUp('2026-11-24T06:00:00+01:00', { lastHandled: '2026-11-23' });
    t.notifier.start();
    expect(t.notifier.planned()).toMatchObject({ date: '2026-11-24' });
    t.time.advanceTo(at('2026-11-24T07:29:59+01:00'));
    expect(t.env.shown).toEqual([]);

    t.time.advanceTo(at('2026-11-24T07:30:00+01:00'));
    expect(t.env.shown).toEqual([
      {
        title: 'Farley — Tuesday’s briefing',
        body: '1 meeting today, at 09:30 with Dana Kim',
        date: '2026-11-24',
        at: at('2026-11-24T07:30:00+01:00'),
      },
    ]);
    expect(t.env.lastHandled).toBe('2026-11-24');
    expect(t.notifier.planned()).toMatchObject({ date: '2026-11-25' });

    t.time.advanceTo(at('2026-11-24T23:59:00+01:00'));
    expect(t.shownDates()).toEqual(['2026-11-24']);
  });

  it('never sets a timer longer than the re-check interval, nor more than one', () => {
    const t = setUp('2026-11-24T20:00:00+01:00');
    t.notifier.start();
    expect(t.time.pendingTimers).toBe(1);
    expect(t.time.longestWait).toBeLessThanOrEqual(RECHECK_INTERVAL_MS);
    t.notifier.onResume();
    t.notifier.onSettingsChanged();
    expect(t.time.pendingTimers).toBe(1);
  });

  it('shows a missed morning at once when started before noon, and not after', () => {
    const late = setUp('2026-11-24T08:10:00+01:00', { lastHandled: '2026-11-23' });
    late.notifier.start();
    expect(late.env.shown.map((n) => n.at)).toEqual([at('2026-11-24T08:10:00+01:00')]);
    late.time.advanceTo(at('2026-11-24T11:00:00+01:00'));
    expect(late.shownDates()).toEqual(['2026-11-24']);

    const afternoon = setUp('2026-11-24T12:30:00+01:00', { lastHandled: '2026-11-23' });
    afternoon.notifier.start();
    expect(afternoon.env.shown).toEqual([]);
    expect(afternoon.notifier.planned()).toMatchObject({ date: '2026-11-25' });
  });

  it('shows it once on waking at 08:10 from a sleep across 07:30', () => {
    const t = setUp('2026-11-24T07:00:00+01:00', { lastHandled: '2026-11-23' });
    t.notifier.start();
    t.time.advanceTo(at('2026-11-24T07:02:00+01:00'));
    t.time.sleepUntil(at('2026-11-24T08:10:00+01:00'));
    expect(t.env.shown).toEqual([]);

    t.notifier.onResume();
    // The screen unlocks too, and the timer from before the sleep fires late.
    t.notifier.onResume();
    t.time.advanceTo(at('2026-11-24T09:00:00+01:00'));
    expect(t.env.shown.map((n) => [n.date, n.at])).toEqual([
      ['2026-11-24', at('2026-11-24T08:10:00+01:00')],
    ]);
  });

  it('catches up within minutes of waking even without a resume event', () => {
    const t = setUp('2026-11-24T07:00:00+01:00', { lastHandled: '2026-11-23' });
    t.notifier.start();
    t.time.sleepUntil(at('2026-11-24T08:10:00+01:00'));
    t.time.advanceTo(at('2026-11-24T08:10:00+01:00') + RECHECK_INTERVAL_MS);
    expect(t.shownDates()).toEqual(['2026-11-24']);
  });

  it('skips a morning slept through past noon', () => {
    const t = setUp('2026-11-24T07:00:00+01:00', { lastHandled: '2026-11-23' });
    t.notifier.start();
    t.time.sleepUntil(at('2026-11-24T12:30:00+01:00'));
    t.notifier.onResume();
    t.time.advanceTo(at('2026-11-24T20:00:00+01:00'));
    expect(t.env.shown).toEqual([]);
    expect(t.notifier.planned()).toMatchObject({ date: '2026-11-25' });
  });

  it('shows the next day’s on waking the next morning', () => {
    const t = setUp('2026-11-24T06:00:00+01:00');
    t.notifier.start();
    t.time.advanceTo(at('2026-11-24T22:00:00+01:00'));
    t.time.sleepUntil(at('2026-11-25T08:00:00+01:00'));
    t.notifier.onResume();
    expect(t.env.shown.map((n) => [n.date, n.title])).toEqual([
      ['2026-11-24', 'Farley — Tuesday’s briefing'],
      ['2026-11-25', 'Farley — Wednesday’s briefing'],
    ]);
  });

  it('plans the next day at midnight and shows it at its 07:30', () => {
    const t = setUp('2026-11-24T07:45:00+01:00', { lastHandled: '2026-11-24' });
    t.notifier.start();
    t.time.advanceTo(at('2026-11-25T00:00:01+01:00'));
    expect(t.notifier.planned()).toMatchObject({ at: at('2026-11-25T07:30:00+01:00') });
    t.time.advanceTo(at('2026-11-25T07:30:00+01:00'));
    expect(t.env.shown.map((n) => [n.date, n.at])).toEqual([
      ['2026-11-25', at('2026-11-25T07:30:00+01:00')],
    ]);
  });

  it.each([
    ['America/New_York', '2026-03-07T20:00:00-05:00', '2026-03-08T07:30:00-04:00'],
    ['America/New_York', '2026-10-31T20:00:00-04:00', '2026-11-01T07:30:00-05:00'],
    ['Europe/Berlin', '2026-03-28T20:00:00+01:00', '2026-03-29T07:30:00+02:00'],
    ['Europe/Berlin', '2026-10-24T20:00:00+02:00', '2026-10-25T07:30:00+01:00'],
  ])('fires at 07:30 local in %s across the night the clocks change (%s)', (zone, from, due) => {
    const t = setUp(from, { zone, lastHandled: from.slice(0, 10) });
    t.notifier.start();
    t.time.advanceTo(at(due) - 1000);
    expect(t.env.shown).toEqual([]);
    t.time.advanceTo(at(due));
    expect(t.env.shown.map((n) => [n.date, n.at])).toEqual([[due.slice(0, 10), at(due)]]);
  });

  it('shows nothing while switched off', () => {
    const t = setUp('2026-11-24T06:00:00+01:00');
    t.env.settings = { enabled: false, time: '07:30' };
    t.notifier.start();
    t.time.advanceTo(at('2026-11-27T12:00:00+01:00'));
    t.notifier.onResume();
    expect(t.env.shown).toEqual([]);
    expect(t.notifier.planned()).toBeNull();
  });

  it('moves to a new time set before it', () => {
    const t = setUp('2026-11-24T06:00:00+01:00', { lastHandled: '2026-11-23' });
    t.notifier.start();
    t.env.settings = { enabled: true, time: '06:45' };
    t.notifier.onSettingsChanged();
    expect(t.notifier.planned()).toMatchObject({ at: at('2026-11-24T06:45:00+01:00') });
    t.time.advanceTo(at('2026-11-24T08:00:00+01:00'));
    expect(t.env.shown.map((n) => n.at)).toEqual([at('2026-11-24T06:45:00+01:00')]);
  });

  it('does not pop up when the new time is already gone, nor on waking after that', () => {
    const t = setUp('2026-11-24T09:00:00+01:00', { lastHandled: '2026-11-23' });
    t.env.settings = { enabled: true, time: '10:00' };
    t.notifier.start();
    t.env.settings = { enabled: true, time: '08:30' };
    t.notifier.onSettingsChanged();
    expect(t.notifier.planned()).toMatchObject({ at: at('2026-11-25T08:30:00+01:00') });
    t.time.advanceTo(at('2026-11-24T09:20:00+01:00'));
    t.time.sleepUntil(at('2026-11-24T09:40:00+01:00'));
    t.notifier.onResume();
    expect(t.env.shown).toEqual([]);

    // Moved back to a time still to come: today's is on again.
    t.env.settings = { enabled: true, time: '10:00' };
    t.notifier.onSettingsChanged();
    t.time.advanceTo(at('2026-11-24T10:00:00+01:00'));
    expect(t.env.shown.map((n) => n.at)).toEqual([at('2026-11-24T10:00:00+01:00')]);
  });

  it('does not pop up when turned on after today’s time', () => {
    const t = setUp('2026-11-24T08:00:00+01:00', { lastHandled: '2026-11-22' });
    t.env.settings = { enabled: false, time: '07:30' };
    t.notifier.start();
    t.env.settings = { enabled: true, time: '07:30' };
    t.notifier.onSettingsChanged();
    t.time.advanceTo(at('2026-11-25T07:30:00+01:00'));
    expect(t.shownDates()).toEqual(['2026-11-25']);
  });

  it('never shows a day twice: not after a new time, a restart, or a new zone', () => {
    const t = setUp('2026-11-24T07:00:00+01:00', { lastHandled: '2026-11-23' });
    t.notifier.start();
    t.time.advanceTo(at('2026-11-24T07:30:00+01:00'));
    expect(t.shownDates()).toEqual(['2026-11-24']);

    t.env.settings = { enabled: true, time: '09:00' };
    t.notifier.onSettingsChanged();
    t.time.advanceTo(at('2026-11-24T09:30:00+01:00'));
    t.notifier.stop();
    t.notifier.start();
    // Flying west: in New York it is 03:30 on the same day, before its 09:00.
    t.env.zone = 'America/New_York';
    t.notifier.onTimeZoneChanged();
    t.time.advanceTo(at('2026-11-24T11:00:00-05:00'));
    expect(t.shownDates()).toEqual(['2026-11-24']);
    expect(t.notifier.planned()).toMatchObject({ at: at('2026-11-25T09:00:00-05:00') });
  });

  it('follows a new zone to its own 07:30', () => {
    const t = setUp('2026-11-24T06:00:00+01:00', { lastHandled: '2026-11-23' });
    t.notifier.start();
    t.env.zone = 'America/New_York';
    t.notifier.onTimeZoneChanged();
    t.time.advanceTo(at('2026-11-24T07:29:00-05:00'));
    expect(t.env.shown).toEqual([]);
    t.time.advanceTo(at('2026-11-24T07:30:00-05:00'));
    expect(t.shownDates()).toEqual(['2026-11-24']);
  });

  it('stays quiet on a day without meetings, even if one is added later that morning', () => {
    const t = setUp('2026-11-24T06:00:00+01:00');
    t.env.briefingFor = (date) => briefing(date, []);
    t.notifier.start();
    t.time.advanceTo(at('2026-11-24T07:30:00+01:00'));
    expect(t.env.lastHandled).toBe('2026-11-24');
    t.env.briefingFor = (date) => briefing(date, [meeting('10:00', 'Added', [known('Ada')])]);
    t.time.advanceTo(at('2026-11-24T11:00:00+01:00'));
    t.notifier.onResume();
    expect(t.env.shown).toEqual([]);
  });

  it('tries again when the briefing cannot be read, and shows it once it can', () => {
    const t = setUp('2026-11-24T07:00:00+01:00');
    const working = t.env.briefingFor;
    t.env.briefingFor = () => {
      throw new Error('database is locked');
    };
    t.notifier.start();
    t.time.advanceTo(at('2026-11-24T07:30:00+01:00'));
    expect(t.env.errors).toEqual([new Error('database is locked')]);
    expect(t.env.lastHandled).toBeNull();

    t.env.briefingFor = working;
    t.time.advanceTo(at('2026-11-24T07:30:00+01:00') + RECHECK_INTERVAL_MS);
    expect(t.env.shown.map((n) => n.at)).toEqual([
      at('2026-11-24T07:30:00+01:00') + RECHECK_INTERVAL_MS,
    ]);
  });

  it('does not show a day again when showing it failed', () => {
    let attempts = 0;
    const t = setUp('2026-11-24T07:00:00+01:00', {
      show: () => {
        attempts++;
        throw new Error('no notification server');
      },
    });
    t.notifier.start();
    t.time.advanceTo(at('2026-11-24T11:00:00+01:00'));
    expect(attempts).toBe(1);
    expect(t.env.errors).toEqual([new Error('no notification server')]);
  });

  it('does nothing once stopped', () => {
    const t = setUp('2026-11-24T06:00:00+01:00');
    t.notifier.start();
    t.notifier.stop();
    expect(t.time.pendingTimers).toBe(0);
    t.notifier.onResume();
    t.time.advanceTo(at('2026-11-24T10:00:00+01:00'));
    expect(t.env.shown).toEqual([]);
  });
});
