import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/runCli';
import { openCore } from '../../../../electron/core/coreContext';
import { contractCalls, tempDir } from '../../../support/testCore';

const INVITE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:review-1',
  'SUMMARY:Design review',
  'DTSTART;TZID=America/New_York:20261124T093000',
  'DTEND;TZID=America/New_York:20261124T103000',
  'LOCATION:https://meet.example.com/abc',
  'ORGANIZER;CN=Dana Kim:MAILTO:DANA@INITECH.COM',
  'ATTENDEE;CN=Dana Kim;PARTSTAT=ACCEPTED:mailto:dana@initech.com',
  'ATTENDEE;CN="José Álvarez";PARTSTAT=TENTATIVE:mailto:jalvarez@personal.example',
  'ATTENDEE;CN=Sam Lee;PARTSTAT=NEEDS-ACTION:mailto:sam@initech.com',
  'ATTENDEE;CN=Alex Kim;PARTSTAT=DECLINED;ROLE=OPT-PARTICIPANT:mailto:alex.k@other.example',
  'ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:ME@example.com',
  'ATTENDEE;CUTYPE=ROOM;CN=Room 4B:mailto:room4b@initech.com',
  'ATTENDEE;CUTYPE=GROUP;CN=Design team:mailto:design@initech.com',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

let temp: ReturnType<typeof tempDir>;
let dataDir: string;
let api: ReturnType<typeof contractCalls>;
let close: () => void;
beforeEach(async () => {
  temp = tempDir('farley-agenda-');
  dataDir = path.join(temp.dir, 'data');
  const core = openCore({ dataDir, appVersion: 'test', systemTimeZone: () => 'America/New_York' });
  close = () => core.db.close();
  api = contractCalls(core);
  await api.call('me.set', { name: 'Me', emails: ['me@example.com'] });
  const dana = await api.call('people.create', {
    displayName: 'Dana Kim',
    email: 'dana@initech.com',
  });
  await api.call('people.create', { displayName: 'Jose Alvarez' });
  await api.call('people.create', { displayName: 'Alex Kim' });
  await api.call('people.create', { displayName: 'Alex Kim', email: 'alex@elsewhere.example' });
  await api.call('organizations.create', { name: 'Initech', domains: ['initech.com'] });
  void dana;
  writeFileSync(path.join(temp.dir, 'invite.ics'), INVITE);
  await api.call('calendars.add', { path: path.join(temp.dir, 'invite.ics') });
});
afterEach(() => {
  close();
  temp.remove();
});

describe('matching attendees to dossiers', () => {
  it('by email, then by name ignoring case and accents; never guessing; skipping me and rooms', async () => {
    const { meetings } = await api.call('agenda.day', { date: '2026-11-24' });
    expect(meetings).toHaveLength(1);
    expect(
      meetings[0]?.attendees.map((a) => [
        a.name ?? a.email,
        a.match,
        a.personName,
        a.response,
        a.organizer,
      ]),
    ).toEqual([
      ['Dana Kim', 'email', 'Dana Kim', 'accepted', true],
      ['José Álvarez', 'name', 'Jose Alvarez', 'tentative', false],
      ['Sam Lee', 'none', null, 'needs-action', false],
      ['Alex Kim', 'ambiguous', null, 'declined', false],
      ['Me', 'self', null, 'accepted', false],
    ]);
    expect(meetings[0]?.attendees[3]?.candidates.map((c) => c.displayName).sort()).toEqual([
      'Alex Kim',
      'Alex Kim',
    ]);
    expect(meetings[0]?.myResponse).toBe('accepted');
  });

  it('links an unmatched address to a person, or creates a dossier with the organization of its domain', async () => {
    const [alex] = await api.call('people.list', { query: 'Alex Kim', sort: 'name' });
    expect(alex).toBeDefined();
    await api.call('attendees.link', { email: 'alex.k@other.example', personId: alex?.id ?? '' });
    const sam = await api.call('attendees.createPerson', {
      name: 'Sam Lee',
      email: 'sam@initech.com',
    });
    expect(sam).toMatchObject({
      displayName: 'Sam Lee',
      emails: [{ address: 'sam@initech.com' }],
      roles: [{ organizationName: 'Initech', current: true }],
    });
    const { meetings } = await api.call('agenda.day', { date: '2026-11-24' });
    expect(meetings[0]?.attendees.map((a) => a.match)).toEqual([
      'email',
      'name',
      'email',
      'email',
      'self',
    ]);
  });
});

describe('farley agenda', () => {
  it('prints the day as JSON in the documented shape, in any zone', async () => {
    close();
    const out: string[] = [];
    const code = await runCli(
      [
        'agenda',
        '--date',
        '2026-11-24',
        '--tz',
        'Europe/Berlin',
        '--format',
        'json',
        '--data-dir',
        dataDir,
      ],
      {
        env: {},
        platform: 'linux',
        home: temp.dir,
        out: (t) => out.push(t),
        err: (t) => out.push(t),
      },
    );
    expect(code).toBe(0);
    const agenda = JSON.parse(out.join('\n')) as {
      date: string;
      timeZone: string;
      meetings: Record<string, unknown>[];
    };
    expect(agenda).toMatchObject({ date: '2026-11-24', timeZone: 'Europe/Berlin' });
    expect(agenda.meetings[0]).toMatchObject({
      title: 'Design review',
      start: '2026-11-24T15:30:00+01:00',
      end: '2026-11-24T16:30:00+01:00',
      allDay: false,
      location: 'https://meet.example.com/abc',
      status: 'confirmed',
    });
    expect((agenda.meetings[0]?.attendees as Record<string, unknown>[])[0]).toEqual(
      expect.objectContaining({
        name: 'Dana Kim',
        email: 'dana@initech.com',
        response: 'accepted',
        organizer: true,
        personName: 'Dana Kim',
        match: 'email',
        personId: expect.any(String) as string,
      }),
    );
    const bad = await runCli(['agenda', '--date', '2026-13-45', '--data-dir', dataDir], {
      env: {},
      platform: 'linux',
      home: temp.dir,
      out: () => undefined,
      err: (t) => out.push(t),
    });
    expect(bad).toBe(2);
    const zone = await runCli(['agenda', '--tz', 'Nowhere/City', '--data-dir', dataDir], {
      env: {},
      platform: 'linux',
      home: temp.dir,
      out: () => undefined,
      err: (t) => out.push(t),
    });
    expect(zone).toBe(2);
    expect(out.at(-1)).toBe('farley agenda: Unknown time zone; use a name like Europe/Berlin');
  });
});
