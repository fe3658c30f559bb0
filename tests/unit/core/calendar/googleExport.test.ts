import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../../electron/core/calendar/parseIcs';
import { day, fixture } from '../../../support/calendarDay';

const google = fixture('google-recurring.ics');

describe('a Google Calendar export', () => {
  it('expands a weekday series in its zone, with EXDATE, a moved and a cancelled instance', () => {
    expect(day(google, '2026-11-23', 'America/New_York')).toEqual([
      'all day Offsite (3 days)',
      '09:30–10:00 Standup',
    ]);
    // The 24th's instance is cancelled by an override whose RECURRENCE-ID is written in UTC.
    expect(day(google, '2026-11-24', 'America/New_York')).toEqual([
      'all day Offsite (3 days)',
      '18:00–20:00 Late call across midnight',
    ]);
    expect(day(google, '2026-11-25', 'America/New_York')).toEqual([
      'all day Offsite (3 days)',
      '11:30–12:00 Standup (moved)',
    ]);
    // EXDATE on Thanksgiving; the all-day event's DTEND is exclusive.
    expect(day(google, '2026-11-26', 'America/New_York')).toEqual(['all day Thanksgiving']);
    expect(day(google, '2026-11-27', 'America/New_York')).toEqual(['09:30–10:00 Standup']);
  });

  it('keeps the wall time across the DST change and shows times in another zone', () => {
    expect(day(google, '2026-10-30', 'America/New_York')).toEqual(['09:30–10:00 Standup']);
    expect(day(google, '2026-11-02', 'America/New_York')).toEqual(['09:30–10:00 Standup']);
    expect(day(google, '2026-10-30', 'Europe/Berlin')).toEqual(['14:30–15:00 Standup']);
    // Berlin has left summer time a week before New York.
    expect(day(google, '2026-10-26', 'Europe/Berlin')).toEqual(['14:30–15:00 Standup']);
    expect(day(google, '2026-11-02', 'Europe/Berlin')).toEqual(['15:30–16:00 Standup']);
  });

  it('puts an event across midnight on both days', () => {
    expect(day(google, '2026-11-25', 'UTC')).toContain('23:00–01:00 Late call across midnight');
    expect(day(google, '2026-11-24', 'UTC')).toContain('23:00–01:00 Late call across midnight');
  });

  it('reads attendees with their response, kind and names with or without quotes', () => {
    const standup = parseIcs(google).events.find(
      (e) => e.uid === 'standup-123@google.com' && !e.recurrenceId,
    );
    expect(standup?.attendees.map((a) => [a.name, a.email, a.response, a.kind])).toEqual([
      ['Dana Kim', 'dana@initech.com', 'accepted', 'INDIVIDUAL'],
      ['Priya Patel', 'priya@initech.com', 'needs-action', 'INDIVIDUAL'],
      ['me@example.com', 'me@example.com', 'accepted', 'INDIVIDUAL'],
      ['Room 4B', 'c_188@resource.calendar.google.com', 'accepted', 'ROOM'],
    ]);
    expect(standup?.organizer).toEqual({ email: 'dana@initech.com', name: 'Dana Kim' });
  });
});
