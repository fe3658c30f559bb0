import type { CoreContext } from '../../electron/core/coreContext';
import { createOrganization } from '../../electron/core/organizations/organizationRepository';
import { createPerson, updatePerson } from '../../electron/core/people/personWriter';
import { addRelationship } from '../../electron/core/relationships/relationshipRepository';
import { insertInteraction } from '../../electron/core/interactions/interactionRepository';

/** mulberry32: a tiny seeded generator, so every run builds the same world. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'Ada',
  'Grace',
  'Alan',
  'José',
  'Zoë',
  'Björn',
  'Chloé',
  'Dmitri',
  'Amara',
  'Kenji',
  'Priya',
  'Lars',
  'Fatima',
  'Mateo',
  'Ingrid',
  'Oluwaseun',
  'Hélène',
  'Søren',
  'Aiko',
  'Rafael',
  'Noor',
  'Emeka',
  'Camille',
  'Tomás',
  'Yusuf',
  'Mei',
  'Nikolai',
  'Ana',
  'Liam',
  'Sofía',
  'Ravi',
  'Elif',
  'Jonas',
  'Léa',
  'Kwame',
];
const FAMILY = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Álvarez',
  'Nakamura',
  'Okafor',
  'Lindqvist',
  'Dubois',
  'Petrov',
  'Singh',
  'García',
  'Müller',
  'Haddad',
  'Kowalski',
  'O’Brien',
  'Rossi',
  'Yilmaz',
  'Chen',
  'Andersen',
  'Mensah',
  'Fernández',
  'Ivanova',
  'Sato',
  'Novak',
  'Ahmed',
  'Costa',
  'Nguyen',
  'Schmidt',
  'Kim',
  'Larsen',
];
const WORDS = [
  'sailing',
  'espresso',
  'marathon',
  'chess',
  'vegetarian',
  'jazz',
  'gardening',
  'climbing',
  'photography',
  'violin',
  'pottery',
  'cycling',
  'astronomy',
  'baking',
  'kayaking',
  'poetry',
  'birdwatching',
  'skiing',
  'whisky',
  'tennis',
  'origami',
  'opera',
  'surfing',
  'beekeeping',
  'calligraphy',
  'fencing',
  'tango',
];
const ORG_WORDS = [
  'Initech',
  'Globex',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Stark',
  'Wayne',
  'Acme',
  'Cyberdyne',
  'Tyrell',
  'Soylent',
  'Wonka',
  'Gringotts',
  'Oscorp',
  'Massive',
];
const ORG_SUFFIX = [
  'Labs',
  'Capital',
  'Partners',
  'Systems',
  'Group',
  'Studio',
  'Health',
  'Logistics',
  'Bank',
  'Foods',
];
const TITLES = [
  'CEO',
  'CTO',
  'VP Sales',
  'Engineer',
  'Designer',
  'Partner',
  'Analyst',
  'Head of Product',
  'Counsel',
  'Founder',
];
const TAGS = [
  'Investor',
  'Client',
  'Friend',
  'Mentor',
  'Board',
  'Press',
  'Recruiter',
  'Family',
  'Alumni',
  'Prospect',
];

export interface WorldSize {
  people: number;
  organizations: number;
}

export interface World {
  personIds: string[];
  organizationIds: string[];
  /** Words and names that occur in the world, for realistic search queries. */
  vocabulary: { names: string[]; facts: string[]; organizations: string[] };
}

