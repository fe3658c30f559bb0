import type { RelationshipKind } from '../../../shared/domain/relationship';

/**
 * The cast of the sample world: four organizations and the people the user deals with there.
 * Plain data, shared by the calendar (invitations by email) and the loader (dossiers). Every
 * domain is under the reserved `.example` top-level domain, so no real company or inbox is named.
 */

export const SAMPLE_PERSON_KEYS = [
  'priya',
  'marcus',
  'luis',
  'elena',
  'tom',
  'sofia',
  'jonas',
  'amara',
  'daniel',
  'hannah',
] as const;
export type SamplePersonKey = (typeof SAMPLE_PERSON_KEYS)[number];

export interface SampleOrganization {
  name: string;
  domains: string[];
  industry: string;
  notes: string;
  tags: string[];
}

export interface SamplePerson {
  displayName: string;
  givenName: string;
  familyName: string;
  email: string;
  pronouns: string;
  title: string;
  /** Name of a SAMPLE_ORGANIZATIONS entry, or null for someone without a current employer. */
  organization: string | null;
  howWeMet: string;
  /** How long ago the user met them, in days before today. */
  metDaysAgo: number;
  introducedBy: SamplePersonKey | null;
  about: string;
  keyFacts: string[];
  tags: string[];
  /** A fixed birthday, or 'soon' for the one that falls in the days just after today. */
  birthday: { month: number; day: number; year: number | null } | 'soon' | null;
  phone: string | null;
}

export const SAMPLE_ORGANIZATIONS: SampleOrganization[] = [
  {
    name: 'Northwind Labs',
    domains: ['northwind.example'],
    industry: 'Developer tools',
    notes: 'Integration partner since the spring. Engineering-led; decisions go through Marcus.',
    tags: ['partner'],
  },
  {
    name: 'Meridian Ventures',
    domains: ['meridianvc.example'],
    industry: 'Venture capital',
    notes: 'Seed and Series A fund. Led Northwind’s Series A; interested in health tech.',
    tags: ['investor'],
  },
  {
    name: 'Brightwater Studio',
    domains: ['brightwater.example'],
    industry: 'Product design',
    notes: 'Design agency on the onboarding redesign, six-week engagement.',
    tags: ['vendor'],
  },
  {
    name: 'Halcyon Health',
    domains: ['halcyonhealth.example'],
    industry: 'Healthcare',
    notes: 'Regional clinic network. Pilot of the intake workflow starts this month.',
    tags: ['prospect'],
  },
];

