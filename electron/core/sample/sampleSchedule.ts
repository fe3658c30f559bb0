import type { SamplePersonKey } from './samplePeople';

/**
 * The shape of a sample week: which meetings happen on which weekday, at what local time, with
 * whom. Plain data; sampleCalendar.ts turns it into dated events around the user's today.
 */

export type Partstat = 'ACCEPTED' | 'TENTATIVE' | 'NEEDS-ACTION' | 'DECLINED';

export interface SampleInvitee {
  /** A sample person, or the stranger who has no dossier yet. */
  who: SamplePersonKey | 'stranger';
  response: Partstat;
  optional?: boolean;
}

export interface SampleRoom {
  name: string;
  email: string;
}

export interface MeetingTemplate {
  /** Part of the UID: with the date, it names one event. */
  slug: string;
  title: string;
  /** Local wall times, HH:MM. */
  start: string;
  end: string;
  organizer: SamplePersonKey;
  invitees: SampleInvitee[];
  location: string;
  room?: SampleRoom;
  description?: string;
  /** The user's own answer, when their address is on the invitation. */
  myResponse?: Partstat;
}

const yes = (who: SampleInvitee['who']): SampleInvitee => ({ who, response: 'ACCEPTED' });
const answer = (
  who: SampleInvitee['who'],
  response: Partstat,
  optional = false,
): SampleInvitee => ({ who, response, optional });

const meet = (room: string) => `https://meet.example.com/${room}`;

export const ATLAS_ROOM: SampleRoom = {
  name: 'Atlas room',
  email: 'atlas.room@northwind.example',
};
export const JUNIPER_ROOM: SampleRoom = {
  name: 'Juniper room',
  email: 'juniper.room@halcyonhealth.example',
};

/** Meetings by ISO weekday (1 = Monday … 7 = Sunday); weekends stay light and personal. */
export const WEEKDAY_MEETINGS: Record<number, MeetingTemplate[]> = {
  1: [
    {
      slug: 'northwind-planning',
      title: 'Northwind weekly planning',
      start: '09:30',
      end: '10:00',
      organizer: 'luis',
      invitees: [yes('luis'), yes('priya')],
      location: meet('nw-weekly-planning'),
    },
    {
      slug: 'design-review',
      title: 'Design review: onboarding flow',
      start: '13:00',
      end: '14:00',
      organizer: 'sofia',
      invitees: [yes('sofia'), yes('jonas')],
      location: meet('brightwater-review'),
      description:
        'Walk through the revised sign-up screens.\nBring: the numbers from the last test round.',
    },
    {
      slug: 'call-tom',
      title: 'Call with Tom',
      start: '16:00',
      end: '16:30',
      organizer: 'tom',
      invitees: [yes('tom')],
      location: 'Phone: Tom calls',
    },
  ],
  2: [
    {
      slug: 'meridian-check-in',
      title: 'Meridian portfolio check-in',
      start: '10:00',
      end: '10:45',
      organizer: 'elena',
      invitees: [yes('elena'), answer('tom', 'TENTATIVE')],
      location: meet('meridian-portfolio'),
    },
    {
      slug: 'lunch-luis',
      title: 'Lunch with Luis',
      start: '12:45',
      end: '13:45',
      organizer: 'luis',
      invitees: [yes('luis')],
      location: 'Café Lumen, 12 Chestnut Street',
    },
    {
      slug: 'roadmap-sync',
      title: 'Roadmap sync',
      start: '16:00',
      end: '17:00',
      organizer: 'marcus',
      invitees: [yes('marcus'), yes('priya'), yes('luis')],
      location: 'Atlas room, Northwind HQ',
      room: ATLAS_ROOM,
      description: 'Q1 priorities; the integration’s release date; hiring.',
    },
  ],
  3: [
    {
      slug: 'sprint-demo',
      title: 'Brightwater sprint demo',
      start: '10:30',
      end: '11:15',
      organizer: 'jonas',
      invitees: [yes('jonas'), yes('sofia'), answer('luis', 'ACCEPTED', true)],
      location: meet('brightwater-demo'),
    },
    {
      slug: 'procurement-questions',
      title: 'Halcyon procurement questions',
      start: '13:30',
      end: '14:00',
      organizer: 'daniel',
      invitees: [yes('daniel')],
      location: meet('halcyon-procurement'),
      description: 'Daniel’s open questions on the security questionnaire.',
    },
    {
      slug: 'investor-update',
      title: 'Investor update prep',
      start: '16:30',
      end: '17:15',
      organizer: 'elena',
      invitees: [yes('elena')],
      location: meet('meridian-elena'),
    },
  ],
  4: [
    {
      slug: 'hiring-sync',
      title: 'Hiring sync',
      start: '09:30',
      end: '10:00',
      organizer: 'marcus',
      invitees: [yes('marcus')],
      location: meet('nw-hiring'),
    },
    {
      slug: 'intake-workshop',
      title: 'Workshop: patient intake',
      start: '10:30',
      end: '11:45',
      organizer: 'amara',
      invitees: [yes('amara'), yes('sofia'), answer('daniel', 'DECLINED')],
      location: 'Juniper room, Halcyon Health',
      room: JUNIPER_ROOM,
      description: 'Map today’s intake from arrival to first consult. Sticky notes provided.',
    },
  ],
  5: [
    {
      slug: 'demo-friday',
      title: 'Demo Friday',
      start: '10:00',
      end: '10:45',
      organizer: 'luis',
      invitees: [yes('luis'), yes('jonas'), answer('priya', 'NEEDS-ACTION')],
      location: meet('nw-demo-friday'),
      myResponse: 'DECLINED',
    },
    {
      slug: 'quarterly-review',
      title: 'Quarterly review',
      start: '16:00',
      end: '17:00',
      organizer: 'marcus',
      invitees: [yes('marcus'), yes('elena'), yes('priya')],
      location: 'Atlas room, Northwind HQ',
      room: ATLAS_ROOM,
      description: 'Numbers first, then the partnership’s next two quarters.',
    },
  ],
  6: [
    {
      slug: 'brunch-tom',
      title: 'Brunch at Tom’s',
      start: '11:00',
      end: '12:30',
      organizer: 'tom',
      invitees: [yes('tom')],
      location: 'Tom’s place',
    },
  ],
  7: [
    {
      slug: 'long-run',
      title: 'Long run with Priya',
      start: '09:00',
      end: '10:30',
      organizer: 'priya',
      invitees: [yes('priya')],
      location: 'Riverside park, north gate',
    },
  ],
};

