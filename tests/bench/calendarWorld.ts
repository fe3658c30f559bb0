import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from './benchWorld';

const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Europe/London',
  'America/Los_Angeles',
  'Asia/Tokyo',
];
const RULES = [
  'FREQ=WEEKLY;BYDAY=MO',
  'FREQ=WEEKLY;BYDAY=TU,TH',
  'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
  'FREQ=MONTHLY;BYDAY=2TU',
  'FREQ=MONTHLY;BYDAY=-1FR',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
];

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').slice(0, 15);
const local = (d: Date) => stamp(d).replace('Z', '');

/**
 * A seeded five-year calendar: `series` recurring series (with EXDATEs and moved instances)
 * and single events up to `total` events. Returns one VCALENDAR text per UID. With `endsAt`,
 * the five years end there and every series stops (UNTIL), leaving the days after it free.
 */
export function generateCalendar(
  total: number,
  series: number,
  seed = 5,
  endsAt?: number,
): Map<string, string> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const span = 5 * 365 * 86_400_000;
  const start =
    endsAt === undefined ? Date.parse('2021-11-22T00:00:00Z') : endsAt - span - 86_400_000;
  const events = new Map<string, string>();
  for (let i = 0; i < total; i++) {
    const uid = `bench-${i}@farley`;
    const zone = pick(ZONES);
    const day = new Date(start + Math.floor(random() * span));
    day.setUTCHours(8 + Math.floor(random() * 9), random() < 0.5 ? 0 : 30, 0, 0);
    const end = new Date(day.getTime() + 30 * 60_000 * (1 + Math.floor(random() * 3)));
    const attendees = Array.from(
      { length: 2 + Math.floor(random() * 5) },
      (_, k) =>
        `ATTENDEE;CN=Person ${(i * 7 + k) % 10_000};PARTSTAT=ACCEPTED:mailto:person${(i * 7 + k) % 10_000}@example.org`,
    );
    const lines = [
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `SUMMARY:Meeting ${i}`,
      `DTSTART;TZID=${zone}:${local(day)}`,
      `DTEND;TZID=${zone}:${local(end)}`,
      ...attendees,
    ];
    const blocks: string[] = [];
    if (i < series) {
      const rule = pick(RULES);
      lines.push(
        endsAt === undefined ? `RRULE:${rule}` : `RRULE:${rule};UNTIL=${stamp(new Date(endsAt))}Z`,
      );
      const exdate = new Date(day.getTime() + 7 * 86_400_000 * (1 + Math.floor(random() * 50)));
      lines.push(`EXDATE;TZID=${zone}:${local(exdate)}`);
      const moved = new Date(day.getTime() + 7 * 86_400_000 * (51 + Math.floor(random() * 50)));
      if (endsAt === undefined || moved.getTime() < endsAt - 86_400_000)
        blocks.push(
          [
            'BEGIN:VEVENT',
            `UID:${uid}`,
            `RECURRENCE-ID;TZID=${zone}:${local(moved)}`,
            `SUMMARY:Meeting ${i} (moved)`,
            `DTSTART;TZID=${zone}:${local(new Date(moved.getTime() + 3_600_000))}`,
            `DTEND;TZID=${zone}:${local(new Date(moved.getTime() + 5_400_000))}`,
            'END:VEVENT',
          ].join('\r\n'),
        );
    }
    lines.push('END:VEVENT');
    events.set(uid, [lines.join('\r\n'), ...blocks].join('\r\n'));
  }
  return events;
}

export function writeCalendar(events: Map<string, string>, file: string, dir: string): void {
  writeFileSync(
    file,
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Farley bench//EN',
      ...events.values(),
      'END:VCALENDAR',
    ].join('\r\n'),
  );
  mkdirSync(dir, { recursive: true });
  let i = 0;
  for (const [uid, body] of events) {
    const sub = path.join(dir, `cal${i++ % 4}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(
      path.join(sub, `${uid.replace(/[^\w-]/g, '_')}.ics`),
      ['BEGIN:VCALENDAR', 'VERSION:2.0', body, 'END:VCALENDAR'].join('\r\n'),
    );
  }
}
