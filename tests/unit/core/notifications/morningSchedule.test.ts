import { describe, expect, it } from 'vitest';
import {
  isDue,
  localDateAt,
  morningSlot,
  nextMorningNotification,
  passedOverBy,
} from '../../../../electron/core/notifications/morningSchedule';

const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
const ON = { enabled: true, time: '07:30' };

describe('the morning slot of a day', () => {
  it('is the chosen local time, until noon', () => {
    expect(morningSlot('2026-11-24', '07:30', BERLIN)).toEqual({
      date: '2026-11-24',
      at: at('2026-11-24T07:30:00+01:00'),
      until: at('2026-11-24T12:00:00+01:00'),
    });
  });

  it.each([
    // Spring forward: the clocks skip 02:00–03:00; 07:30 is already in summer time.
    [NEW_YORK, '2026-03-08', '2026-03-08T07:30:00-04:00'],
    [NEW_YORK, '2026-03-07', '2026-03-07T07:30:00-05:00'],
    // Fall back: 01:00–02:00 happens twice; 07:30 is in winter time.
    [NEW_YORK, '2026-11-01', '2026-11-01T07:30:00-05:00'],
    [NEW_YORK, '2026-10-31', '2026-10-31T07:30:00-04:00'],
    [BERLIN, '2026-03-29', '2026-03-29T07:30:00+02:00'],
    [BERLIN, '2026-03-28', '2026-03-28T07:30:00+01:00'],
    [BERLIN, '2026-10-25', '2026-10-25T07:30:00+01:00'],
    [BERLIN, '2026-10-24', '2026-10-24T07:30:00+02:00'],
  ])('is 07:30 local in %s on %s, DST change or not', (zone, date, expected) => {
    const slot = morningSlot(date, '07:30', zone);
    expect(slot.at).toBe(at(expected));
    expect(localDateAt(slot.at, zone)).toBe(date);
  });

  it('falls an hour later when the spring night skips the chosen time', () => {
    expect(morningSlot('2026-03-08', '02:30', NEW_YORK).at).toBe(at('2026-03-08T03:30:00-04:00'));
  });

  it('is the first 01:30 when the autumn night has two', () => {
    expect(morningSlot('2026-11-01', '01:30', NEW_YORK).at).toBe(at('2026-11-01T01:30:00-04:00'));
  });

  it('may be shown late for an hour when the chosen time is after 11:00, never after midnight', () => {
    expect(morningSlot('2026-11-24', '13:00', BERLIN).until).toBe(at('2026-11-24T14:00:00+01:00'));
    expect(morningSlot('2026-11-24', '23:30', BERLIN).until).toBe(at('2026-11-25T00:00:00+01:00'));
  });

  it('refuses a time that is not HH:MM', () => {
    expect(() => morningSlot('2026-11-24', '25:00', BERLIN)).toThrow(/Not a time of day/);
  });
});

describe('the next morning notification', () => {
  const next = (now: string, lastHandledDate: string | null = null, more = {}) =>
    nextMorningNotification({
      now: at(now),
      settings: ON,
      timeZone: BERLIN,
      lastHandledDate,
      ...more,
    });

  it('is this morning’s when it is still to come', () => {
    const slot = next('2026-11-24T06:00:00+01:00', '2026-11-23');
    expect(slot).toMatchObject({ date: '2026-11-24', at: at('2026-11-24T07:30:00+01:00') });
    expect(isDue(slot!, at('2026-11-24T06:00:00+01:00'))).toBe(false);
    expect(isDue(slot!, at('2026-11-24T07:30:00+01:00'))).toBe(true);
  });

  it('is this morning’s, due now, when it was missed and it is not yet noon', () => {
    const slot = next('2026-11-24T08:10:00+01:00', '2026-11-23');
    expect(slot?.date).toBe('2026-11-24');
    expect(isDue(slot!, at('2026-11-24T08:10:00+01:00'))).toBe(true);
    expect(next('2026-11-24T11:59:00+01:00')?.date).toBe('2026-11-24');
  });

  it('is tomorrow’s once noon has passed without one', () => {
    const slot = next('2026-11-24T12:00:00+01:00', '2026-11-23');
    expect(slot).toMatchObject({ date: '2026-11-25', at: at('2026-11-25T07:30:00+01:00') });
  });

  it('is tomorrow’s once today’s was handled', () => {
    expect(next('2026-11-24T07:31:00+01:00', '2026-11-24')?.date).toBe('2026-11-25');
    expect(next('2026-11-24T06:00:00+01:00', '2026-11-24')?.date).toBe('2026-11-25');
  });

  it('is tomorrow’s just after midnight ends a handled day', () => {
    expect(next('2026-11-25T00:00:00+01:00', '2026-11-24')).toMatchObject({
      date: '2026-11-25',
      at: at('2026-11-25T07:30:00+01:00'),
    });
  });

  it('skips a day the user passed over', () => {
    expect(next('2026-11-24T09:00:00+01:00', null, { passedOverDate: '2026-11-24' })?.date).toBe(
      '2026-11-25',
    );
  });

  it('skips days already handled in a zone further east', () => {
    // Shown in Tokyo on the 25th; back in Berlin it is still the 24th there.
    expect(next('2026-11-24T20:00:00+01:00', '2026-11-25')?.date).toBe('2026-11-26');
  });

  it('is nothing when switched off', () => {
    expect(
      nextMorningNotification({
        now: at('2026-11-24T06:00:00+01:00'),
        settings: { enabled: false, time: '07:30' },
        timeZone: BERLIN,
        lastHandledDate: null,
      }),
    ).toBeNull();
  });
});

describe('a change in the settings', () => {
  const state = (now: string, time: string, lastHandledDate: string | null) => ({
    now: at(now),
    settings: { enabled: true, time },
    timeZone: BERLIN,
    lastHandledDate,
  });

  it('passes today over when its new time is already gone', () => {
    expect(passedOverBy(state('2026-11-24T09:00:00+01:00', '08:30', '2026-11-23'))).toBe(
      '2026-11-24',
    );
  });

  it('passes nothing over when the new time is still to come or today was handled', () => {
    expect(passedOverBy(state('2026-11-24T09:00:00+01:00', '10:00', '2026-11-23'))).toBeNull();
    expect(passedOverBy(state('2026-11-24T09:00:00+01:00', '08:30', '2026-11-24'))).toBeNull();
  });
});
