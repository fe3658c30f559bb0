import type { Rpc } from '../harness/coreRpc';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PersonRef } from '../../../shared/domain/person';

// A world for the briefing's browser tests, seen on Tuesday 2030-06-11 at 17:30 in Berlin.
export const DAY = '2030-06-11';
const NEXT_WEEK = '2030-06-18';
export const NOW = '2030-06-11T15:30:00.000Z'; // 17:30 in Berlin
export const ZONE = 'Europe/Berlin';
const ME = 'morgan@farley.example';

const berlin = (date: string, time: string) => `;TZID=${ZONE}:${date.replace(/-/g, '')}T${time}00`;
const me = `ATTENDEE;CN=Morgan Reed;PARTSTAT=ACCEPTED:mailto:${ME}`;
const ada = 'ATTENDEE;CN=Ada Lovelace;PARTSTAT=ACCEPTED:mailto:ada@acme.example';
const grace = 'ATTENDEE;CN=Grace Hopper;PARTSTAT=ACCEPTED:mailto:grace@navy.example';

function vevent(uid: string, lines: string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20300101T000000Z', ...lines, 'END:VEVENT'];
}

function writeCalendar(file: string): void {
  const sync = ['ORGANIZER;CN=Ada Lovelace:mailto:ada@acme.example', ada, grace, me];
  const events = [
    // A weekly series from June 4, the occurrence of June 18 moved to 10:00.
    vevent('sync@test', [
      `DTSTART${berlin('2030-06-04', '0900')}`,
      `DTEND${berlin('2030-06-04', '0930')}`,
      'RRULE:FREQ=WEEKLY;COUNT=4',
      'SUMMARY:Product sync',
      'DESCRIPTION:Weekly product sync.\\nBring this week’s numbers.',
      'LOCATION:Room 2',
      ...sync,
    ]),
    vevent('sync@test', [
      `RECURRENCE-ID${berlin(NEXT_WEEK, '0900')}`,
      `DTSTART${berlin(NEXT_WEEK, '1000')}`,
      `DTEND${berlin(NEXT_WEEK, '1030')}`,
      'SUMMARY:Product sync (moved)',
      ...sync,
    ]),
    vevent('intro@test', [
      `DTSTART${berlin(DAY, '1100')}`,
      `DTEND${berlin(DAY, '1145')}`,
      'SUMMARY:Intro with Bob',
      'LOCATION:https://meet.google.com/abc-defg-hij',
      `ORGANIZER;CN=Morgan Reed:mailto:${ME}`,
      'ATTENDEE;CN=Bob Nguyen;PARTSTAT=NEEDS-ACTION:mailto:bob@acme.example',
      me,
    ]),
    vevent('budget@test', [
      `DTSTART${berlin(DAY, '1300')}`,
      `DTEND${berlin(DAY, '1400')}`,
      'SUMMARY:Budget review',
      ada,
      `ATTENDEE;CN=Morgan Reed;PARTSTAT=DECLINED:mailto:${ME}`,
    ]),
    vevent('offsite@test', [
      'DTSTART;VALUE=DATE:20300611',
      'DTEND;VALUE=DATE:20300612',
      'SUMMARY:Team offsite',
    ]),
    vevent('linus@test', [
      `DTSTART${berlin(DAY, '1700')}`,
      `DTEND${berlin(DAY, '1800')}`,
      'SUMMARY:Call with Linus',
      'ATTENDEE;CN=Linus Torvalds;PARTSTAT=ACCEPTED:mailto:linus@kernel.example',
      me,
    ]),
    vevent('planning@test', [
      `DTSTART${berlin(DAY, '1830')}`,
      `DTEND${berlin(DAY, '1900')}`,
      'SUMMARY:Planning',
      grace,
      me,
    ]),
    vevent('breakfast@test', [
      `DTSTART${berlin('2030-06-12', '0800')}`,
      `DTEND${berlin('2030-06-12', '0900')}`,
      'SUMMARY:Breakfast with Grace',
      grace,
      me,
    ]),
  ];
  const calendar = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Farley tests//EN'];
  writeFileSync(file, [...calendar, ...events.flat(), 'END:VCALENDAR', ''].join('\r\n'));
}

/**
 * People, notes and a calendar through the core. `setNow` moves the core's clock: notes are
 * written a week before the day, and it ends standing at NOW.
 */
export async function seedBriefingWorld(
  rpc: Rpc,
  dataDir: string,
  setNow: (ms: number) => void,
): Promise<{ people: Record<'ada' | 'grace' | 'linus', PersonRef>; sourceId: string }> {
  await rpc('me.set', { name: 'Morgan Reed', emails: [ME], timeZone: ZONE });
  await rpc('organizations.create', { name: 'Acme', domains: ['acme.example'] });
  const graceRef = await rpc('people.create', {
    displayName: 'Grace Hopper',
    email: 'grace@navy.example',
  });
  const adaRef = await rpc('people.create', {
    displayName: 'Ada Lovelace',
    email: 'ada@acme.example',
  });
  const linusRef = await rpc('people.create', {
    displayName: 'Linus Torvalds',
    email: 'linus@kernel.example',
  });
  await rpc('people.update', {
    id: adaRef.id,
    patch: {
      howWeMet: 'At the Lisbon conference',
      introducedById: graceRef.id,
      roles: [{ organizationName: 'Acme', title: 'CTO' }],
      keyFacts: ['Prefers email to calls', 'Training for a marathon'],
      dates: [{ kind: 'birthday', label: '', month: 6, day: 13, year: 1990 }],
      tags: ['Investor'],
    },
  });
  await rpc('people.update', {
    id: graceRef.id,
    patch: {
      roles: [{ organizationName: 'US Navy', title: 'Rear Admiral' }],
      dates: [{ kind: 'birthday', label: '', month: 6, day: 11, year: null }],
    },
  });
  await rpc('relationships.add', { fromId: adaRef.id, toId: graceRef.id, kind: 'colleague' });

  const file = path.join(dataDir, 'work.ics');
  writeCalendar(file);
  const sourceId = (await rpc('calendars.add', { path: file })).id;
  setNow(Date.parse('2030-06-04T08:00:00.000Z'));
  await rpc('interactions.create', {
    kind: 'meeting',
    occurredAt: '2030-06-04T07:00:00.000Z',
    durationMinutes: 30,
    title: 'Product sync',
    body: 'Discussed the Q3 roadmap.\nAda shares the hiring plan next week.',
    participantIds: [adaRef.id, graceRef.id],
    event: { source: sourceId, uid: 'sync@test', recurrenceId: '2030-06-04T07:00:00.000Z' },
  });
  await rpc('followUps.create', {
    title: 'Send Ada the deck',
    dueOn: '2030-06-05',
    personIds: [adaRef.id],
  });
  setNow(Date.parse(NOW));
  return { people: { ada: adaRef, grace: graceRef, linus: linusRef }, sourceId };
}
