import { describe, expect, it } from 'vitest';
import type { AgendaMeeting } from '../../../../shared/domain/calendar';
import {
  addDays,
  daysBetween,
  firstDayOfWeek,
  isIsoDate,
  todayIn,
  weekOf,
} from '../../../../renderer/features/calendar/dates';
import {
  busyMinutes,
  durationText,
  midnightIn,
  peopleSummary,
  placeOf,
  visibleAttendees,
} from '../../../../renderer/features/calendar/meetingText';

const meeting = (extra: Partial<AgendaMeeting>): AgendaMeeting => ({
  key: { source: 's', uid: 'u', recurrenceId: '' },
  title: 'Sync',
  start: '2030-06-11T09:00:00+02:00',
  end: '2030-06-11T10:00:00+02:00',
  allDay: false,
  location: '',
  description: '',
  url: '',
  status: 'confirmed',
  myResponse: null,
  calendar: 'Work',
  attendees: [],
  ...extra,
});

const person = (name: string, extra: Partial<AgendaMeeting['attendees'][number]> = {}) => ({
  name,
  email: `${name.toLowerCase()}@example.com`,
  response: 'accepted' as const,
  organizer: false,
  optional: false,
  personId: null,
  personName: null,
  match: 'none' as const,
  candidates: [],
  ...extra,
});

describe('calendar days', () => {
  it('counts days across month ends and clock changes', () => {
    expect(addDays('2030-02-28', 1)).toBe('2030-03-01');
    expect(addDays('2030-03-31', -31)).toBe('2030-02-28');
    expect(addDays('2030-10-26', 2)).toBe('2030-10-28');
    expect(daysBetween('2030-03-30', '2030-04-01')).toBe(2);
  });

  it('knows "today" in the user’s zone, not the computer’s', () => {
    const instant = new Date('2030-06-11T23:30:00Z');
    expect(todayIn('Europe/Berlin', instant)).toBe('2030-06-12');
    expect(todayIn('America/New_York', instant)).toBe('2030-06-11');
  });

  it('lays out a week from the locale’s first day', () => {
    expect(weekOf('2030-06-11', 1)).toEqual([
      '2030-06-10',
      '2030-06-11',
      '2030-06-12',
      '2030-06-13',
      '2030-06-14',
      '2030-06-15',
      '2030-06-16',
    ]);
    expect(weekOf('2030-06-09', 0)[0]).toBe('2030-06-09');
    expect(weekOf('2030-06-08', 0)[6]).toBe('2030-06-08');
    expect(firstDayOfWeek('de-DE')).toBe(1);
    expect(firstDayOfWeek('not a locale')).toBe(1);
  });

  it('accepts only dates that exist', () => {
    expect(isIsoDate('2030-06-11')).toBe(true);
    expect(isIsoDate('2030-02-30')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('meeting text', () => {
  it('says how long a meeting lasts', () => {
    expect(durationText(0)).toBe('');
    expect(durationText(15)).toBe('15 min');
    expect(durationText(60)).toBe('1 h');
    expect(durationText(90)).toBe('1 h 30 min');
    expect(durationText(1440 + 180)).toBe('1 d 3 h');
  });

  it('finds the start of a day in a zone, on the days the clocks change too', () => {
    expect(new Date(midnightIn('2030-06-11', 'Europe/Berlin')).toISOString()).toBe(
      '2030-06-10T22:00:00.000Z',
    );
    expect(new Date(midnightIn('2030-03-31', 'Europe/Berlin')).toISOString()).toBe(
      '2030-03-30T23:00:00.000Z',
    );
    expect(new Date(midnightIn('2030-11-03', 'America/New_York')).toISOString()).toBe(
      '2030-11-03T04:00:00.000Z',
    );
  });

  it('adds up busy time once for overlaps, clipped to the day, without declined meetings', () => {
    const day = [
      meeting({ start: '2030-06-11T09:00:00+02:00', end: '2030-06-11T10:00:00+02:00' }),
      meeting({ start: '2030-06-11T09:30:00+02:00', end: '2030-06-11T10:30:00+02:00' }),
      meeting({
        start: '2030-06-11T12:00:00+02:00',
        end: '2030-06-11T13:00:00+02:00',
        myResponse: 'declined',
      }),
      meeting({ start: '2030-06-11T23:00:00+02:00', end: '2030-06-12T01:00:00+02:00' }),
      meeting({ allDay: true, start: '2030-06-11', end: '2030-06-12' }),
    ];
    expect(busyMinutes(day, '2030-06-11', 'Europe/Berlin')).toBe(90 + 60);
  });

  it('shows a link in the location, or a call link in the notes, as "Join"', () => {
    expect(placeOf(meeting({ location: 'https://meet.example.com/abc' }))).toEqual({
      where: '',
      join: 'https://meet.example.com/abc',
      page: null,
    });
    expect(placeOf(meeting({ location: 'Room 4 - https://zoom.us/j/1.' }))).toEqual({
      where: 'Room 4',
      join: 'https://zoom.us/j/1',
      page: null,
    });
    expect(
      placeOf(
        meeting({
          location: 'Café Central',
          description: 'Agenda: https://docs.example.com/x\nJoin: https://meet.google.com/abc-def',
          url: 'https://calendar.example.com/event/1',
        }),
      ),
    ).toEqual({
      where: 'Café Central',
      join: 'https://meet.google.com/abc-def',
      page: 'https://calendar.example.com/event/1',
    });
    // Only web links are links.
    expect(placeOf(meeting({ url: 'javascript:alert(1)' })).page).toBeNull();
  });

  it('lists the organizer first and leaves the user out', () => {
    const m = meeting({
      attendees: [
        person('Bob'),
        person('Morgan', { match: 'self' }),
        person('Ada', { organizer: true }),
        person('Cy'),
        person('Di'),
      ],
    });
    expect(visibleAttendees(m).map((a) => a.name)).toEqual(['Ada', 'Bob', 'Cy', 'Di']);
    expect(peopleSummary(m)).toBe('Ada, Bob and 2 others');
  });
});
