import { describe, expect, it } from 'vitest';
import { expandAll } from '../../../../electron/core/calendar/dayOccurrences';
import { parseIcs } from '../../../../electron/core/calendar/parseIcs';
import { addDays } from '../../../../electron/core/calendar/wallTime';
import {
  oneOnOneStart,
  recurrenceIdOf,
  sampleCalendar,
  sampleDays,
} from '../../../../electron/core/sample/sampleCalendar';
import { SAMPLE_PEOPLE, SAMPLE_STRANGER } from '../../../../electron/core/sample/samplePeople';
import { day } from '../../../support/calendarDay';

const ZONES = ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo', 'UTC'];
/** A Wednesday, a Saturday, and a Friday a few days before Europe's clocks change. */
const TODAYS = ['2026-11-25', '2026-11-28', '2027-03-26'];
const ME = { name: 'Robin Example', email: 'robin@example.com' };
const sampleEmails = new Set(Object.values(SAMPLE_PEOPLE).map((p) => p.email));

describe('the sample calendar', () => {
  it('covers Monday to Friday of this week and the seven days after today', () => {
    expect(sampleDays('2026-11-25')).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    const sunday = sampleDays('2026-11-29');
    expect(sunday[0]).toBe('2026-11-23');
    expect(sunday.at(-1)).toBe('2026-12-06');
  });

  it.each(ZONES.flatMap((zone) => TODAYS.map((today) => [zone, today] as const)))(
    'reads cleanly and lands at local working hours (%s, today %s)',
    (zone, today) => {
      const calendar = sampleCalendar({ today, zone, me: ME });
      const parsed = parseIcs(calendar.ics);
      expect(parsed.warnings).toEqual([]);
      // Content lines stay within 75 octets (RFC 5545 §3.1).
      for (const line of calendar.ics.split('\r\n')) {
        expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      }

      let seen = 0;
      for (const date of calendar.days) {
        const meetings = day(calendar.ics, date, zone);
        seen += meetings.length;
        if (date >= today && date <= addDays(today, 1)) expect(meetings.length).toBeGreaterThan(0);
        for (const meeting of meetings) {
          if (meeting.startsWith('all day')) continue;
          const [start, end] = meeting.slice(0, 11).split('–') as [string, string];
          expect(start >= '09:00' && end <= '17:30', `${date} ${meeting}`).toBe(true);
        }
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        const timed = meetings.filter((m) => !m.startsWith('all day')).length;
        if (weekday >= 1 && weekday <= 5) expect(timed).toBeGreaterThanOrEqual(2);
        expect(meetings.length).toBeLessThanOrEqual(6);
      }
      expect(seen).toBe(calendar.meetings);
      expect(day(calendar.ics, today, zone)).toContain('14:30–15:30 Halcyon pilot kickoff');
    },
  );

  it('invites the sample people, one stranger, a room and the user', () => {
    const calendar = sampleCalendar({ today: '2026-11-25', zone: 'Europe/Berlin', me: ME });
    const { events } = parseIcs(calendar.ics);
    const attendees = events.flatMap((e) => e.attendees);
    const people = attendees.filter((a) => a.kind === 'INDIVIDUAL');
    const emails = new Set(people.map((a) => a.email ?? ''));
    expect([...emails].filter((e) => !sampleEmails.has(e)).sort()).toEqual(
      [ME.email, SAMPLE_STRANGER.email].sort(),
    );
    expect(attendees.some((a) => a.kind === 'ROOM')).toBe(true);
    expect(new Set(attendees.map((a) => a.response))).toEqual(
      new Set(['accepted', 'tentative', 'needs-action', 'declined']),
    );
    const kickoff = events.find((e) => e.title === 'Halcyon pilot kickoff');
    expect(kickoff?.attendees.map((a) => a.email)).toContain(SAMPLE_STRANGER.email);
    expect(kickoff?.description).toContain('\n1. Goals');
    expect(events.some((e) => e.location.startsWith('https://meet.example.com/'))).toBe(true);
    expect(events.filter((e) => e.start.kind === 'date')).toHaveLength(1);
    for (const event of events.filter((e) => e.attendees.length > 0)) {
      expect(event.organizer?.email).toMatch(/@/);
    }
  });

  it('leaves the user off the invitations when their address is not known', () => {
    const calendar = sampleCalendar({ today: '2026-11-25', zone: 'Europe/Berlin', me: null });
    const emails = parseIcs(calendar.ics).events.flatMap((e) => e.attendees.map((a) => a.email));
    expect(emails).not.toContain(ME.email);
  });

  it('repeats the 1:1 weekly, with a skipped week and next week’s occurrence moved', () => {
    const zone = 'America/Los_Angeles';
    const calendar = sampleCalendar({ today: '2026-11-25', zone, me: null });
    const { events, timezones } = parseIcs(calendar.ics);
    const series = expandAll(
      events.filter((e) => e.title === 'Priya / 1:1'),
      {
        userZone: zone,
        timezones,
        windowStart: Date.parse('2026-09-01T00:00:00Z'),
        windowEnd: Date.parse('2026-12-15T00:00:00Z'),
      },
    );
    const ids = series.map((o) => o.recurrenceId);
    // This week's is today at noon; the one three weeks back was skipped.
    expect(ids).toContain(recurrenceIdOf(oneOnOneStart('2026-11-25', zone, 0)));
    expect(recurrenceIdOf(oneOnOneStart('2026-11-25', zone, 0))).toBe('2026-11-25T20:00:00.000Z');
    expect(ids).toContain(recurrenceIdOf(oneOnOneStart('2026-11-25', zone, 1)));
    expect(ids).not.toContain(recurrenceIdOf(oneOnOneStart('2026-11-25', zone, 3)));
    expect(day(calendar.ics, '2026-12-02', zone)).toContain('09:00–09:30 Priya / 1:1');
    expect(day(calendar.ics, '2026-11-18', zone)).toContain('12:00–12:30 Priya / 1:1');
  });

  it('is the same text for the same today, and moves with today', () => {
    const input = { today: '2026-11-25', zone: 'Asia/Tokyo', me: ME };
    expect(sampleCalendar(input).ics).toBe(sampleCalendar({ ...input }).ics);
    const later = sampleCalendar({ ...input, today: '2027-01-13' });
    expect(later.ics).not.toBe(sampleCalendar(input).ics);
    expect(day(later.ics, '2027-01-13', 'Asia/Tokyo')).toContain(
      '14:30–15:30 Halcyon pilot kickoff',
    );
  });
});
