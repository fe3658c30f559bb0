import { z } from 'zod';
import {
  INTERACTION_KINDS,
  type FollowUp,
  type FollowUpBuckets,
  type Interaction,
  type TimelineItem,
} from '../domain/interaction';
import { defineCall } from './define';
import { entityId, isoDate, requiredText, text } from './fields';

export const BODY_MAX = 200_000;

const instant = z.iso.datetime({
  offset: true,
  error: 'Use a date and time like 2026-11-24T09:30:00Z',
});

export const followUpDraft = z.strictObject({
  title: requiredText('Follow-up', 500),
  dueOn: isoDate.nullable().default(null),
  personIds: z.array(entityId('person')).max(50).default([]),
});

export const eventLink = z.strictObject({
  source: requiredText('Calendar source', 200),
  uid: requiredText('Event UID', 1000),
  recurrenceId: text('Recurrence id', 100).default(''),
});

const interactionFields = {
  kind: z.enum(INTERACTION_KINDS, { error: 'Choose what kind of contact this was' }),
  occurredAt: instant,
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 14)
    .nullable()
    .default(null),
  title: text('Title', 500).default(''),
  location: text('Location', 500).default(''),
  body: text('Note', BODY_MAX).default(''),
  participantIds: z
    .array(entityId('person'))
    .max(500, { error: 'At most 500 participants' })
    .default([]),
};

export const newInteraction = z.strictObject({
  ...interactionFields,
  followUps: z.array(followUpDraft).max(100).default([]),
  event: eventLink.nullable().default(null),
  /** The quick-capture draft this came from: deleted in the same transaction. */
  draftId: entityId('draft').optional(),
});

const todayInput = { today: isoDate };

export const interactionCalls = {
  'interactions.create': defineCall(
    newInteraction,
    'Log an interaction; @mentions join as participants and "[ ]" lines become follow-ups',
  ).returns<Interaction>(),
  'interactions.get': defineCall(
    z.strictObject({ id: entityId('interaction') }),
    'One interaction',
  ).returns<Interaction>(),
  'interactions.update': defineCall(
    z.strictObject({ id: entityId('interaction'), ...interactionFields }),
    'Change an interaction (its follow-ups are edited on their own)',
  ).returns<Interaction>(),
  'interactions.delete': defineCall(
    z.strictObject({ id: entityId('interaction') }),
    'Delete an interaction; it can be brought back with interactions.undelete',
  ).returns<{ id: string }>(),
  'interactions.undelete': defineCall(
    z.strictObject({ id: entityId('interaction') }),
    'Undo a delete',
  ).returns<Interaction>(),
  'timeline.forPerson': defineCall(
    z.strictObject({
      personId: entityId('person'),
      ...todayInput,
      /** Items strictly older than this instant, for the next page. */
      before: z.string().max(100).optional(),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    'A person’s interactions, follow-ups and important dates, newest first, a page at a time',
  ).returns<{ items: TimelineItem[]; nextBefore: string | null; lastContacted: string | null }>(),
  'followUps.list': defineCall(
    z.strictObject({ ...todayInput, personId: entityId('person').optional() }),
    'Follow-ups sorted into overdue, today, upcoming, someday and done',
  ).returns<FollowUpBuckets>(),
  'followUps.create': defineCall(followUpDraft, 'Add a follow-up').returns<FollowUp>(),
  'followUps.update': defineCall(
    z.strictObject({
      id: entityId('follow-up'),
      title: requiredText('Follow-up', 500).optional(),
      dueOn: isoDate.nullable().optional(),
      done: z.boolean().optional(),
      personIds: z.array(entityId('person')).max(50).optional(),
    }),
    'Change, check off or reopen a follow-up',
  ).returns<FollowUp>(),
  'followUps.delete': defineCall(
    z.strictObject({ id: entityId('follow-up') }),
    'Delete a follow-up',
  ).returns<{
    id: string;
  }>(),
};
