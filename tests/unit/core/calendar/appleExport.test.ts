import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../../electron/core/calendar/parseIcs';
import { day, fixture } from '../../../support/calendarDay';

const apple = fixture('apple-calendar.ics');

describe('an Apple Calendar export', () => {
  it('reads zoned events with alarms, structured locations and EMAIL parameters', () => {
    expect(day(apple, '2026-11-24', 'Europe/Paris')).toEqual(['18:30–20:00 Dinner with Chloé']);
    expect(day(apple, '2026-11-24', 'America/New_York')).toEqual(['12:30–14:00 Dinner with Chloé']);
    const dinner = parseIcs(apple).events.find((e) => e.title === 'Dinner with Chloé');
    expect(dinner).toMatchObject({
      location: 'Le Petit Bistro\n12 Rue de la Paix, Paris',
      url: 'https://bistro.example/reservations/42',
      organizer: { email: 'chloe@dubois.example', name: 'Chloé Dubois' },
    });
    expect(dinner?.attendees.map((a) => [a.name, a.email, a.role])).toEqual([
      ['Chloé Dubois', 'chloe@dubois.example', 'CHAIR'],
      ['Me', 'me@example.com', 'REQ-PARTICIPANT'],
    ]);
  });

  it('shows a multi-day trip on each of its days (DTEND exclusive) and a yearly birthday', () => {
    for (const date of ['2026-11-28', '2026-11-29', '2026-12-01']) {
      expect(day(apple, date, 'Europe/Paris')).toEqual(['all day Trip to Lyon']);
    }
    expect(day(apple, '2026-12-02', 'Europe/Paris')).toEqual([]);
    expect(day(apple, '2027-03-15', 'Europe/Paris')).toEqual(['all day Chloé’s birthday']);
  });

  it('keeps the true length of an event across the spring-forward night', () => {
    // 01:30 to 03:30 wall time on the night the clocks skip 02:00–03:00 is one hour.
    expect(day(apple, '2026-03-29', 'Europe/Paris')).toEqual([
      '01:30–03:30 Night train (across the DST change)',
    ]);
    expect(day(apple, '2026-03-29', 'UTC')).toEqual([
      '00:30–01:30 Night train (across the DST change)',
    ]);
  });
});
