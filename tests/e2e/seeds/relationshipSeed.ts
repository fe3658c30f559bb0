import type { Rpc } from '../harness/coreRpc';
import type { PersonRef } from '../../../shared/domain/person';

// A small world for the relationship screens, seen on Tuesday 2030-06-11 at noon in Berlin.
export const NOW = '2030-06-11T10:00:00.000Z';
export const ZONE = 'Europe/Berlin';

export type RelationshipCast = Record<'dana' | 'priya' | 'bob' | 'zed' | 'omar', PersonRef>;

const daysBefore = (days: number, hourUtc = 9) =>
  new Date(Date.parse(NOW) - days * 86_400_000 + (hourUtc - 10) * 3_600_000).toISOString();

/**
 * Dana is a close tie (calls every week or two, the last three days ago) and a Client, a tag
 * kept in touch with quarterly; Priya is her friend at Initech whom the user has never met;
 * Bob was at Initech once; Zed was seen twice long ago; Omar is known to no one.
 */
export async function seedRelationshipWorld(rpc: Rpc): Promise<RelationshipCast> {
  await rpc('me.set', { name: 'Morgan Reed', emails: ['morgan@farley.example'], timeZone: ZONE });
  const initech = await rpc('organizations.create', { name: 'Initech', domains: ['initech.com'] });
  const person = async (displayName: string, email?: string) => {
    const created = await rpc('people.create', { displayName, ...(email ? { email } : {}) });
    return { id: created.id, displayName };
  };
  const dana = await person('Dana Scully', 'dana@initech.com');
  const priya = await person('Priya Patel', 'priya@initech.com');
  const bob = await person('Bob Porter');
  const zed = await person('Zed Ames');
  const omar = await person('Omar Quinn');

  await rpc('people.update', {
    id: dana.id,
    patch: {
      tags: ['Client'],
      roles: [{ organizationId: initech.id, title: 'Head of Sales', current: true }],
    },
  });
  await rpc('people.update', {
    id: priya.id,
    patch: { roles: [{ organizationId: initech.id, title: 'Staff Engineer', current: true }] },
  });
  await rpc('people.update', {
    id: bob.id,
    patch: { roles: [{ organizationId: initech.id, title: 'Analyst', current: false }] },
  });
  const client = (await rpc('tags.list', {})).find((t) => t.name === 'Client');
  if (!client) throw new Error('The Client tag was not made');
  await rpc('tags.setCadence', { id: client.id, cadence: 'quarterly' });
  await rpc('relationships.add', { fromId: dana.id, toId: priya.id, kind: 'friend' });

  for (const days of [3, 10, 17, 30, 44, 58, 75]) {
    await rpc('interactions.create', {
      kind: days % 2 === 0 ? 'in_person' : 'call',
      occurredAt: daysBefore(days),
      participantIds: [dana.id],
      title: `Catch-up ${days} days ago`,
    });
  }
  for (const days of [200, 230]) {
    await rpc('interactions.create', {
      kind: 'email',
      occurredAt: daysBefore(days),
      participantIds: [zed.id],
    });
  }
  return { dana, priya, bob, zed, omar };
}
