import type { DatedPerson } from './briefing';
import type { FollowUp } from './interaction';
import type { PersonRef } from './person';

export const CADENCES = ['2w', 'monthly', 'quarterly', 'yearly', 'none'] as const;
export type Cadence = (typeof CADENCES)[number];

/** Days between contacts for each cadence ('none': never due). */
export const CADENCE_DAYS: Record<Exclude<Cadence, 'none'>, number> = {
  '2w': 14,
  monthly: 30,
  quarterly: 91,
  yearly: 365,
};

export const CADENCE_LABELS: Record<Cadence, string> = {
  '2w': 'every 2 weeks',
  monthly: 'monthly',
  quarterly: 'quarterly',
  yearly: 'yearly',
  none: 'no cadence',
};

/** A warmth score 0–100 with the facts it was made from, in words. */
export interface Warmth {
  personId: string;
  score: number;
  /** "12 interactions in 90 days, last 3 days ago". */
  explanation: string;
  /** The parts of the score, for the person page's breakdown. */
  parts: { label: string; points: number }[];
}

export interface ReachOutItem {
  person: PersonRef;
  cadence: Cadence;
  /** Where the cadence comes from: the person's own, or a tag's (its name). */
  cadenceFrom: 'person' | { tag: string };
  /** Last interaction or attended meeting (ISO instant), or null when never. */
  lastContactAt: string | null;
  /** When the next contact is due (YYYY-MM-DD). */
  dueOn: string;
  /** Days past due (0 when due today; negative when not yet due). */
  daysOverdue: number;
  warmth: number;
  /** "monthly; last spoke 47 days ago — call about the Q2 plan". */
  reason: string;
}

export interface GoingColdItem {
  person: PersonRef;
  /** Interactions in the six months before the quiet spell. */
  previousCount: number;
  lastContactAt: string;
  daysSilent: number;
  reason: string;
}

/** One step of an intro path, with what makes the tie. */
export interface IntroHop {
  from: PersonRef | 'you';
  to: PersonRef;
  /** 0–100: how warm this tie is. */
  strength: number;
  /** "you ↔ Dana: 14 meetings", "colleagues at Initech 2019–2023". */
  evidence: string[];
}

export interface IntroPath {
  hops: IntroHop[];
  /** The path's warmth: its weakest tie. */
  strength: number;
}

export interface WhoKnowsResult {
  /** The organization found, or null when searched by a domain nobody registered. */
  organization: { id: string; name: string; domains: string[] } | null;
  /** People at it (current or past role, or an email at its domains), warmest first. */
  people: {
    person: PersonRef;
    title: string;
    current: boolean;
    warmth: number;
    /** Your warmest tie to them when they are cold themselves: someone who knows them. */
    via: IntroPath | null;
  }[];
}

/** One person's keep-in-touch state, for their dossier. */
export interface KeepInTouch {
  /** The cadence in effect; 'none' when they opted out on their own page; null when none. */
  cadence: Cadence | null;
  /** Where it comes from, as in the Reach out list; null without a cadence. */
  from: ReachOutItem['cadenceFrom'] | null;
  /** Last interaction or attended meeting (ISO instant), or null when never. */
  lastContactAt: string | null;
  /** When the next contact is due (YYYY-MM-DD); null when never due. */
  dueOn: string | null;
  /** Days past due (0 today, negative while not yet due); null when never due. */
  daysOverdue: number | null;
}

/** One group of the Today panel: the first few items and how many there are in all. */
export interface TodayGroup<Item> {
  items: Item[];
  total: number;
}

/** The Today panel beside the briefing: what to act on, for a day. */
export interface TodayPanel {
  /** The day it is for (YYYY-MM-DD). */
  date: string;
  /** Open follow-ups due on or before the day, the most overdue first. */
  followUpsDue: TodayGroup<FollowUp>;
  /** The top of the Reach out list (as of now). */
  reachOut: TodayGroup<ReachOutItem>;
  /** Birthdays, anniversaries and other dates in the 7 days from the day, soonest first. */
  datesThisWeek: TodayGroup<DatedPerson>;
  /** The top of the Going cold list (as of now). */
  goingCold: TodayGroup<GoingColdItem>;
}
