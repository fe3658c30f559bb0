import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type CoreContext } from '../../../../electron/core/coreContext';
import { contractCalls, sequentialIds, tempDir } from '../../../support/testCore';

/** A core whose clock stands still until moved, in UTC, with the user known. */
async function openWorld(nowIso: string) {
  const temp = tempDir('farley-today-');
  let now = Date.parse(nowIso);
  const core: CoreContext = openCore({
    dataDir: path.join(temp.dir, 'data'),
    appVersion: 'test',
    clock: () => new Date(now),
    newId: sequentialIds(),
    systemTimeZone: () => 'UTC',
  });
  const { call, attempt } = contractCalls(core);
  await call('me.set', { name: 'Morgan Reed', emails: ['morgan@me.example'], timeZone: 'UTC' });
  return {
    call,
    attempt,
    setNow: (iso: string) => (now = Date.parse(iso)),
    person: async (displayName: string) => (await call('people.create', { displayName })).id,
    birthday: (id: string, month: number, day: number, year: number | null = null) =>
      call('people.update', {
        id,
        patch: { dates: [{ kind: 'birthday', label: '', month, day, year }] },
      }),
    close: () => {
      core.db.close();
      temp.remove();
    },
  };
}

let world: Awaited<ReturnType<typeof openWorld>>;
afterEach(() => world.close());

describe('insights.today: follow-ups due', () => {
  it('lists open follow-ups due on or before the day, the most overdue first, with a total', async () => {
    world = await openWorld('2026-11-24T09:00:00.000Z');
    const ada = await world.person('Ada Lovelace');
    const grace = await world.person('Grace Hopper');
    const add = (title: string, dueOn: string | null, personIds: string[] = []) =>
      world.call('followUps.create', { title, dueOn, personIds });
    await add('Due today', '2026-11-24', [ada]);
    await add('Long overdue', '2026-11-02', [grace, ada]);
    await add('Next week', '2026-12-01', [ada]);
    await add('Someday', null, [ada]);
    const done = await add('Done already', '2026-11-20', [ada]);
    await world.call('followUps.update', { id: done.id, done: true });

    const panel = await world.call('insights.today', { date: '2026-11-24' });
    expect(panel.date).toBe('2026-11-24');
    expect(panel.followUpsDue.total).toBe(2);
    expect(panel.followUpsDue.items.map((f) => [f.title, f.dueOn])).toEqual([
      ['Long overdue', '2026-11-02'],
      ['Due today', '2026-11-24'],
    ]);
    expect(panel.followUpsDue.items[0]?.people).toEqual([
      { id: ada, displayName: 'Ada Lovelace' },
      { id: grace, displayName: 'Grace Hopper' },
    ]);

    // Seen from a later day, next week's is due too.
    const later = await world.call('insights.today', { date: '2026-12-01' });
    expect(later.followUpsDue.items.map((f) => f.title)).toEqual([
      'Long overdue',
      'Due today',
      'Next week',
    ]);
  });

  it('shows the first ten and counts the rest', async () => {
    world = await openWorld('2026-11-24T09:00:00.000Z');
    for (let i = 1; i <= 12; i++)
      await world.call('followUps.create', {
        title: `Task ${i}`,
        dueOn: `2026-11-${String(i).padStart(2, '0')}`,
      });
    const panel = await world.call('insights.today', { date: '2026-11-24' });
    expect(panel.followUpsDue.total).toBe(12);
    expect(panel.followUpsDue.items).toHaveLength(10);
    expect(panel.followUpsDue.items[0]?.title).toBe('Task 1');
    expect(panel.followUpsDue.items[9]?.title).toBe('Task 10');
  });
});

