import type { Rpc } from '../harness/coreRpc';
import type { PersonRef } from '../../../shared/domain/person';

const DAY = 24 * 60 * 60 * 1000;

export interface ReachOutWorld {
  /** Tagged Client, last spoken to 50 days ago, with a follow-up still open. */
  ada: PersonRef;
  /** Their own cadence: yearly, last seen 400 days ago. */
  charles: PersonRef;
  /** Seen five times in the half year before 70 quiet days: going cold, with no cadence. */
  grace: PersonRef;
  /** Tagged Client, spoken to last week: not due yet. */
  bob: PersonRef;
}

/**
 * A world for the Reach out screen, around the real clock, in UTC (the browser's zone in the
 * tests): nobody is due until a cadence is set, except Charles with his own. Tags: Client (Ada,
 * Bob and Initech, no cadence yet), Friend (Grace) and Old (Bob).
 */
export async function seedReachOut(rpc: Rpc): Promise<ReachOutWorld> {
  await rpc('me.set', { name: 'Morgan Reed', timeZone: 'UTC' });
  const now = Date.now();
  const daysAgo = (days: number) => new Date(now - days * DAY).toISOString();
  const person = (displayName: string) => rpc('people.create', { displayName });
  const ada = await person('Ada Lovelace');
  const bob = await person('Bob Nguyen');
  const charles = await person('Charles Babbage');
  const grace = await person('Grace Hopper');

  await rpc('people.update', { id: ada.id, patch: { tags: ['Client'] } });
  await rpc('people.update', { id: bob.id, patch: { tags: ['Client', 'Old'] } });
  await rpc('people.update', { id: grace.id, patch: { tags: ['Friend'] } });
  const initech = await rpc('organizations.create', { name: 'Initech' });
  await rpc('organizations.update', { id: initech.id, patch: { tags: ['Client'] } });
  await rpc('people.setCadence', { id: charles.id, cadence: 'yearly' });

  const log = (who: PersonRef, days: number, title: string) =>
    rpc('interactions.create', {
      kind: 'call',
      occurredAt: daysAgo(days),
      title,
      participantIds: [who.id],
    });
  await log(ada, 50, 'Q1 review');
  await rpc('followUps.create', {
    title: 'Call about the Q2 plan',
    dueOn: null,
    personIds: [ada.id],
  });
  await log(bob, 7, 'Kick-off');
  await log(charles, 400, 'Engine demo');
  for (const days of [70, 90, 110, 130, 150]) await log(grace, days, `Compiler chat ${days}`);
  return { ada, bob, charles, grace };
}
