import { z } from 'zod';
import type { Person, PersonRef, PersonSummary } from '../domain/person';
import { defineCall } from './define';
import { emailAddress, entityId, requiredText, text } from './fields';
import { displayName, NAME_MAX, personPatch } from './personPatch';

export { NAME_MAX };
export const personId = entityId('person');

/** Photos arrive already resized by the renderer; 2 MB is ample for 512×512. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

export const newPersonInput = z.strictObject({
  displayName,
  email: z.union([emailAddress, z.literal('').transform(() => undefined)]).optional(),
});
export type NewPersonInput = z.input<typeof newPersonInput>;

/** Warmth is the warmest tie first; only that sort fills `PersonSummary.warmth`. */
export const PEOPLE_SORTS = ['updated', 'name', 'warmth'] as const;

export const peopleCalls = {
  'people.list': defineCall(
    z.strictObject({
      query: text('Search', NAME_MAX).optional(),
      sort: z.enum(PEOPLE_SORTS).default('updated'),
      tagId: entityId('tag').optional(),
      organizationId: entityId('organization').optional(),
      archived: z.boolean().default(false),
    }),
    'People matching the filters, sorted by last change, name or warmth',
  ).returns<PersonSummary[]>(),
  'people.get': defineCall(z.strictObject({ id: personId }), 'One whole dossier').returns<Person>(),
  'people.create': defineCall(newPersonInput, 'Add a person').returns<Person>(),
  'people.update': defineCall(
    z.strictObject({ id: personId, patch: personPatch }),
    'Change part of a dossier; each list given replaces the stored one',
  ).returns<Person>(),
  'people.archive': defineCall(z.strictObject({ id: personId }), 'Archive').returns<Person>(),
  'people.restore': defineCall(z.strictObject({ id: personId }), 'Restore').returns<Person>(),
  'people.merge': defineCall(
    z
      .strictObject({ keepId: personId, mergeId: personId })
      .refine((v) => v.keepId !== v.mergeId, { error: 'Cannot merge a person with themselves' }),
    'Fold one person into another, keeping everything of both',
  ).returns<Person>(),
  'people.setPhoto': defineCall(
    z.strictObject({
      id: personId,
      dataUrl: z
        .string({ error: 'Photo must be an image' })
        .max(Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 100, { error: 'This photo is too large' })
        .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/, {
          error: 'Choose a PNG, JPEG or WebP image',
        }),
    }),
    'Set the photo (already resized by the caller)',
  ).returns<Person>(),
  'people.resolve': defineCall(
    z.strictObject({ text: requiredText('Name or email', 254) }),
    'Who a typed name or email means: by email, then exact name, then ignoring case and accents',
  ).returns<{
    match: 'email' | 'name' | 'ambiguous' | 'none';
    person: PersonRef | null;
    candidates: PersonRef[];
  }>(),
  'people.removePhoto': defineCall(
    z.strictObject({ id: personId }),
    'Remove the photo',
  ).returns<Person>(),
};
