import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openCore, type CoreContext } from '../../electron/core/coreContext';
import { contractCalls, sequentialIds, tempDir } from './testCore';

/**
 * A small world for briefing tests, seen on Tuesday 2026-11-24 at 10:40 in New York: a weekly
 * 1:1 (moved today, so an override), a design review with someone not in the files and a room,
 * a meeting the user declined and an all-day offsite; people with notes, follow-ups, facts,
 * dates and relationships.
 */
export const BRIEFING_DAY = '2026-11-24';
export const BRIEFING_NOW = '2026-11-24T15:40:00.000Z';
export const BRIEFING_ZONE = 'America/New_York';

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Farley tests//Briefing//EN',
  'BEGIN:VEVENT',
  'UID:offsite@initech.com',
  'DTSTART;VALUE=DATE:20261124',
  'DTEND;VALUE=DATE:20261125',
  'SUMMARY:Initech offsite',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:one-on-one@farley.test',
  'DTSTART;TZID=America/New_York:20261103T100000',
  'DTEND;TZID=America/New_York:20261103T103000',
  'RRULE:FREQ=WEEKLY;BYDAY=TU',
  'SUMMARY:Dana / Morgan 1:1',
  'LOCATION:https://meet.google.com/abc-defg-hij',
  'ORGANIZER;CN=Morgan Reed:mailto:morgan@me.example',
  'ATTENDEE;CN=Dana Kim;PARTSTAT=ACCEPTED:mailto:dana@initech.com',
  'ATTENDEE;CN=Morgan Reed;PARTSTAT=ACCEPTED:mailto:morgan@me.example',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:one-on-one@farley.test',
  'RECURRENCE-ID;TZID=America/New_York:20261124T100000',
  'DTSTART;TZID=America/New_York:20261124T103000',
  'DTEND;TZID=America/New_York:20261124T110000',
  'SUMMARY:Dana / Morgan 1:1 (moved)',
  'LOCATION:https://meet.google.com/abc-defg-hij',
  'ORGANIZER;CN=Morgan Reed:mailto:morgan@me.example',
  'ATTENDEE;CN=Dana Kim;PARTSTAT=ACCEPTED:mailto:dana@initech.com',
  'ATTENDEE;CN=Morgan Reed;PARTSTAT=ACCEPTED:mailto:morgan@me.example',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:design-review@initech.com',
  'DTSTART;TZID=America/New_York:20261124T130000',
  'DTEND;TZID=America/New_York:20261124T140000',
  'SUMMARY:Design review',
  'LOCATION:Initech HQ\\, room 4B',
  'DESCRIPTION:Agenda:\\n- API v2',
  'ORGANIZER;CN=Sam Lee:mailto:sam@initech.com',
  'ATTENDEE;CN=Sam Lee;PARTSTAT=ACCEPTED:mailto:sam@initech.com',
  'ATTENDEE;CN=Pat Doe;PARTSTAT=TENTATIVE:mailto:pat@initech.com',
  'ATTENDEE;CUTYPE=ROOM;CN=Room 4B:mailto:room4b@initech.com',
  'ATTENDEE;CN=Morgan Reed;PARTSTAT=ACCEPTED:mailto:morgan@me.example',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:budget@globex.example',
  'DTSTART;TZID=America/New_York:20261124T150000',
  'DTEND;TZID=America/New_York:20261124T153000',
  'SUMMARY:Budget sync',
  'ORGANIZER;CN=Priya Patel:mailto:priya@globex.example',
  'ATTENDEE;CN=Priya Patel;PARTSTAT=ACCEPTED:mailto:priya@globex.example',
  'ATTENDEE;CN=Morgan Reed;PARTSTAT=DECLINED:mailto:morgan@me.example',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

export interface BriefingWorld {
  core: CoreContext;
  dataDir: string;
  call: ReturnType<typeof contractCalls>['call'];
  ids: {
    dana: string;
    sam: string;
    ada: string;
    priya: string;
    initech: string;
    source: string;
    lastOneOnOne: string;
    introCall: string;
    coffee: string;
    proposal: string;
    apiDoc: string;
  };
  close: () => void;
}

