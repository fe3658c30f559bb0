import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/coreContext';
import { contractCalls, sequentialIds, tempDir } from '../../../support/testCore';
import { fixture } from '../../../support/calendarDay';

const vevent = (uid: string, summary: string, start: string, extra: string[] = []) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `SUMMARY:${summary}`,
    `DTSTART:${start}`,
    'DURATION:PT1H',
    ...extra,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

let temp: ReturnType<typeof tempDir>;
let core: ReturnType<typeof openCore>;
let api: ReturnType<typeof contractCalls>;
beforeEach(async () => {
  temp = tempDir('farley-cal-');
  core = openCore({
    dataDir: path.join(temp.dir, 'data'),
    appVersion: 'test',
    clock: () => new Date('2026-11-23T12:00:00Z'),
    newId: sequentialIds(),
    systemTimeZone: () => 'America/New_York',
  });
  api = contractCalls(core);
  await api.call('me.set', { name: 'Me', emails: ['me@example.com'] });
});
afterEach(() => {
  core.db.close();
  temp.remove();
});

const titles = async (date: string, timeZone?: string) =>
  (await api.call('agenda.day', { date, ...(timeZone ? { timeZone } : {}) })).meetings.map(
    (m) => m.title,
  );

describe('calendar sources', () => {
  it('reads a single exported file, idempotently', async () => {
    const file = path.join(temp.dir, 'work.ics');
    writeFileSync(file, fixture('google-recurring.ics'));
    const source = await api.call('calendars.add', { path: file });
    expect(source).toMatchObject({ kind: 'file', name: 'work', eventCount: 4, error: null });
    expect(await titles('2026-11-23')).toEqual(['Offsite (3 days)', 'Standup']);
    const count = () =>
      core.db.sqlite.prepare('SELECT count(*) FROM calendar_occurrences').pluck().get();
    const before = count();
    await api.call('calendars.sync', {});
    await api.call('calendars.sync', {});
    expect(count()).toBe(before);
    // Adding the same path again is the same source.
    expect((await api.call('calendars.add', { path: file })).id).toBe(source.id);
  });

  it('reads a vdir folder: nested calendars, a changed event, a deleted file, a broken file', async () => {
    const dir = path.join(temp.dir, 'vdir');
    mkdirSync(path.join(dir, 'work'), { recursive: true });
    mkdirSync(path.join(dir, 'home'), { recursive: true });
    mkdirSync(path.join(dir, '.status'), { recursive: true });
    writeFileSync(path.join(dir, 'work', 'a.ics'), vevent('a', 'Budget', '20261124T150000Z'));
    writeFileSync(path.join(dir, 'work', 'b.ics'), vevent('b', 'Hiring sync', '20261124T170000Z'));
    writeFileSync(path.join(dir, 'home', 'c.ics'), vevent('c', 'Dentist', '20261124T200000Z'));
    writeFileSync(
      path.join(dir, '.status', 'ignored.ics'),
      vevent('x', 'Ignored', '20261124T200000Z'),
    );
    const source = await api.call('calendars.add', { path: dir });
    expect(source.fileCount).toBe(3);
    expect(source.files).toEqual([]);
    expect(
      core.db.sqlite.prepare('SELECT file FROM calendar_files ORDER BY file').pluck().all(),
    ).toEqual(['home/c.ics', 'work/a.ics', 'work/b.ics']);
    expect(await titles('2026-11-24')).toEqual(['Budget', 'Hiring sync', 'Dentist']);

    writeFileSync(
      path.join(dir, 'work', 'a.ics'),
      vevent('a', 'Budget (moved)', '20261124T160000Z'),
    );
    rmSync(path.join(dir, 'home', 'c.ics'));
    writeFileSync(
      path.join(dir, 'work', 'b.ics'),
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:b\nSUMMARY:Broken\nDTSTART:garbage\nEND:VEVENT\nEND:VCALENDAR',
    );
    const [after] = await api.call('calendars.sync', { id: source.id });
    // The broken file keeps its last good copy and says why.
    expect(await titles('2026-11-24')).toEqual(['Budget (moved)', 'Hiring sync']);
    expect(after?.files.find((f) => f.file === 'work/b.ics')?.error).toMatch(
      /line 4: event "Broken" has no valid DTSTART|could not be read/,
    );

    await api.call('calendars.remove', { id: source.id });
    expect(await titles('2026-11-24')).toEqual([]);
    expect(core.db.sqlite.prepare('SELECT count(*) FROM calendar_occurrences').pluck().get()).toBe(
      0,
    );
  });

  it('refuses a path that is missing or not a calendar', async () => {
    expect(
      await api.attempt('calendars.add', { path: path.join(temp.dir, 'nope.ics') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    writeFileSync(path.join(temp.dir, 'notes.txt'), 'hello');
    expect(
      await api.attempt('calendars.add', { path: path.join(temp.dir, 'notes.txt') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('re-reads floating events when the user changes time zone, and extends the window on demand', async () => {
    const file = path.join(temp.dir, 'gym.ics');
    writeFileSync(file, vevent('g', 'Gym', '20261124T070000', ['RRULE:FREQ=YEARLY']));
    await api.call('calendars.add', { path: file });
    expect((await api.call('agenda.day', { date: '2026-11-24' })).meetings[0]?.start).toBe(
      '2026-11-24T07:00:00-05:00',
    );
    await api.call('me.set', { timeZone: 'Europe/Berlin' });
    expect((await api.call('agenda.day', { date: '2026-11-24' })).meetings[0]?.start).toBe(
      '2026-11-24T07:00:00+01:00',
    );
    expect(await titles('2031-11-24')).toEqual(['Gym']);
    expect(
      await api.attempt('agenda.day', { date: '2026-11-24', timeZone: 'Mars/Olympus' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
