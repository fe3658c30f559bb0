import type { PersonRef } from './person';

export const INTERACTION_KINDS = [
  'meeting',
  'call',
  'video',
  'email',
  'message',
  'in_person',
  'note',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const INTERACTION_KIND_LABELS: Record<InteractionKind, string> = {
  meeting: 'Meeting',
  call: 'Call',
  video: 'Video call',
  email: 'Email',
  message: 'Message',
  in_person: 'In person',
  note: 'Note',
};

/** A calendar occurrence an interaction was logged for. */
export interface EventLink {
  source: string;
  uid: string;
  /** The occurrence's RECURRENCE-ID as a UTC instant, or '' for a single event. */
  recurrenceId: string;
}

export interface FollowUp {
  id: string;
  title: string;
  dueOn: string | null;
  doneAt: string | null;
  people: PersonRef[];
  interactionId: string | null;
  createdAt: string;
}

export interface Interaction {
  id: string;
  kind: InteractionKind;
  occurredAt: string;
  durationMinutes: number | null;
  title: string;
  location: string;
  body: string;
  participants: PersonRef[];
  followUps: FollowUp[];
  event: EventLink | null;
  createdAt: string;
  updatedAt: string;
}

export type TimelineItem =
  | { type: 'interaction'; at: string; interaction: Interaction }
  | { type: 'followUp'; at: string; followUp: FollowUp }
  | { type: 'date'; at: string; label: string; date: string };

export interface FollowUpBuckets {
  overdue: FollowUp[];
  today: FollowUp[];
  upcoming: FollowUp[];
  someday: FollowUp[];
  done: FollowUp[];
}