describe('insights.today: dates this week', () => {
  it('counts seven days from the day, across the year end, with the age when the year is known', async () => {
    world = await openWorld('2026-12-28T09:00:00.000Z');
    const ada = await world.person('Ada Lovelace');
    const grace = await world.person('Grace Hopper');
    const linus = await world.person('Linus Torvalds');
    const bob = await world.person('Bob Nguyen');
    const gone = await world.person('Gone Person');
    await world.birthday(ada, 12, 31, 1990);
    await world.birthday(grace, 1, 3, null);
    await world.birthday(linus, 1, 4, 1969); // the eighth day: next week
    await world.birthday(gone, 12, 29, 1980);
    await world.call('people.archive', { id: gone });
    await world.call('people.update', {
      id: bob,
      patch: {
        dates: [{ kind: 'anniversary', label: 'Work anniversary', month: 12, day: 28, year: 2020 }],
      },
    });

    const panel = await world.call('insights.today', { date: '2026-12-28' });
    expect(panel.datesThisWeek.total).toBe(3);
    expect(panel.datesThisWeek.items).toEqual([
      {
        person: { id: bob, displayName: 'Bob Nguyen' },
        kind: 'anniversary',
        label: 'Work anniversary',
        date: '2026-12-28',
        daysAway: 0,
        years: 6,
      },
      {
        person: { id: ada, displayName: 'Ada Lovelace' },
        kind: 'birthday',
        label: 'Birthday',
        date: '2026-12-31',
        daysAway: 3,
        years: 36,
      },
      {
        person: { id: grace, displayName: 'Grace Hopper' },
        kind: 'birthday',
        label: 'Birthday',
        date: '2027-01-03',
        daysAway: 6,
        years: null,
      },
    ]);
  });

  it('keeps a 29 February birthday on 28 February in other years', async () => {
    world = await openWorld('2027-02-25T09:00:00.000Z');
    const leapling = await world.person('Leap Ling');
    await world.birthday(leapling, 2, 29, 2000);
    const panel = await world.call('insights.today', { date: '2027-02-25' });
    expect(panel.datesThisWeek.items).toMatchObject([
      { person: { id: leapling }, date: '2027-02-28', daysAway: 3, years: 27 },
    ]);
    const leapYear = await world.call('insights.today', { date: '2028-02-25' });
    expect(leapYear.datesThisWeek.items).toMatchObject([{ date: '2028-02-29', daysAway: 4 }]);
  });
});

describe('insights.today: reach out and going cold', () => {
  it('shows the top five of each ranking with their totals', async () => {
    world = await openWorld('2026-03-01T12:00:00.000Z');
    // Seen often until early spring, then nothing: going cold by autumn.
    const names = ['Ada', 'Bea', 'Cal', 'Dee', 'Eve', 'Fay', 'Gil'];
    const ids: string[] = [];
    for (const name of names) ids.push(await world.person(name));
    for (const [i, id] of ids.entries()) {
      for (let k = 0; k < 4 + i; k++)
        await world.call('interactions.create', {
          kind: 'call',
          occurredAt: `2026-0${3 + (k % 4)}-1${k % 10}T10:00:00.000Z`,
          participantIds: [id],
        });
      await world.call('people.setCadence', { id, cadence: 'monthly' });
    }
    world.setNow('2026-10-01T12:00:00.000Z');

    const panel = await world.call('insights.today', { date: '2026-10-01' });
    const reachOut = await world.call('insights.reachOut', { limit: 5 });
    const goingCold = await world.call('insights.goingCold', { limit: 5 });
    expect(panel.reachOut).toEqual({ items: reachOut, total: 7 });
    expect(panel.goingCold).toEqual({ items: goingCold, total: 7 });
    expect(panel.goingCold.items[0]?.person.displayName).toBe('Gil');
  });

  it('is empty in an empty store, and refuses a date that is not one', async () => {
    world = await openWorld('2026-10-01T12:00:00.000Z');
    const panel = await world.call('insights.today', { date: '2026-10-01' });
    const none = { items: [], total: 0 };
    expect(panel).toEqual({
      date: '2026-10-01',
      followUpsDue: none,
      reachOut: none,
      datesThisWeek: none,
      goingCold: none,
    });
    const bad = await world.attempt('insights.today', { date: '2026-02-30' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/date/i);
  });
});