/** Builds a deterministic world through the real repositories, in one transaction. */
export function buildWorld(ctx: CoreContext, size: WorldSize, seed = 42): World {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const world: World = {
    personIds: [],
    organizationIds: [],
    vocabulary: { names: [], facts: [], organizations: [] },
  };

  ctx.db.sqlite.transaction(() => {
    for (let i = 0; i < size.organizations; i++) {
      const name = `${pick(ORG_WORDS)} ${pick(ORG_SUFFIX)} ${i}`;
      const org = createOrganization(ctx, {
        name,
        domains: [`${name.toLowerCase().replace(/\s+/g, '-')}.example`],
        industry: pick(['Software', 'Finance', 'Health', 'Retail', 'Media']),
        notes: `Met their team at ${pick(WORDS)} offsite.`,
      });
      world.organizationIds.push(org.id);
      if (i < 50) world.vocabulary.organizations.push(name);
    }
    for (let i = 0; i < size.people; i++) {
      const given = pick(GIVEN);
      const family = pick(FAMILY);
      const person = createPerson(ctx, {
        displayName: `${given} ${family}`,
        email: `${given}.${family}.${i}@example.org`
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .replace(/[^\w.@-]/g, '')
          .toLowerCase(),
      });
      const facts = [`Enjoys ${pick(WORDS)} and ${pick(WORDS)}`, `Child named ${pick(GIVEN)}`];
      updatePerson(ctx, person.id, {
        givenName: given,
        familyName: family,
        keyFacts: facts,
        tags: random() < 0.4 ? [pick(TAGS)] : [],
        roles: [
          {
            organizationId: pick(world.organizationIds),
            title: pick(TITLES),
            startDate: `${2010 + Math.floor(random() * 14)}`,
            endDate: null,
            current: true,
          },
        ],
        dates:
          random() < 0.5
            ? [
                {
                  kind: 'birthday',
                  label: '',
                  month: 1 + Math.floor(random() * 12),
                  day: 1 + Math.floor(random() * 28),
                  year: null,
                },
              ]
            : [],
        about:
          random() < 0.3
            ? `Works on ${pick(WORDS)} projects; prefers ${pick(WORDS)} over ${pick(WORDS)}.`
            : '',
      });
      world.personIds.push(person.id);
      if (i < 200) world.vocabulary.names.push(`${given} ${family}`);
      if (i < 200) world.vocabulary.facts.push(...facts);
    }
    for (let i = 0; i < size.people / 10; i++) {
      const from = pick(world.personIds);
      const to = pick(world.personIds);
      if (from === to) continue;
      try {
        addRelationship(ctx, {
          fromId: from,
          toId: to,
          kind: pick(['colleague', 'friend', 'manager'] as const),
          label: '',
        });
      } catch {
        // A duplicate pair drawn twice: skip it.
      }
    }
  })();
  return world;
}

const KINDS = ['meeting', 'call', 'video', 'email', 'message', 'in_person', 'note'] as const;
const TOPICS = [
  'Q2 plan',
  'hiring',
  'the board deck',
  'pricing',
  'the offsite',
  'fundraising',
  'roadmap',
  'a referral',
];

/**
 * Adds interactions through the real write path: spread over everyone over five years, plus
 * `hubInteractions` with one person (the timeline benchmark's subject). Returns that person.
 */
export function addInteractions(
  ctx: CoreContext,
  world: World,
  count: number,
  hubInteractions: number,
  seed = 99,
): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const hub = world.personIds[0] as string;
  const start = Date.parse('2021-11-23T00:00:00Z');
  const span = Date.parse('2026-11-23T00:00:00Z') - start;
  ctx.db.sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const withHub = i < hubInteractions;
      const participants = new Set<string>(withHub ? [hub] : []);
      const others = 1 + Math.floor(random() * 3);
      while (participants.size < others + (withHub ? 1 : 0))
        participants.add(pick(world.personIds));
      const topic = pick(TOPICS);
      insertInteraction(ctx, {
        kind: pick(KINDS),
        occurredAt: new Date(start + Math.floor(random() * span)).toISOString(),
        durationMinutes: 30,
        title: `About ${topic}`,
        location: '',
        body: `Talked about ${topic}; they mentioned ${pick(WORDS)} and ${pick(WORDS)}.${random() < 0.1 ? `\n[ ] Send notes on ${topic}` : ''}`,
        participantIds: [...participants],
        followUps: [],
        event: null,
      });
    }
  })();
  return hub;
}
