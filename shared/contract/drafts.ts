import { z } from 'zod';
import { INTERACTION_KINDS } from '../domain/interaction';
import { defineCall } from './define';
import { entityId, text } from './fields';
import { BODY_MAX, eventLink } from './interactions';

/** The quick-capture form as typed: lenient, because half-written is the point of a draft. */
export const draftContent = z.strictObject({
  kind: z.enum(INTERACTION_KINDS).default('note'),
  occurredAt: z.string().max(40).default(''),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 14)
    .nullable()
    .default(null),
  title: text('Title', 500).default(''),
  location: text('Location', 500).default(''),
  body: z
    .string()
    .max(BODY_MAX, { error: 'The note is longer than 200,000 characters' })
    .default(''),
  participantIds: z.array(entityId('person')).max(500).default([]),
  event: eventLink.nullable().default(null),
});
export type DraftContent = z.output<typeof draftContent>;

export interface Draft {
  id: string;
  content: DraftContent;
  createdAt: string;
  updatedAt: string;
}

export const draftCalls = {
  'drafts.save': defineCall(
    z.strictObject({ id: entityId('draft').optional(), content: draftContent }),
    'Save what is being typed (called continuously); returns the draft with its id',
  ).returns<Draft>(),
  'drafts.list': defineCall(z.strictObject({}), 'Unfinished drafts, newest first').returns<
    Draft[]
  >(),
  'drafts.discard': defineCall(
    z.strictObject({ id: entityId('draft') }),
    'Throw a draft away',
  ).returns<{
    id: string;
  }>(),
};
