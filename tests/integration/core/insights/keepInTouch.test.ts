import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/coreContext';
import { contractCalls, sequentialIds, tempDir } from '../../../support/testCore';

/** A core whose clock stands still until moved, the user in Berlin (so dates are local). */
async function openWorld() {
  const temp = tempDir('farley-keep-in-touch-');
  let now = Date.parse('2026-10-01T12:00:00.000Z');
  const core = openCore({
    dataDir: path.join(temp.dir, 'data'),
    appVersion: 'test',
    clock: () => new Date(now),
    newId: sequentialIds(),
    systemTimeZone: () => 'Europe/Berlin',
  });
  const { call, attempt } = contractCalls(core);
  await call('me.set', {
    name: 'Morgan Reed',
    emails: ['morgan@me.example'],
    timeZone: 'Europe/Berlin',
  });
  return {
    call,
    attempt,
    setNow: (iso: string) => (now = Date.parse(iso)),
    person: async (displayName: string) => (await call('people.create', { displayName })).id,
    log: (personId: string, occurredAt: string) =>
      call('interactions.create', { kind: 'call', occurredAt, participantIds: [personId] }),
    close: () => {
      core.db.close();
      temp.remove();
    },
  };
}

let world: Awaited<ReturnType<typeof openWorld>>;
afterEach(() => world.close());

describe('keep in touch on the dossier', () => {
  it('says nothing is due without a cadence, and still knows the last contact', async () => {
    world = await openWorld();
    const ada = await world.person('Ada Lovelace');
    expect(await world.call('insights.keepInTouch', { personId: ada })).toEqual({
      cadence: null,
      from: null,
      lastContactAt: null,
      dueOn: null,
      daysOverdue: null,
    });
    await world.log(ada, '2026-09-20T09:00:00.000Z');
    expect(await world.call('insights.keepInTouch', { personId: ada })).toMatchObject({
      cadence: null,
      lastContactAt: '2026-09-20T09:00:00.000Z',
      dueOn: null,
    });
  });

  it('counts down to the due date, is due on it, then overdue, and a new contact resets it', async () => {
    world = await openWorld();
    const ada = await world.person('Ada Lovelace');
    await world.call('people.setCadence', { id: ada, cadence: 'monthly' });
    // Never in touch: due today, as on the Reach out list.
    expect(await world.call('insights.keepInTouch', { personId: ada })).toEqual({
      cadence: 'monthly',
      from: 'person',
      lastContactAt: null,
      dueOn: '2026-10-01',
      daysOverdue: 0,
    });

    // 23:30 UTC on Sep 30 is already Oct 1 in Berlin: the due date counts from the local day.
    await world.log(ada, '2026-09-30T23:30:00.000Z');
    world.setNow('2026-10-26T10:00:00.000Z');
    expect(await world.call('insights.keepInTouch', { personId: ada })).toEqual({
      cadence: 'monthly',
      from: 'person',
      lastContactAt: '2026-09-30T23:30:00.000Z',
      dueOn: '2026-10-31',
      daysOverdue: -5,
    });
    world.setNow('2026-10-31T08:00:00.000Z');
    expect(await world.call('insights.keepInTouch', { personId: ada })).toMatchObject({
      daysOverdue: 0,
    });
    world.setNow('2026-11-12T08:00:00.000Z');
    expect(await world.call('insights.keepInTouch', { personId: ada })).toMatchObject({
      dueOn: '2026-10-31',
      daysOverdue: 12,
    });
    // The list says the same.
    const [reach] = await world.call('insights.reachOut', {});
    expect(reach).toMatchObject({ dueOn: '2026-10-31', daysOverdue: 12 });

    await world.log(ada, '2026-11-12T07:00:00.000Z');
    expect(await world.call('insights.keepInTouch', { personId: ada })).toMatchObject({
      dueOn: '2026-12-12',
      daysOverdue: -30,
    });
  });

  it('follows the most frequent tag cadence unless the person has their own, none included', async () => {
    world = await openWorld();
    const bob = await world.person('Bob');
    await world.call('people.update', { id: bob, patch: { tags: ['Friend', 'Client'] } });
    const tags = await world.call('tags.list', {});
    const tagId = (name: string) => tags.find((t) => t.name === name)?.id ?? '';
    await world.call('tags.setCadence', { id: tagId('Client'), cadence: 'monthly' });
    await world.call('tags.setCadence', { id: tagId('Friend'), cadence: 'quarterly' });
    expect(await world.call('insights.keepInTouch', { personId: bob })).toMatchObject({
      cadence: 'monthly',
      from: { tag: 'Client' },
    });

    await world.call('people.setCadence', { id: bob, cadence: 'yearly' });
    expect(await world.call('insights.keepInTouch', { personId: bob })).toMatchObject({
      cadence: 'yearly',
      from: 'person',
    });

    await world.call('people.setCadence', { id: bob, cadence: 'none' });
    expect(await world.call('insights.keepInTouch', { personId: bob })).toEqual({
      cadence: 'none',
      from: 'person',
      lastContactAt: null,
      dueOn: null,
      daysOverdue: null,
    });
  });

  it('answers not found for someone who does not exist', async () => {
    world = await openWorld();
    const result = await world.attempt('insights.keepInTouch', {
      personId: '00000000-0000-4000-8000-00000000ffff',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not_found');
  });
});
