import { z } from 'zod';
import type { Person, PersonSummary } from '../domain/person';
import { defineCall } from './define';

/** Generous limits: they exist to reject garbage (a pasted megabyte), not to police real names. */
export const NAME_MAX = 200;
export const EMAIL_MAX = 254;

const displayName = z
  .string({ error: 'Name must be text' })
  .trim()
  .min(1, { error: 'Name cannot be empty' })
  .max(NAME_MAX, { error: `Name is longer than ${NAME_MAX} characters` });

const emailAddress = z
  .string({ error: 'Email must be text' })
  .trim()
  .max(EMAIL_MAX, { error: `Email is longer than ${EMAIL_MAX} characters` })
  .pipe(z.email({ error: 'This is not a valid email address' }));

export const personId = z.uuid({ error: 'Not a person id' });

export const newPersonInput = z.strictObject({
  displayName,
  email: z.union([emailAddress, z.literal('').transform(() => undefined)]).optional(),
});
export type NewPersonInput = z.input<typeof newPersonInput>;

export const peopleCalls = {
  'people.list': defineCall(
    z.strictObject({ query: z.string().max(NAME_MAX).optional() }),
    'People, newest change first, optionally filtered by name or email',
  ).returns<PersonSummary[]>(),
  'people.get': defineCall(z.strictObject({ id: personId }), 'One whole person').returns<Person>(),
  'people.create': defineCall(newPersonInput, 'Add a person').returns<Person>(),
};
