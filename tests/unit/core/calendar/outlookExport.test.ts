import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../../electron/core/calendar/parseIcs';
import { day, fixture } from '../../../support/calendarDay';

const outlook = fixture('outlook-exchange.ics');

describe('an Outlook / Exchange export', () => {
  it('maps Windows zone ids and Exchange display labels to IANA zones', () => {
    expect(day(outlook, '2026-11-24', 'Europe/Berlin')).toEqual([
      '09:00–10:00 Pipeline review',
      '12:30–13:00 Sync with Bangalore',
      '14:30–15:00 Call with New York',
      '19:00–20:00 West coast demo',
    ]);
    expect(day(outlook, '2026-11-25', 'Europe/Berlin')).toEqual(['01:00–01:45 Tokyo check-in']);
  });

  it('expands "last Tuesday of the month" until a UTC UNTIL east of UTC, keeping the last one', () => {
    expect(day(outlook, '2026-10-27', 'Europe/Berlin')).toEqual(['09:00–10:00 Pipeline review']);
    expect(day(outlook, '2026-11-17', 'Europe/Berlin')).toEqual([]);
    expect(day(outlook, '2026-11-24', 'UTC')).toContain('08:00–09:00 Pipeline review');
    // UNTIL=20270126T080000Z is exactly 09:00 Berlin on the last Tuesday of January.
    expect(day(outlook, '2027-01-26', 'Europe/Berlin')).toEqual(['09:00–10:00 Pipeline review']);
    expect(day(outlook, '2027-02-23', 'Europe/Berlin')).toEqual([]);
  });

  it('survives a byte-order mark, folded lines, a junk line and a broken event, saying where', () => {
    const parsed = parseIcs(outlook);
    expect(parsed.events.map((e) => e.uid)).toContain(
      '040000008200E00074C5B7101A82E00800000000B0C1A2D3E4F5A6010000000000000000100000004A1B2C3D4E5F60718293A4B5C6D7E8F9',
    );
    expect(parsed.warnings).toEqual([
      'line 86: not a calendar line, skipped',
      expect.stringMatching(/^line 87: /) as string,
    ]);
    const review = parsed.events.find((e) => e.title === 'Pipeline review');
    expect(review?.description).toBe(
      'Quarterly review of the pipeline with the sales team. Please bring the numbers for your region.\n',
    );
    expect(review?.attendees.map((a) => [a.name, a.email, a.response, a.kind])).toEqual([
      ['Müller, Jürgen', 'juergen.mueller@globex.de', 'accepted', 'INDIVIDUAL'],
      ['Ana Costa', 'ANA.COSTA@globex.de', 'tentative', 'INDIVIDUAL'],
      ['Beamer 3', 'beamer3@globex.de', 'accepted', 'RESOURCE'],
    ]);
  });
});
