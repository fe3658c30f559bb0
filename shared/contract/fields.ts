import { z } from 'zod';

// Field rules shared by every call. Limits are generous: they exist to turn a pasted megabyte
// or a wrong type into a clear message, not to police real names.

export function text(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} is longer than ${max.toLocaleString('en')} characters` });
}

export function requiredText(label: string, max: number) {
  return text(label, max).min(1, { error: `${label} cannot be empty` });
}

export const entityId = (what: string) => z.uuid({ error: `Not a valid ${what} id` });

export const emailAddress = z
  .string({ error: 'Email must be text' })
  .trim()
  .max(254, { error: 'Email is longer than 254 characters' })
  .pipe(z.email({ error: 'This is not a valid email address' }));

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** YYYY-MM-DD that exists on the calendar. */
export const isoDate = z
  .string({ error: 'Date must be text' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date like 2024-03-15' })
  .refine(
    (value) => {
      const [y, m, d] = value.split('-').map(Number);
      return isCalendarDate(y ?? 0, m ?? 0, d ?? 0);
    },
    { error: 'This date does not exist' },
  );

/** YYYY, YYYY-MM or YYYY-MM-DD: people remember when a job started only roughly. */
export const partialDate = z
  .string({ error: 'Date must be text' })
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, { error: 'Use 2021, 2021-06 or 2021-06-14' })
  .refine(
    (value) => {
      const [y, m, d] = value.split('-').map(Number);
      return d === undefined || isCalendarDate(y ?? 0, m ?? 0, d);
    },
    { error: 'This date does not exist' },
  );

/** A month and day that can occur: 29 February is fine without a year or in a leap year. */
export function isValidDayOfYear(month: number, day: number, year: number | null): boolean {
  return isCalendarDate(year ?? 2000, month, day);
}

/** Web links: a bare `linkedin.com/in/ada` gets https:// so it opens in the browser. */
export const webUrl = z
  .string({ error: 'Link must be text' })
  .trim()
  .min(1, { error: 'Link cannot be empty' })
  .max(2000, { error: 'Link is longer than 2,000 characters' })
  .transform((value) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`))
  .pipe(z.url({ protocol: /^https?$/, error: 'Links must be web addresses (https://…)' }));

export const phoneNumber = z
  .string({ error: 'Phone must be text' })
  .trim()
  .min(1, { error: 'Phone number cannot be empty' })
  .max(40, { error: 'Phone number is longer than 40 characters' })
  .regex(/^\+?[\d\s().\-/]*\d[\d\s().\-/]*(\s*(x|ext\.?)\s*\d+)?$/i, {
    error: 'Use digits, spaces, + ( ) - and an optional extension',
  });
