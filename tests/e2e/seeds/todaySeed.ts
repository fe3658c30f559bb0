import type { Rpc } from '../harness/coreRpc';
import type { PersonRef } from '../../../shared/domain/person';
import { NOW, seedBriefingWorld } from './briefingSeed';

/** Five mentees on a monthly cadence by their tag, never contacted: all due today. */
export const MENTEES = ['Mina Park', 'Noor Aziz', 'Olu Ade', 'Pia Berg', 'Quinn Roy'];

export interface TodayWorld {
  people: Record<'ada' | 'grace' | 'linus' | 'katherine', PersonRef>;
  sourceId: string;
}

/**
 * The briefing's world (Tuesday 2030-06-11, Berlin) with what the Today panel shows: Linus on
 * a monthly cadence of his own and five mentees on their tag's (six to reach out to), Katherine
 * seen every week in the spring and not since (going cold), and a second follow-up due today.
 * Ada's deck is already overdue and her birthday is on Thursday; Grace's is today.
 */
export async function seedTodayWorld(
  rpc: Rpc,
  dataDir: string,
  setNow: (ms: number) => void,
): Promise<TodayWorld> {
  const { people, sourceId } = await seedBriefingWorld(rpc, dataDir, setNow);
  await rpc('people.setCadence', { id: people.linus.id, cadence: 'monthly' });
  for (const displayName of MENTEES) {
    const mentee = await rpc('people.create', { displayName });
    await rpc('people.update', { id: mentee.id, patch: { tags: ['Mentee'] } });
  }
  const tags = await rpc('tags.list', {});
  const mentee = tags.find((t) => t.name === 'Mentee');
  if (!mentee) throw new Error('The Mentee tag was not made');
  await rpc('tags.setCadence', { id: mentee.id, cadence: 'monthly' });

  const katherine = await rpc('people.create', { displayName: 'Katherine Johnson' });
  for (const day of ['03-04', '03-11', '03-18', '03-25', '04-01'])
    await rpc('interactions.create', {
      kind: 'call',
      occurredAt: `2030-${day}T09:00:00.000Z`,
      title: 'Orbit numbers',
      participantIds: [katherine.id],
    });
  await rpc('followUps.create', {
    title: 'Call Grace about the launch',
    dueOn: '2030-06-11',
    personIds: [people.grace.id],
  });
  setNow(Date.parse(NOW));
  return { people: { ...people, katherine }, sourceId };
}
