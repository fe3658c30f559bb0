import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../../electron/core/calendar/parseIcs';
import { day } from '../../../support/calendarDay';

const cal = (...events: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Apple Inc.//macOS 15.1//EN',
    ...events,
    'END:VCALENDAR',
  ].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');
const NY = 'America/New_York';

describe('recurrence rules', () => {
  it('BYDAY with ordinals: the second Tuesday and the last Friday of each month', () => {
    const ics = cal(
      event(
        'UID:a',
        'SUMMARY:Board',
        'DTSTART;TZID=America/New_York:20260113T100000',
        'DTEND;TZID=America/New_York:20260113T110000',
        'RRULE:FREQ=MONTHLY;BYDAY=2TU',
      ),
      event(
        'UID:b',
        'SUMMARY:Payday drinks',
        'DTSTART;TZID=America/New_York:20260130T170000',
        'DURATION:PT1H',
        'RRULE:FREQ=MONTHLY;BYDAY=-1FR',
      ),
    );
    expect(day(ics, '2026-11-10', NY)).toEqual(['10:00–11:00 Board']);
    expect(day(ics, '2026-11-17', NY)).toEqual([]);
    expect(day(ics, '2026-11-27', NY)).toEqual(['17:00–18:00 Payday drinks']);
    expect(day(ics, '2026-11-20', NY)).toEqual([]);
  });

  it('BYMONTHDAY, BYSETPOS, YEARLY, COUNT and INTERVAL', () => {
    const ics = cal(
      event(
        'UID:c',
        'SUMMARY:Month end',
        'DTSTART;VALUE=DATE:20260131',
        'RRULE:FREQ=MONTHLY;BYMONTHDAY=-1',
      ),
      event(
        'UID:d',
        'SUMMARY:Second workday',
        'DTSTART:20260102T090000Z',
        'DTEND:20260102T093000Z',
        'RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=2',
      ),
      event('UID:e', 'SUMMARY:Anniversary', 'DTSTART;VALUE=DATE:20191124', 'RRULE:FREQ=YEARLY'),
      event(
        'UID:f',
        'SUMMARY:Course',
        'DTSTART;TZID=Europe/Paris:20261102T180000',
        'DTEND;TZID=Europe/Paris:20261102T200000',
        'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3',
      ),
    );
    expect(day(ics, '2026-11-30', 'UTC')).toEqual(['all day Month end', '17:00–19:00 Course']);
    expect(day(ics, '2026-11-03', 'UTC')).toEqual(['09:00–09:30 Second workday']);
    expect(day(ics, '2026-11-24', 'UTC')).toEqual(['all day Anniversary']);
    expect(day(ics, '2026-11-16', 'UTC')).toEqual(['17:00–19:00 Course']);
    expect(day(ics, '2026-12-14', 'UTC')).toEqual([]);
  });

  it('shows a DTSTART that does not fit its rule, and counts it in COUNT', () => {
    // Starts on a Tuesday with a Monday rule: Tue 3, Mon 9 — and COUNT=2 stops there.
    const ics = cal(
      event(
        'UID:g',
        'SUMMARY:Kickoff',
        'DTSTART:20261103T150000Z',
        'DTEND:20261103T160000Z',
        'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=2',
      ),
    );
    expect(day(ics, '2026-11-03', 'UTC')).toEqual(['15:00–16:00 Kickoff']);
    expect(day(ics, '2026-11-09', 'UTC')).toEqual(['15:00–16:00 Kickoff']);
    expect(day(ics, '2026-11-16', 'UTC')).toEqual([]);
  });

  it('RDATE without RRULE keeps DTSTART; RDATE as a PERIOD has its own length; EXDATE in another zone', () => {
    const ics = cal(
      event(
        'UID:h',
        'SUMMARY:Workshop',
        'DTSTART;TZID=Europe/London:20261124T100000',
        'DTEND;TZID=Europe/London:20261124T120000',
        'RDATE;TZID=Europe/London:20261126T100000',
        'RDATE;VALUE=PERIOD:20261127T090000Z/20261127T100000Z',
      ),
      event(
        'UID:i',
        'SUMMARY:Daily',
        'DTSTART;TZID=Europe/London:20261123T080000',
        'DTEND;TZID=Europe/London:20261123T081500',
        'RRULE:FREQ=DAILY;COUNT=5',
        'EXDATE;TZID=America/New_York:20261124T030000',
      ),
    );
    expect(day(ics, '2026-11-24', 'Europe/London')).toEqual(['10:00–12:00 Workshop']);
    expect(day(ics, '2026-11-26', 'Europe/London')).toEqual([
      '08:00–08:15 Daily',
      '10:00–12:00 Workshop',
    ]);
    expect(day(ics, '2026-11-27', 'Europe/London')).toEqual([
      '08:00–08:15 Daily',
      '09:00–10:00 Workshop',
    ]);
    expect(day(ics, '2026-11-23', 'Europe/London')).toEqual(['08:00–08:15 Daily']);
  });

  it('matches an override written in another zone by its instant; an override alone is an event', () => {
    const ics = cal(
      event(
        'UID:j',
        'SUMMARY:1:1',
        'DTSTART;TZID=America/New_York:20261102T090000',
        'DTEND;TZID=America/New_York:20261102T093000',
        'RRULE:FREQ=WEEKLY',
      ),
      event(
        'UID:j',
        'SUMMARY:1:1 (moved)',
        'RECURRENCE-ID;TZID=Europe/London:20261123T140000',
        'DTSTART;TZID=America/New_York:20261123T150000',
        'DTEND;TZID=America/New_York:20261123T153000',
      ),
      event(
        'UID:k',
        'SUMMARY:Only this one',
        'RECURRENCE-ID:20261124T160000Z',
        'DTSTART:20261124T170000Z',
        'DTEND:20261124T180000Z',
      ),
    );
    expect(day(ics, '2026-11-23', NY)).toEqual(['15:00–15:30 1:1 (moved)']);
    expect(day(ics, '2026-11-30', NY)).toEqual(['09:00–09:30 1:1']);
    expect(day(ics, '2026-11-24', NY)).toEqual(['12:00–13:00 Only this one']);
  });

  it('reads floating times in the user’s zone, and a whole cancelled event is gone', () => {
    const ics = cal(
      event('UID:l', 'SUMMARY:Gym', 'DTSTART:20261124T070000', 'DTEND:20261124T080000'),
      event(
        'UID:m',
        'SUMMARY:Called off',
        'STATUS:CANCELLED',
        'DTSTART:20261124T120000Z',
        'DTEND:20261124T130000Z',
      ),
    );
    expect(day(ics, '2026-11-24', NY)).toEqual(['07:00–08:00 Gym']);
    expect(day(ics, '2026-11-24', 'Asia/Tokyo')).toEqual(['07:00–08:00 Gym']);
  });

  it('recovers from an unclosed event and reports a file that is not a calendar', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:n',
      'SUMMARY:Unclosed',
      'DTSTART:20261124T100000Z',
      'DTEND:20261124T110000Z',
    ].join('\n');
    expect(day(ics, '2026-11-24', 'UTC')).toEqual(['10:00–11:00 Unclosed']);
    expect(parseIcs(ics).warnings).toEqual([expect.stringContaining('not closed') as string]);
    expect(() => parseIcs('hello, I am a text file')).toThrow('not a calendar file');
  });
});
