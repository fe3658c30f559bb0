import type { CoreContext } from '../../electron/core/coreContext';
import { warmthForPeople } from '../../electron/core/insights/warmth/warmth';
import type { createDispatcher } from '../../electron/core/rpc/dispatch';
import { seededRandom, type World } from './benchWorld';
import { statsOf, timeOnce, type Stats } from './measure';

export interface InsightsBench {
  reachOut: Stats;
  goingCold: Stats;
  warmthAll: Stats;
  introColdMs: number;
  intro: Stats;
  /** The first intro path after a write: the graph and everyone's warmth built again. */
  introAfterWrite: Stats;
  /** The people list sorted by warmth, after a write and then again unchanged. */
  warmthSortAfterWrite: Stats;
  warmthSortWarm: Stats;
  reachOutRows: number;
}

/**
 * Relationship intelligence over the large world: a monthly cadence on one tag (about a tenth
 * of everyone) and a quarterly one on 200 people, then the Reach out and Going cold lists,
 * warmth for everyone at once, and intro paths to 100 people picked at random.
 */
export async function measureInsights(
  core: CoreContext,
  dispatch: ReturnType<typeof createDispatcher>,
  world: World,
  rounds: number,
): Promise<InsightsBench> {
  const call = async (name: string, input: unknown) => {
    const answer = await dispatch(name, input);
    if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
    return answer.data;
  };
  const tags = (await call('tags.list', {})) as { id: string }[];
  const [tag] = tags;
  if (tag) await call('tags.setCadence', { id: tag.id, cadence: 'monthly' });
  const random = seededRandom(17);
  const pick = () => world.personIds[Math.floor(random() * world.personIds.length)] ?? '';
  for (let i = 0; i < 200; i++)
    await call('people.setCadence', { id: pick(), cadence: 'quarterly' });

  const reachOut: number[] = [];
  const goingCold: number[] = [];
  let reachOutRows = 0;
  for (let round = -1; round < rounds; round++) {
    const a = await timeOnce(async () => {
      reachOutRows = ((await call('insights.reachOut', { limit: 50 })) as unknown[]).length;
    });
    const b = await timeOnce(() => call('insights.goingCold', { limit: 50 }));
    if (round >= 0) {
      reachOut.push(a);
      goingCold.push(b);
    }
  }
  const warmthAll: number[] = [];
  for (let i = 0; i < 3; i++)
    warmthAll.push(await timeOnce(() => warmthForPeople(core, null, new Date())));

  const targets = Array.from({ length: 101 }, pick);
  const introColdMs = await timeOnce(() =>
    call('insights.introPaths', { personId: targets[0], limit: 3 }),
  );
  const intro: number[] = [];
  for (const personId of targets.slice(1))
    intro.push(await timeOnce(() => call('insights.introPaths', { personId, limit: 3 })));

  // What a user meets after editing a dossier: the next intro path, the next list by warmth.
  const introAfterWrite: number[] = [];
  const warmthSortAfterWrite: number[] = [];
  const warmthSortWarm: number[] = [];
  for (let i = 0; i < 5; i++) {
    await call('people.setCadence', { id: pick(), cadence: i % 2 ? 'yearly' : null });
    introAfterWrite.push(
      await timeOnce(() => call('insights.introPaths', { personId: pick(), limit: 3 })),
    );
    await call('people.setCadence', { id: pick(), cadence: i % 2 ? 'yearly' : null });
    warmthSortAfterWrite.push(await timeOnce(() => call('people.list', { sort: 'warmth' })));
    warmthSortWarm.push(await timeOnce(() => call('people.list', { sort: 'warmth' })));
  }
  return {
    introAfterWrite: statsOf(introAfterWrite),
    warmthSortAfterWrite: statsOf(warmthSortAfterWrite),
    warmthSortWarm: statsOf(warmthSortWarm),
    reachOut: statsOf(reachOut),
    goingCold: statsOf(goingCold),
    warmthAll: statsOf(warmthAll),
    introColdMs,
    intro: statsOf(intro),
    reachOutRows,
  };
}
