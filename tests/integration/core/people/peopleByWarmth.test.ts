import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/coreContext';
import { contractCalls, sequentialIds, tempDir } from '../../../support/testCore';

async function openWorld() {
  const temp = tempDir('farley-people-warmth-');
  const core = openCore({
    dataDir: path.join(temp.dir, 'data'),
    appVersion: 'test',
    clock: () => new Date('2026-10-01T12:00:00.000Z'),
    newId: sequentialIds(),
    systemTimeZone: () => 'UTC',
  });
  const { call } = contractCalls(core);
  await call('me.set', { name: 'Morgan Reed', emails: ['morgan@me.example'], timeZone: 'UTC' });
  return {
    call,
    person: async (displayName: string) => (await call('people.create', { displayName })).id,
    /** `count` calls with a person, one every few days before the clock's day. */
    calls: async (personId: string, count: number) => {
      for (let i = 0; i < count; i++) {
        const at = new Date(Date.parse('2026-09-30T10:00:00.000Z') - i * 3 * 86_400_000);
        await call('interactions.create', {
          kind: 'call',
          occurredAt: at.toISOString(),
          participantIds: [personId],
        });
      }
    },
    close: () => {
      core.db.close();
      temp.remove();
    },
  };
}

let world: Awaited<ReturnType<typeof openWorld>>;
afterEach(() => world.close());

describe('the people list by warmth', () => {
  it('puts the warmest first with their scores, ties by name; other sorts leave warmth out', async () => {
    world = await openWorld();
    const zoe = await world.person('Zoe Adams');
    const bea = await world.person('bea Cole');
    const al = await world.person('Al Bright');
    const cy = await world.person('Cy Dunn');
    await world.calls(zoe, 8);
    await world.calls(cy, 2);

    const byWarmth = await world.call('people.list', { sort: 'warmth' });
    // Al and bea have no contact at all: they tie at 0 and follow by name, case aside.
    expect(byWarmth.map((p) => p.id)).toEqual([zoe, cy, al, bea]);
    const scores = byWarmth.map((p) => p.warmth);
    expect(scores[0]).toBeGreaterThan(scores[1] ?? 0);
    expect(scores[1]).toBeGreaterThan(0);
    expect(scores.slice(2)).toEqual([0, 0]);
    // The same score the dossier shows.
    const warmth = await world.call('insights.warmth', { personId: zoe });
    expect(byWarmth[0]?.warmth).toBe(warmth.score);

    for (const sort of ['updated', 'name'] as const) {
      const list = await world.call('people.list', { sort });
      expect(list.every((p) => p.warmth === null)).toBe(true);
    }
  });

  it('sorts a search and the archived list by warmth too, not by search rank', async () => {
    world = await openWorld();
    const cold = await world.person('Ada Cold');
    const warm = await world.person('Ada Warm');
    await world.calls(warm, 5);
    const found = await world.call('people.list', { query: 'Ada', sort: 'warmth' });
    expect(found.map((p) => p.id)).toEqual([warm, cold]);

    await world.call('people.archive', { id: warm });
    await world.call('people.archive', { id: cold });
    const archived = await world.call('people.list', { archived: true, sort: 'warmth' });
    expect(archived.map((p) => p.id)).toEqual([warm, cold]);
    expect(archived[0]?.warmth).toBeGreaterThan(0);
  });
});
