import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../../electron/core/calendar/parseIcs';
import { expandAll } from '../../../../electron/core/calendar/dayOccurrences';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const pad = (n: number) => String(n).padStart(2, '0');

const rule = fc.record({
  freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY'),
  monthly: fc.oneof(
    fc.constantFrom(
      'BYDAY=2TU',
      'BYDAY=-1FR',
      'BYDAY=1MO,3MO',
      'BYDAY=5WE',
      'BYDAY=TH',
      'BYDAY=-2SU',
    ),
    fc
      .integer({ min: -31, max: 31 })
      .filter((d) => d !== 0)
      .map((d) => `BYMONTHDAY=${d}`),
  ),
  interval: fc.integer({ min: 1, max: 3 }),
  byDay: fc.subarray(WEEKDAYS),
  untilDays: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
  startDay: fc.integer({ min: 0, max: 1500 }),
  hour: fc.integer({ min: 0, max: 23 }),
  allDay: fc.boolean(),
  zone: fc.constantFrom('America/New_York', 'Europe/Berlin', 'UTC', 'Asia/Tokyo'),
});

type Rule = typeof rule extends fc.Arbitrary<infer T> ? T : never;

function calendar(r: Rule): string {
  const start = new Date(Date.UTC(2022, 0, 1) + r.startDay * 86_400_000);
  const date = `${start.getUTCFullYear()}${pad(start.getUTCMonth() + 1)}${pad(start.getUTCDate())}`;
  const parts = [`FREQ=${r.freq}`, `INTERVAL=${r.interval}`];
  if (r.freq === 'MONTHLY') parts.push(r.monthly);
  else if (r.byDay.length) parts.push(`BYDAY=${r.byDay.join(',')}`);
  if (r.untilDays !== null) {
    const until = new Date(start.getTime() + r.untilDays * 86_400_000);
    parts.push(
      `UNTIL=${until.getUTCFullYear()}${pad(until.getUTCMonth() + 1)}${pad(until.getUTCDate())}${r.allDay ? '' : 'T120000Z'}`,
    );
  }
  const dtstart = r.allDay
    ? `DTSTART;VALUE=DATE:${date}`
    : `DTSTART;TZID=${r.zone}:${date}T${pad(r.hour)}3000`;
  return [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'UID:p',
    'SUMMARY:P',
    dtstart,
    'DURATION:PT30M',
    `RRULE:${parts.join(';')}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
}

describe('the fast path for plain daily, weekly and monthly rules', () => {
  it('gives exactly the instances ical.js gives, on random rules', () => {
    let compared = 0;
    fc.assert(
      fc.property(rule, (r) => {
        const { events, timezones } = parseIcs(calendar(r));
        const base = {
          userZone: 'UTC',
          timezones,
          windowStart: Date.UTC(2025, 5, 1),
          windowEnd: Date.UTC(2026, 5, 1),
        };
        const key = (o: { start: number | null; startDate: string | null }) =>
          o.start ?? o.startDate;
        const fast = expandAll(events, base).map(key);
        const exact = expandAll(events, { ...base, exactIterator: true }).map(key);
        expect(fast).toEqual(exact);
        compared += fast.length;
      }),
      { numRuns: 600, seed: 20261123 },
    );
    // The property is not vacuous: the random series do have instances in the window.
    expect(compared).toBeGreaterThan(10_000);
  });
});
