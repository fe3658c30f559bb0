import { z } from 'zod';
import { DATE_KINDS } from '../domain/person';
import {
  emailAddress,
  entityId,
  isoDate,
  isValidDayOfYear,
  partialDate,
  phoneNumber,
  requiredText,
  text,
  webUrl,
} from './fields';

export const NAME_MAX = 200;
export const ABOUT_MAX = 100_000;

export const displayName = requiredText('Name', NAME_MAX);
const label = text('Label', 60).default('');

function onePrimary<T extends { primary: boolean }>(items: T[]): T[] {
  // At most one primary; if none is marked, the first one is.
  const index = Math.max(
    0,
    items.findIndex((item) => item.primary),
  );
  return items.map((item, i) => ({ ...item, primary: i === index }));
}

export const emailList = z
  .array(z.strictObject({ address: emailAddress, label, primary: z.boolean().default(false) }))
  .max(50, { error: 'At most 50 email addresses' })
  .superRefine((emails, ctx) => {
    const seen = new Set<string>();
    emails.forEach((email, i) => {
      const key = email.address.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'address'],
          message: 'This address is listed twice',
        });
      }
      seen.add(key);
    });
  })
  .transform(onePrimary);

export const phoneList = z
  .array(z.strictObject({ number: phoneNumber, label, primary: z.boolean().default(false) }))
  .max(50, { error: 'At most 50 phone numbers' })
  .transform(onePrimary);

export const addressList = z
  .array(
    z
      .strictObject({
        label,
        street: text('Street', 500).default(''),
        city: text('City', 200).default(''),
        region: text('Region', 200).default(''),
        postalCode: text('Postal code', 40).default(''),
        country: text('Country', 200).default(''),
      })
      .refine((a) => a.street || a.city || a.region || a.postalCode || a.country, {
        error: 'An address needs at least one line',
      }),
  )
  .max(20, { error: 'At most 20 addresses' });

export const linkList = z
  .array(z.strictObject({ label, url: webUrl }))
  .max(50, { error: 'At most 50 links' });

export const keyFactList = z
  .array(requiredText('Key fact', 500))
  .max(200, { error: 'At most 200 key facts' });

export const importantDateList = z
  .array(
    z
      .strictObject({
        kind: z.enum(DATE_KINDS, { error: 'Choose birthday, anniversary or custom' }),
        label,
        month: z
          .number()
          .int()
          .min(1, { error: 'Month must be 1–12' })
          .max(12, { error: 'Month must be 1–12' }),
        day: z
          .number()
          .int()
          .min(1, { error: 'Day must be 1–31' })
          .max(31, { error: 'Day must be 1–31' }),
        year: z
          .number()
          .int()
          .min(1800, { error: 'Year must be after 1800' })
          .max(2200, { error: 'Year must be before 2200' })
          .nullable()
          .default(null),
      })
      .refine((d) => isValidDayOfYear(d.month, d.day, d.year), {
        error: 'This date does not exist',
        path: ['day'],
      })
      .refine((d) => d.kind !== 'custom' || d.label.length > 0, {
        error: 'A custom date needs a label',
        path: ['label'],
      }),
  )
  .max(50, { error: 'At most 50 dates' });

export const customFieldList = z
  .array(
    z.strictObject({
      label: requiredText('Field name', 100),
      value: text('Value', 2000).default(''),
    }),
  )
  .max(100, { error: 'At most 100 custom fields' });

export const roleList = z
  .array(
    z
      .strictObject({
        organizationId: entityId('organization').optional(),
        /** Used when no id is given: the organization is found by name or created. */
        organizationName: text('Organization', NAME_MAX).optional(),
        title: text('Title', NAME_MAX).default(''),
        startDate: partialDate.nullable().default(null),
        endDate: partialDate.nullable().default(null),
        current: z.boolean().default(true),
      })
      .refine((r) => r.organizationId || r.organizationName, {
        error: 'Choose an organization',
        path: ['organizationName'],
      })
      .refine((r) => !r.startDate || !r.endDate || r.startDate <= r.endDate, {
        error: 'The role ends before it starts',
        path: ['endDate'],
      }),
  )
  .max(50, { error: 'At most 50 roles' });

export const tagNameList = z.array(requiredText('Tag', 50)).max(50, { error: 'At most 50 tags' });

/** Every editable part of a dossier; a list given here replaces the stored one whole. */
export const personPatch = z.strictObject({
  displayName: displayName.optional(),
  givenName: text('Given name', NAME_MAX).optional(),
  familyName: text('Family name', NAME_MAX).optional(),
  nickname: text('Nickname', NAME_MAX).optional(),
  pronouns: text('Pronouns', 60).optional(),
  howWeMet: text('How we met', 5000).optional(),
  metOn: isoDate.nullable().optional(),
  introducedById: entityId('person').nullable().optional(),
  about: text('About', ABOUT_MAX).optional(),
  emails: emailList.optional(),
  phones: phoneList.optional(),
  addresses: addressList.optional(),
  links: linkList.optional(),
  keyFacts: keyFactList.optional(),
  dates: importantDateList.optional(),
  customFields: customFieldList.optional(),
  roles: roleList.optional(),
  tags: tagNameList.optional(),
});
export type PersonPatch = z.output<typeof personPatch>;
export type PersonPatchInput = z.input<typeof personPatch>;