/** Today's centrepiece, whatever day it is: a new face on the invitation and a room. */
export const KICKOFF: MeetingTemplate = {
  slug: 'halcyon-kickoff',
  title: 'Halcyon pilot kickoff',
  start: '14:30',
  end: '15:30',
  organizer: 'amara',
  invitees: [yes('amara'), answer('daniel', 'TENTATIVE'), answer('stranger', 'NEEDS-ACTION')],
  location: 'Juniper room, Halcyon Health',
  room: JUNIPER_ROOM,
  description:
    'Kickoff of the patient-intake pilot, in person.\n1. Goals and success measures\n2. Timeline to the board meeting\n3. Access to anonymised intake data',
};

/** The weekly 1:1 with Priya, on today's weekday (Monday at the weekend). */
export const ONE_ON_ONE = {
  uid: 'sample-priya-weekly-1on1@farley.example',
  title: 'Priya / 1:1',
  start: '12:00',
  end: '12:30',
  /** Where the moved occurrence next week goes instead. */
  movedStart: '09:00',
  movedEnd: '09:30',
  location: meet('priya-1on1'),
  description: 'Standing agenda: blockers, the integration, people.',
  /** The series began this many weeks before this week's occurrence. */
  weeksOfHistory: 8,
  /** The occurrence this many weeks back was cancelled (Priya was on holiday). */
  skippedWeeksAgo: 3,
} as const;

/** This week's all-day event, on Thursday. */
export const FORUM = {
  slug: 'healthtech-forum',
  title: 'HealthTech Forum (Amara speaking)',
  location: 'Messe Nord, Hall 3',
  description: 'Amara’s talk on intake at 11:00. Daniel and Grace from Halcyon attend too.',
  weekday: 4,
} as const;
