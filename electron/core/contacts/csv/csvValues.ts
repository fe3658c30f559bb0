import {
  emailAddress,
  isValidDayOfYear,
  phoneNumber,
  webUrl,
} from '../../../../shared/contract/fields';

/**
 * Reading single CSV values: labels, dates, addresses, numbers, links and cells that hold several
 * values. Values are checked with the contract's own rules, so a value the store would refuse is
 * left out of its contact with a reason, instead of making the store refuse the whole contact.
 */

/** A label as a layout gives it, with Google's "*" (the primary value) taken off. */
export interface ValueLabel {
  label: string;
  primary: boolean;
}

/**
 * Labels the exporters write in title case ("Mobile", "Home Fax"). Farley keeps them lower case,
 * like its own labels; anything else is a label the user typed and is kept as written.
 */
const STANDARD_LABELS = new Set([
  'home',
  'work',
  'mobile',
  'other',
  'main',
  'home fax',
  'work fax',
  'fax',
  'pager',
  'google voice',
  'car',
  'assistant',
  'profile',
  'blog',
  'home page',
]);

/** Other names for the same standard labels. */
const LABEL_SYNONYMS: Record<string, string> = { cell: 'mobile', business: 'work' };

export function labelOf(raw: string): ValueLabel {
  const trimmed = raw.trim();
  // Google marks the primary value with a leading "* ", and writes "* " alone for an unlabelled one.
  const primary = trimmed.startsWith('*');
  const text = (primary ? trimmed.slice(1) : trimmed).trim();
  const lower = text.toLowerCase();
  const standard = LABEL_SYNONYMS[lower] ?? (STANDARD_LABELS.has(lower) ? lower : null);
  return { label: standard ?? text, primary };
}

/** The way Google writes a standard label: "home fax" → "Home Fax". Custom labels stay as typed. */
export function exportedLabel(label: string): string {
  if (!STANDARD_LABELS.has(label)) return label;
  return label.replace(/\b\w/g, (letter) => letter.toUpperCase());
}

/** Google puts several values of one kind in a cell as "a ::: b". */
export const GOOGLE_SEPARATOR = /\s*:::\s*/;
/** Outlook's Categories: "Friends;Work". */
export const OUTLOOK_SEPARATOR = /\s*;\s*/;
/** A hand-made file: "friends, work", "friends; work" or Google's form. */
export const LOOSE_LIST_SEPARATOR = /\s*(?::::|[;,])\s*/;

export function splitValues(cell: string, separator: RegExp | null): string[] {
  const values = separator ? cell.split(separator) : [cell];
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

/**
 * The address in "ada@example.com", "Ada <ada@example.com>" or "mailto:ada@example.com", or null
 * when it is not one the store accepts.
 */
export function emailAddressOf(raw: string): string | null {
  const bracketed = /<([^<>]+)>\s*$/.exec(raw);
  const parsed = emailAddress.safeParse((bracketed?.[1] ?? raw).trim().replace(/^mailto:/i, ''));
  return parsed.success ? parsed.data : null;
}

/** The number as written, or null when the store would refuse it ("ask Bob", "555-HOME"). */
export function phoneNumberOf(raw: string): string | null {
  return phoneNumber.safeParse(raw).success ? raw.trim() : null;
}

/** The link as written, or null when it is no web address. Kept as written: the store adds https://. */
export function webLinkOf(raw: string): string | null {
  return webUrl.safeParse(raw).success ? raw.trim() : null;
}

export interface DayOfYear {
  month: number;
  day: number;
  year: number | null;
}

/**
 * The store keeps years from 1800 to 2200. Earlier ones are a marker for "year unknown" (Apple
 * writes 1604); later ones mean no date at all (Outlook's "none" is 1/1/4501).
 */
function checked(month: number, day: number, year: number | null): DayOfYear | 'none' | null {
  if (year !== null && year > 2200) return 'none';
  const known = year !== null && year >= 1800 ? year : null;
  return isValidDayOfYear(month, day, known) ? { month, day, year: known } : null;
}

/** Outlook writes "0/0/00" for a contact without a birthday; other tools write zeros too. */
const NO_DATE = /^0{1,2}[/.-]0{1,2}[/.-]0{2,4}$/;

/**
 * A date as contact exports write it: ISO "1990-04-15" (also with a time after it), Google's
 * year-less "--04-15", Outlook's "4/15/1990" (month first, as the US locale writes it, unless the
 * first number can only be a day: "25/12/1990"), or "15.4.1990" (day first, as in Europe).
 * Returns "none" for a placeholder that means no date, and null for anything else.
 */
export function dateOf(raw: string): DayOfYear | 'none' | null {
  const value = raw.trim();
  if (value === '' || NO_DATE.test(value)) return 'none';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+\-Z]*)?$/.exec(value);
  if (iso) return checked(Number(iso[2]), Number(iso[3]), Number(iso[1]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) return checked(Number(compact[2]), Number(compact[3]), Number(compact[1]));
  const yearless = /^--(\d{2})-?(\d{2})$/.exec(value);
  if (yearless) return checked(Number(yearless[1]), Number(yearless[2]), null);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (slashed) {
    const [first, second, year] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
    return first > 12 ? checked(second, first, year) : checked(first, second, year);
  }
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (dotted) return checked(Number(dotted[2]), Number(dotted[1]), Number(dotted[3]));
  return null;
}

/** "1990-04-15", or Google's "--04-15" without a year. */
export function isoDateOf({ month, day, year }: DayOfYear): string {
  const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return year === null ? `--${monthDay}` : `${String(year).padStart(4, '0')}-${monthDay}`;
}
