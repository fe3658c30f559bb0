import type { CsvField, CsvMapping } from '../../../../shared/domain/contacts';
import { GOOGLE_SEPARATOR, LOOSE_LIST_SEPARATOR } from './csvValues';

/**
 * What a column may fill. Beyond the fields a user can map to, the presets know two more: an
 * important date whose kind comes from its label (Google's "Event 1", Outlook's "Anniversary"), and
 * a whole address in one cell (Google's "Address 1 - Formatted"), used when the parts are empty.
 */
export type ReadField = CsvField | 'event' | 'formattedAddress';

/** How one column of a file is read. */
export interface ColumnReading {
  column: number;
  field: ReadField;
  /**
   * Where the value's label comes from: a fixed word (Outlook's "Business Phone" is work), a
   * sibling column (Google's "E-mail 1 - Label"), or nowhere.
   */
  label: { fixed: string } | { column: number } | null;
  /** Columns that share a group make one address or one role ("Address 1", "Business"). */
  group: string;
  /** How several values share one cell, or null when a cell holds one value. */
  separator: RegExp | null;
}

/** How several values share a cell of this field; null where a cell holds one value. */
export function separatorFor(field: ReadField, tagSeparator: RegExp): RegExp | null {
  // Addresses hold no commas or semicolons, so those separate several in one cell in any layout.
  if (field === 'email') return LOOSE_LIST_SEPARATOR;
  if (field === 'phone') return GOOGLE_SEPARATOR;
  if (field === 'tags') return tagSeparator;
  return null;
}

/** The label a hand-made header implies: "Work email" is work, "Mobile" is mobile. */
export function labelFromHeader(header: string): string {
  const words = header.toLowerCase();
  if (/\b(work|business|office)\b/.test(words)) return 'work';
  if (/\b(home|personal|private)\b/.test(words)) return 'home';
  if (/\b(mobile|cell|cellphone)\b/.test(words)) return 'mobile';
  return '';
}

const ADDRESS_FIELDS = new Set<ReadField>(['street', 'city', 'region', 'postalCode', 'country']);
const LABELLED_FIELDS = new Set<ReadField>(['email', 'phone', 'website', ...ADDRESS_FIELDS]);

/**
 * How a column the user mapped is read. Its label comes from the header's words, and address
 * columns are grouped by them, so "Home city" and "Work city" make two addresses.
 */
export function mappedReading(header: string, column: number, field: CsvField): ColumnReading {
  return {
    column,
    field,
    label: LABELLED_FIELDS.has(field) ? { fixed: labelFromHeader(header) } : null,
    group: ADDRESS_FIELDS.has(field) ? labelFromHeader(header) : '',
    separator: separatorFor(field, LOOSE_LIST_SEPARATOR),
  };
}

/** The field a mapping gives a header, if any (never one inherited from Object). */
export function mappedField(mapping: CsvMapping, header: string): CsvField | undefined {
  return Object.hasOwn(mapping, header) ? mapping[header] : undefined;
}

export function readingsOfMapping(columns: string[], mapping: CsvMapping): ColumnReading[] {
  return columns.flatMap((header, column) => {
    const field = mappedField(mapping, header);
    return field ? [mappedReading(header, column, field)] : [];
  });
}

/**
 * Header words and the field they suggest, tried in order: the first match wins, so "E-mail
 * address" is an email before it is an address, and "Company name" an organization before a name.
 */
const HEADER_GUESSES: [RegExp, CsvField][] = [
  [/\be ?mail|\bmail\b/, 'email'],
  [/\b(phone|tel|telephone|mobile|cell|fax)\b/, 'phone'],
  [/\b(web ?site|web ?page|url|homepage|site)\b/, 'website'],
  [/\b(company|organi[sz]ation|employer|org)\b/, 'organization'],
  [/\b(title|role|position|job)\b/, 'title'],
  [/\b(birthday|birth ?date|date of birth|dob|born)\b/, 'birthday'],
  [/\b(notes?|comments?|description|about)\b/, 'notes'],
  [/\b(tags?|categories|category|groups?|labels?)\b/, 'tags'],
  [/\b(zip|postal|post ?code)\b/, 'postalCode'],
  [/\b(street|address)\b/, 'street'],
  [/\b(city|town|locality)\b/, 'city'],
  [/\b(state|region|province|county)\b/, 'region'],
  [/\bcountry\b/, 'country'],
  [/\b(nick ?name|nick)\b/, 'nickname'],
  // "Last" alone is no name: "Last contacted", "Last modified".
  [/\b(first|given|middle) ?name\b|\b(given|forename|firstname)\b/, 'givenName'],
  [/\b(last|family) ?name\b|\b(surname|lastname|family)\b/, 'familyName'],
  [/\bname\b/, 'displayName'],
];

/** A mapping guessed from the header words of a file no preset knows. */
export function guessedMapping(columns: string[]): CsvMapping {
  const mapping: CsvMapping = {};
  for (const header of columns) {
    const words = header
      .toLowerCase()
      .replace(/[_\-./]+/g, ' ')
      .trim();
    const guess = HEADER_GUESSES.find(([pattern]) => pattern.test(words));
    if (guess && header !== '') mapping[header] = guess[1];
  }
  return mapping;
}