export const SAMPLE_PEOPLE: Record<SamplePersonKey, SamplePerson> = {
  priya: {
    displayName: 'Priya Raman',
    givenName: 'Priya',
    familyName: 'Raman',
    email: 'priya.raman@northwind.example',
    pronouns: 'she/her',
    title: 'VP Engineering',
    organization: 'Northwind Labs',
    howWeMet: 'Sat next to each other at the DataOps Summit keynote; argued happily about queues.',
    metDaysAgo: 150,
    introducedBy: null,
    about: 'Runs a 40-person engineering org. Direct, generous with time, hates surprises.',
    keyFacts: [
      'Prefers a written agenda the day before any meeting',
      'Training for the Berlin marathon in the autumn',
      'Two kids, Asha (9) and Dev (6)',
    ],
    tags: ['partner', 'weekly 1:1'],
    birthday: 'soon',
    phone: '+1 415 555 0134',
  },
  marcus: {
    displayName: 'Marcus Bell',
    givenName: 'Marcus',
    familyName: 'Bell',
    email: 'marcus@northwind.example',
    pronouns: 'he/him',
    title: 'CTO and co-founder',
    organization: 'Northwind Labs',
    howWeMet: 'Priya brought him to the partnership kickoff.',
    metDaysAgo: 120,
    introducedBy: 'priya',
    about: 'Thinks in systems; wants numbers before opinions.',
    keyFacts: ['Former SRE at a large bank', 'Vegetarian', 'Collects vintage synthesizers'],
    tags: ['partner', 'decision maker'],
    birthday: { month: 4, day: 12, year: 1978 },
    phone: null,
  },
  luis: {
    displayName: 'Luis Moreno',
    givenName: 'Luis',
    familyName: 'Moreno',
    email: 'luis.moreno@northwind.example',
    pronouns: 'he/him',
    title: 'Product Manager, Integrations',
    organization: 'Northwind Labs',
    howWeMet: 'Day-to-day contact on the integration since the kickoff.',
    metDaysAgo: 120,
    introducedBy: 'priya',
    about: '',
    keyFacts: ['Moved from Madrid last year', 'Plays five-a-side football on Thursdays'],
    tags: ['partner'],
    birthday: null,
    phone: null,
  },
  elena: {
    displayName: 'Elena Petrova',
    givenName: 'Elena',
    familyName: 'Petrova',
    email: 'elena@meridianvc.example',
    pronouns: 'she/her',
    title: 'General Partner',
    organization: 'Meridian Ventures',
    howWeMet: 'Tom’s introduction, over email, then a long first call.',
    metDaysAgo: 140,
    introducedBy: 'tom',
    about: 'Sits on four boards. Answers email late at night, rarely before 10:00.',
    keyFacts: [
      'Led Northwind’s Series A',
      'Avoid meetings before 10:00: she is a night owl',
      'Speaks Russian, French and English',
    ],
    tags: ['investor', 'board'],
    birthday: null,
    phone: '+44 20 7946 0321',
  },
  tom: {
    displayName: 'Tom Okafor',
    givenName: 'Tom',
    familyName: 'Okafor',
    email: 'tom.okafor@meridianvc.example',
    pronouns: 'he/him',
    title: 'Principal',
    organization: 'Meridian Ventures',
    howWeMet: 'Old university friend; reconnected at a Meridian portfolio dinner.',
    metDaysAgo: 145,
    introducedBy: null,
    about: '',
    keyFacts: ['Supports Arsenal, loudly', 'Just became a father (daughter, Ada)'],
    tags: ['investor', 'friend'],
    birthday: { month: 9, day: 3, year: 1987 },
    phone: null,
  },
  sofia: {
    displayName: 'Sofia Lindqvist',
    givenName: 'Sofia',
    familyName: 'Lindqvist',
    email: 'sofia@brightwater.example',
    pronouns: 'she/her',
    title: 'Head of Design',
    organization: 'Brightwater Studio',
    howWeMet: 'Pitched for the onboarding redesign; won it on the second round.',
    metDaysAgo: 101,
    introducedBy: null,
    about: 'Calm, precise, allergic to slide decks: bring a prototype.',
    keyFacts: ['Swedish; fika at 15:00 is not negotiable', 'Teaches a UX course on Wednesdays'],
    tags: ['vendor', 'design'],
    birthday: null,
    phone: null,
  },
  jonas: {
    displayName: 'Jonas Weber',
    givenName: 'Jonas',
    familyName: 'Weber',
    email: 'jonas.weber@brightwater.example',
    pronouns: '',
    title: 'Senior Product Designer',
    organization: 'Brightwater Studio',
    howWeMet: 'Sofia’s lead designer on our project.',
    metDaysAgo: 101,
    introducedBy: 'sofia',
    about: '',
    keyFacts: ['Builds prototypes in code, not just Figma', 'Cycles to work year-round'],
    tags: ['vendor', 'design'],
    birthday: null,
    phone: null,
  },
  amara: {
    displayName: 'Amara Nwosu',
    givenName: 'Amara',
    familyName: 'Nwosu',
    email: 'amara.nwosu@halcyonhealth.example',
    pronouns: 'she/her',
    title: 'Chief Medical Officer',
    organization: 'Halcyon Health',
    howWeMet: 'Elena introduced us: Halcyon wanted help with patient intake.',
    metDaysAgo: 95,
    introducedBy: 'elena',
    about:
      'Dr. Nwosu to patients; Amara to everyone else. Clinician first: cares about nurses’ time more than dashboards.',
    keyFacts: [
      'Still sees patients one day a week (Fridays)',
      'Sponsor of the intake pilot; needs a result by the board meeting',
    ],
    tags: ['prospect', 'decision maker'],
    birthday: null,
    phone: null,
  },
  daniel: {
    displayName: 'Daniel Cho',
    givenName: 'Daniel',
    familyName: 'Cho',
    email: 'daniel.cho@halcyonhealth.example',
    pronouns: 'he/him',
    title: 'Procurement Lead',
    organization: 'Halcyon Health',
    howWeMet: 'Amara looped him in once the pilot needed a contract.',
    metDaysAgo: 58,
    introducedBy: 'amara',
    about: '',
    keyFacts: ['Needs the security questionnaire before any signature', 'Fiscal year ends in June'],
    tags: ['prospect'],
    birthday: null,
    phone: '+1 312 555 0188',
  },
  hannah: {
    displayName: 'Hannah Fischer',
    givenName: 'Hannah',
    familyName: 'Fischer',
    email: 'hannah.fischer@mail.example',
    pronouns: 'she/her',
    title: '',
    organization: null,
    howWeMet: 'My first manager, twelve years ago. Now an independent advisor and a friend.',
    metDaysAgo: 4380,
    introducedBy: null,
    about: 'The person to call before any big decision.',
    keyFacts: ['Lives by the lake with two greyhounds', 'Allergic to shellfish'],
    tags: ['friend', 'mentor'],
    birthday: { month: 2, day: 18, year: null },
    phone: '+49 30 555 0172',
  },
};

/** "from is <kind> of to", as the relationships repository reads it. */
export const SAMPLE_RELATIONSHIPS: {
  from: SamplePersonKey;
  to: SamplePersonKey;
  kind: RelationshipKind;
}[] = [
  { from: 'marcus', to: 'priya', kind: 'manager' },
  { from: 'priya', to: 'luis', kind: 'manager' },
  { from: 'elena', to: 'tom', kind: 'colleague' },
  { from: 'sofia', to: 'jonas', kind: 'manager' },
  { from: 'amara', to: 'daniel', kind: 'colleague' },
  { from: 'hannah', to: 'priya', kind: 'friend' },
];

/** Someone on this week's invitations who has no dossier yet: the briefing offers to make one. */
export const SAMPLE_STRANGER = {
  name: 'Grace Park',
  email: 'grace.park@halcyonhealth.example',
};
