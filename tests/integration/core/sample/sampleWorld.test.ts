import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/runCli';
import { loadSampleWorld, sampleCalendarFile } from '../../../../electron/core/sample/sampleWorld';
import { SAMPLE_PEOPLE, SAMPLE_STRANGER } from '../../../../electron/core/sample/samplePeople';
import { addDays } from '../../../../electron/core/calendar/wallTime';
import { contractCalls, openTestCore, tempDir } from '../../../support/testCore';

// The test clock starts on Monday 2026-11-23 at 09:00 UTC: 10:00 in Berlin.
const TODAY = '2026-11-23';
const ME = 'robin@example.com';

let core: ReturnType<typeof openTestCore>;
let api: ReturnType<typeof contractCalls>;
beforeEach(async () => {
  core = openTestCore();
  api = contractCalls(core);
  // Setting who the user is does not count as content: the welcome is still offered.
  await api.call('me.set', { name: 'Robin', emails: [ME], timeZone: 'Europe/Berlin' });
});
afterEach(() => core.close());

const count = (table: string) =>
  core.db.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

async function contents() {
  const followUps = await api.call('followUps.list', { today: TODAY });
  return {
    people: (await api.call('people.list', {})).length,
    organizations: (await api.call('organizations.list', {})).length,
    interactions: count('interactions'),
    followUps: Object.values(followUps).flat().length,
    calendars: (await api.call('calendars.list', {})).length,
  };
}

