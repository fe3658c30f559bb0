import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type CoreContext } from '../../../../electron/core/coreContext';
import { contractCalls, sequentialIds, tempDir } from '../../../support/testCore';

/** A core whose clock stands still until moved, in UTC, with the user's address known. */
async function openWorld() {
  const temp = tempDir('farley-cadence-');
  let now = Date.parse('2026-10-01T12:00:00.000Z');
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
    dir: temp.dir,
    setNow: (iso: string) => (now = Date.parse(iso)),
    person: async (displayName: string, email?: string) =>
      (await call('people.create', { displayName, ...(email ? { email } : {}) })).id,
    log: (personId: string, occurredAt: string, kind: 'call' | 'in_person' = 'call') =>
      call('interactions.create', { kind, occurredAt, participantIds: [personId] }),
    close: () => {
      core.db.close();
      temp.remove();
    },
  };
}

let world: Awaited<ReturnType<typeof openWorld>>;
afterEach(() => world.close());

const meeting = (uid: string, day: string, myResponse: string) =>
  [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTART:${day}T150000Z`,
    `DTEND:${day}T153000Z`,
    'SUMMARY:Catch-up',
    'ORGANIZER;CN=Morgan Reed:mailto:morgan@me.example',
    'ATTENDEE;CN=Ada;PARTSTAT=ACCEPTED:mailto:ADA@example.com',
    `ATTENDEE;CN=Morgan Reed;PARTSTAT=${myResponse}:mailto:morgan@me.example`,
    'END:VEVENT',
  ].join('\r\n');

describe('cadence due and overdue', () => {
  it('is due a cadence after the last contact, by date, and a logged interaction resets it', async () => {
    world = await openWorld();
    const ada = await world.person('Ada Lovelace');
    await world.call('people.setCadence', { id: ada, cadence: 'monthly' });
    await world.log(ada, '2026-10-01T10:00:00.000Z');

    world.setNow('2026-10-30T23:59:00.000Z');
    expect(await world.call('insights.reachOut', {})).toEqual([]);

    world.setNow('2026-10-31T00:00:00.000Z');
    const [due] = await world.call('insights.reachOut', {});
    expect(due).toMatchObject({
      person: { id: ada, displayName: 'Ada Lovelace' },
      cadence: 'monthly',
      cadenceFrom: 'person',
      lastContactAt: '2026-10-01T10:00:00.000Z',
      dueOn: '2026-10-31',
      daysOverdue: 0,
      reason: 'monthly; last spoke 30 days ago',
    });

    world.setNow('2026-11-17T09:00:00.000Z');
    const [overdue] = await world.call('insights.reachOut', {});
    expect(overdue?.daysOverdue).toBe(17);
    expect(overdue?.reason).toBe('monthly; last spoke 47 days ago');

    await world.log(ada, '2026-11-17T08:00:00.000Z');
    expect(await world.call('insights.reachOut', {})).toEqual([]);
  });

  it('counts a meeting that took place, not one the user declined or one still ahead', async () => {
    world = await openWorld();
    const ada = await world.person('Ada Lovelace', 'ada@example.com');
    await world.call('people.setCadence', { id: ada, cadence: '2w' });
    await world.log(ada, '2026-10-01T10:00:00.000Z');
    world.setNow('2026-11-20T12:00:00.000Z');
    const file = path.join(world.dir, 'work.ics');
    const calendar = (events: string[]) =>
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', ...events, 'END:VCALENDAR', ''].join(
        '\r\n',
      );
    writeFileSync(
      file,
      calendar([
        meeting('declined@t', '20261115', 'DECLINED'),
        meeting('ahead@t', '20261120', 'ACCEPTED'),
      ]),
    );
    const source = await world.call('calendars.add', { path: file });
    // The declined one is past, the accepted one not over yet (15:30 UTC): neither counts.
    const [before] = await world.call('insights.reachOut', {});
    expect(before?.lastContactAt).toBe('2026-10-01T10:00:00.000Z');

    writeFileSync(file, calendar([meeting('past@t', '20261112', 'ACCEPTED')]));
    await world.call('calendars.sync', { id: source.id });
    expect(await world.call('insights.reachOut', {})).toEqual([]);
    const warmth = await world.call('insights.warmth', { personId: ada });
    expect(warmth.explanation).toBe('1 interaction and 1 meeting in 90 days, last 8 days ago');

    world.setNow('2026-11-26T08:00:00.000Z');
    const [after] = await world.call('insights.reachOut', {});
    expect(after).toMatchObject({
      lastContactAt: '2026-11-12T15:00:00.000Z',
      dueOn: '2026-11-26',
      daysOverdue: 0,
      reason: 'every 2 weeks; last spoke 14 days ago',
    });
  });
});

describe('cadence sources', () => {
  it('takes a tag’s cadence unless the person has their own, and none opts out', async () => {
    world = await openWorld();
    const bob = await world.person('Bob');
    const carol = await world.person('Carol');
    const dan = await world.person('Dan');
    await world.call('people.update', { id: bob, patch: { tags: ['Friend', 'Client'] } });
    await world.call('people.update', { id: carol, patch: { tags: ['Client'] } });
    await world.call('people.update', { id: dan, patch: { tags: ['Client'] } });
    const tags = await world.call('tags.list', {});
    const tagId = (name: string) => tags.find((t) => t.name === name)?.id ?? '';
    expect(
      await world.call('tags.setCadence', { id: tagId('Client'), cadence: 'monthly' }),
    ).toEqual({
      id: tagId('Client'),
      name: 'Client',
      color: expect.any(String) as string,
      cadence: 'monthly',
    });
    await world.call('tags.setCadence', { id: tagId('Friend'), cadence: 'quarterly' });
    await world.call('people.setCadence', { id: carol, cadence: 'none' });
    const danPerson = await world.call('people.setCadence', { id: dan, cadence: 'yearly' });
    expect(danPerson.id).toBe(dan);

    const list = await world.call('insights.reachOut', {});
    expect(list.map((i) => [i.person.displayName, i.cadence, i.cadenceFrom])).toEqual([
      ['Bob', 'monthly', { tag: 'Client' }],
      ['Dan', 'yearly', 'person'],
    ]);
    expect(list[0]?.reason).toBe('monthly; never in touch yet');

    await world.call('people.setCadence', { id: dan, cadence: null });
    const again = await world.call('insights.reachOut', {});
    expect(again.find((i) => i.person.id === dan)?.cadenceFrom).toEqual({ tag: 'Client' });
  });

  it('refuses unknown people and tags', async () => {
    world = await openWorld();
    const unknown = '9b2f6c1e-0000-4000-8000-000000000000';
    const person = await world.attempt('people.setCadence', { id: unknown, cadence: 'monthly' });
    const tag = await world.attempt('tags.setCadence', { id: unknown, cadence: 'monthly' });
    expect(person.ok ? null : person.error.code).toBe('not_found');
    expect(tag.ok ? null : tag.error.code).toBe('not_found');
  });
});

describe('the reach-out list', () => {
  it('ranks by days overdue, then warmth, then name, then id, with the oldest follow-up', async () => {
    world = await openWorld();
    const ids = {
      zoe: await world.person('Zoe'),
      sam1: await world.person('Sam'),
      sam2: await world.person('Sam'),
      amy: await world.person('Amy'),
      warm: await world.person('Yves'),
    };
    for (const id of Object.values(ids)) {
      await world.call('people.setCadence', { id, cadence: '2w' });
    }
    await world.log(ids.zoe, '2026-09-01T10:00:00.000Z');
    await world.call('followUps.create', { title: 'Call about the Q2 plan', personIds: [ids.zoe] });
    await world.call('followUps.create', { title: 'A later one', personIds: [ids.zoe] });
    // Yves and Amy both fall due today; Yves is the warmer tie (in person, recently).
    await world.log(ids.warm, '2026-09-17T10:00:00.000Z', 'in_person');
    await world.log(ids.amy, '2026-09-17T10:00:00.000Z', 'call');

    const list = await world.call('insights.reachOut', {});
    expect(list.map((i) => [i.person.id, i.daysOverdue])).toEqual([
      [ids.zoe, 16],
      [ids.warm, 0],
      [ids.amy, 0],
      [ids.sam1, 0],
      [ids.sam2, 0],
    ]);
    expect(list[0]?.reason).toBe('every 2 weeks; last spoke 30 days ago — Call about the Q2 plan');
    expect(list[1]!.warmth).toBeGreaterThan(list[2]!.warmth);
    expect(await world.call('insights.reachOut', { limit: 2 })).toEqual(list.slice(0, 2));
  });
});

describe('going cold', () => {
  it('lists people seen 4+ times in the 6 months before 60 quiet days, archived left out', async () => {
    world = await openWorld();
    const four = await world.person('Four');
    const three = await world.person('Three');
    const recent = await world.person('Recent');
    const archived = await world.person('Gone');
    const days = (n: number) => new Date(Date.parse('2026-12-01T10:00:00.000Z') - n * 86_400_000);
    for (const [id, count, lastDaysAgo] of [
      [four, 4, 60],
      [three, 3, 60],
      [recent, 4, 59],
      [archived, 5, 61],
    ] as const) {
      for (let i = 0; i < count; i++) await world.log(id, days(lastDaysAgo + i * 7).toISOString());
    }
    await world.call('people.archive', { id: archived });
    world.setNow('2026-12-01T12:00:00.000Z');

    expect(await world.call('insights.goingCold', {})).toEqual([
      {
        person: { id: four, displayName: 'Four' },
        previousCount: 4,
        lastContactAt: '2026-10-02T10:00:00.000Z',
        daysSilent: 60,
        reason: '4 contacts in the 6 months before; nothing for 60 days',
      },
    ]);
  });
});