export async function openBriefingWorld(): Promise<BriefingWorld> {
  const temp = tempDir('farley-briefing-');
  const dataDir = path.join(temp.dir, 'data');
  let now = Date.parse('2026-10-01T12:00:00.000Z');
  const core = openCore({
    dataDir,
    appVersion: 'test',
    clock: () => new Date(now),
    newId: sequentialIds(),
    systemTimeZone: () => BRIEFING_ZONE,
  });
  const { call } = contractCalls(core);
  await call('me.set', {
    name: 'Morgan Reed',
    emails: ['morgan@me.example'],
    timeZone: BRIEFING_ZONE,
  });
  const initech = await call('organizations.create', { name: 'Initech', domains: ['initech.com'] });
  const ada = await call('people.create', { displayName: 'Ada Lovelace' });
  const dana = await call('people.create', {
    displayName: 'Dana Kim',
    email: 'dana@initech.com',
  });
  await call('people.update', {
    id: dana.id,
    patch: {
      givenName: 'Dana',
      familyName: 'Kim',
      howWeMet: 'Dinner at Ada’s',
      introducedById: ada.id,
      roles: [{ organizationId: initech.id, title: 'VP Engineering' }],
      keyFacts: ['Two kids, Sam and Jo', 'Prefers mornings'],
      dates: [{ kind: 'birthday', label: '', month: 11, day: 26, year: 1985 }],
      tags: ['Client'],
    },
  });
  const sam = await call('people.create', { displayName: 'Sam Lee', email: 'sam@initech.com' });
  await call('people.update', {
    id: sam.id,
    patch: {
      roles: [{ organizationId: initech.id, title: 'Staff Engineer' }],
      dates: [{ kind: 'birthday', label: '', month: 11, day: 24, year: null }],
    },
  });
  const priya = await call('people.create', {
    displayName: 'Priya Patel',
    email: 'priya@globex.example',
  });
  await call('relationships.add', { fromId: dana.id, toId: sam.id, kind: 'manager' });

  const introCall = await call('interactions.create', {
    kind: 'call',
    occurredAt: '2026-10-01T14:00:00.000Z',
    title: 'Intro call',
    body: 'First call with @[Dana Kim](person:' + dana.id + ').\nShe runs the platform team.',
    participantIds: [dana.id],
  });
  const coffee = await call('interactions.create', {
    kind: 'meeting',
    occurredAt: '2026-06-01T14:00:00.000Z',
    title: 'Coffee',
    body: 'Met Sam at the meetup.',
    participantIds: [sam.id],
  });
  now = Date.parse('2026-11-17T16:00:00.000Z');
  const calendarFile = path.join(temp.dir, 'work.ics');
  writeFileSync(calendarFile, ICS);
  const source = await call('calendars.add', { path: calendarFile });
  const lastOneOnOne = await call('interactions.create', {
    kind: 'meeting',
    occurredAt: '2026-11-17T15:00:00.000Z',
    durationMinutes: 30,
    title: 'Dana / Morgan 1:1',
    body: '## Q1 plan\n- Hiring two engineers\n- Budget is tight',
    participantIds: [dana.id],
    followUps: [{ title: 'Send the proposal', dueOn: '2026-11-20', personIds: [dana.id] }],
    event: {
      source: source.id,
      uid: 'one-on-one@farley.test',
      recurrenceId: '2026-11-17T15:00:00.000Z',
    },
  });
  const apiDoc = await call('followUps.create', {
    title: 'Share the API doc',
    dueOn: '2026-11-30',
    personIds: [sam.id],
  });
  now = Date.parse(BRIEFING_NOW);
  return {
    core,
    dataDir,
    call,
    ids: {
      dana: dana.id,
      sam: sam.id,
      ada: ada.id,
      priya: priya.id,
      initech: initech.id,
      source: source.id,
      lastOneOnOne: lastOneOnOne.id,
      introCall: introCall.id,
      coffee: coffee.id,
      proposal: lastOneOnOne.followUps[0]?.id ?? '',
      apiDoc: apiDoc.id,
    },
    close() {
      core.db.close();
      temp.remove();
    },
  };
}