describe('the first-run sample world', () => {
  it('is offered on an empty store and fills it with people, notes and this week’s calendar', async () => {
    expect(await api.call('welcome.get', {})).toEqual({ show: true });
    const report = await api.call('welcome.loadSample', {});
    expect(report.people).toBeGreaterThanOrEqual(8);
    expect(report.interactions).toBeGreaterThanOrEqual(20);
    expect(await contents()).toEqual({
      people: report.people,
      organizations: report.organizations,
      interactions: report.interactions,
      followUps: report.followUps,
      calendars: 1,
    });
    expect(await api.call('welcome.get', {})).toEqual({ show: false });
    expect(await api.call('me.get', {})).toMatchObject({ name: 'Robin', emails: [ME] });

    const [source] = await api.call('calendars.list', {});
    expect(source?.name).toBe('Sample calendar');
    expect(source?.files.flatMap((f) => [f.error, ...f.warnings]).filter(Boolean)).toEqual([]);

    const followUps = await api.call('followUps.list', { today: TODAY });
    expect(followUps.overdue).toHaveLength(1);
    expect(followUps.upcoming.some((f) => (f.dueOn ?? '') <= addDays(TODAY, 4))).toBe(true);
    expect(followUps.someday.length).toBeGreaterThan(0);
    expect(followUps.done.length).toBeGreaterThan(0);

    let meetings = 0;
    for (let date = TODAY; date <= addDays(TODAY, 7); date = addDays(date, 1)) {
      meetings += (await api.call('agenda.day', { date })).meetings.length;
    }
    expect(meetings).toBe(report.meetings);
  });

  it('gives today a real agenda: known people by email, the user, and one stranger', async () => {
    await api.call('welcome.loadSample', {});
    const { meetings } = await api.call('agenda.day', { date: TODAY });
    expect(meetings.length).toBeGreaterThanOrEqual(3);
    const attendees = meetings.flatMap((m) => m.attendees);
    const known = attendees.filter((a) => a.match === 'email');
    expect(known.length).toBeGreaterThan(3);
    for (const a of known) {
      const person = Object.values(SAMPLE_PEOPLE).find((p) => p.email === a.email);
      expect(a.personName).toBe(person?.displayName);
    }
    const strangers = attendees.filter((a) => a.match === 'none');
    expect(new Set(strangers.map((a) => a.email))).toEqual(new Set([SAMPLE_STRANGER.email]));
    expect(attendees.some((a) => a.match === 'self')).toBe(true);
    for (const m of meetings) {
      const hour = m.start.slice(11, 16);
      expect(hour >= '09:00' && hour < '17:30', `${m.title} at ${m.start}`).toBe(true);
      expect(m.calendar).toBe('Sample calendar');
    }
  });

  it('links earlier 1:1s to their occurrences, so the briefing shows the last one', async () => {
    await api.call('welcome.loadSample', {});
    const briefing = await api.call('briefing.day', { date: TODAY });
    const oneOnOne = briefing.meetings.find((m) => m.title === 'Priya / 1:1');
    expect(oneOnOne?.previousInSeries?.start).toBe(`${addDays(TODAY, -7)}T12:00:00+01:00`);
    expect(oneOnOne?.previousInSeries?.interaction.body).toContain('Release now on the 1st');
    const priya = oneOnOne?.attendees.find((a) => a.dossier?.displayName === 'Priya Raman');
    expect(priya?.dossier?.upcomingDates.map((d) => [d.kind, d.daysAway])).toEqual([
      ['birthday', 3],
    ]);
    expect(priya?.dossier?.keyFacts.length).toBeGreaterThan(0);
    expect(briefing.summary.overdueFollowUps).toBeGreaterThanOrEqual(0);
  });

  it('is refused on a store that is no longer empty, and changes nothing', async () => {
    await api.call('welcome.loadSample', {});
    const before = await contents();
    const again = await api.attempt('welcome.loadSample', {});
    expect(again.ok ? null : again.error.code).toBe('conflict');
    expect(again.ok ? '' : again.error.message).toMatch(/only be loaded into an empty Farley/);
    expect(await contents()).toEqual(before);
  });

  it('is not offered once the user has a person of their own, and refuses to mix in', async () => {
    await api.call('people.create', { displayName: 'Ada Lovelace' });
    expect(await api.call('welcome.get', {})).toEqual({ show: false });
    const attempt = await api.attempt('welcome.loadSample', {});
    expect(attempt.ok ? null : attempt.error.code).toBe('conflict');
    expect((await contents()).people).toBe(1);
  });

  it('stays hidden after "start empty", and the sample can still be loaded later', async () => {
    expect(await api.call('welcome.dismiss', {})).toEqual({ show: false });
    expect(await api.call('welcome.get', {})).toEqual({ show: false });
    expect((await contents()).people).toBe(0);
    await api.call('welcome.loadSample', {});
    expect((await contents()).people).toBeGreaterThan(0);
  });

  it('leaves the store as it was when the calendar cannot be written', async () => {
    // A folder where the file should go: people and organizations are written before it fails.
    mkdirSync(sampleCalendarFile(core), { recursive: true });
    expect(() => loadSampleWorld(core)).toThrow(/sample calendar could not be written/);
    const attempt = await api.attempt('welcome.loadSample', {});
    expect(attempt.ok ? null : attempt.error.code).toBe('internal');
    expect(await contents()).toEqual({
      people: 0,
      organizations: 0,
      interactions: 0,
      followUps: 0,
      calendars: 0,
    });
    expect(count('tags')).toBe(0);
    expect(await api.call('welcome.get', {})).toEqual({ show: true });
  });
});

describe('farley sample', () => {
  it('loads the sample world into an empty data folder, and refuses a second time', async () => {
    const temp = tempDir('farley-sample-cli-');
    const out: string[] = [];
    const err: string[] = [];
    const run = () =>
      runCli(['sample', '--data-dir', path.join(temp.dir, 'data')], {
        env: {},
        platform: 'linux',
        home: temp.dir,
        now: () => new Date('2026-11-23T09:00:00Z'),
        out: (t) => out.push(t),
        err: (t) => err.push(t),
      });
    try {
      expect(await run()).toBe(0);
      expect(out.join('\n')).toMatch(/^Loaded the sample world: 10 people at 4 organizations/);
      expect(await run()).toBe(2);
      expect(err).toEqual([
        'farley sample: The sample data can only be loaded into an empty Farley, and this one already has people, notes or calendars. Nothing was changed.',
      ]);
    } finally {
      temp.remove();
    }
  });
});
