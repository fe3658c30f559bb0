import { separatorFor, type ColumnReading, type ReadField } from './csvColumns';
import { GOOGLE_SEPARATOR } from './csvValues';

/**
 * Google Contacts' CSV export ("Google CSV"), in its two forms.
 *
 * The current form (contacts.google.com) starts with these columns, then as many numbered groups
 * as the contact with the most values needs: "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 -
 * …", "Address 1 - Label/Formatted/Street/City/PO Box/Region/Postal Code/Country/Extended
 * Address", "Relation 1 - …", "Website 1 - …", "Event 1 - …", "Custom Field 1 - …".
 *
 * The older form (the Gmail-era export) has "Name", "Given Name", "Additional Name", "Family
 * Name", …, "Group Membership", and "- Type" where the current one has "- Label"; organizations are
 * numbered too ("Organization 1 - Name", "Organization 1 - Title").
 *
 * Both put several values with one label in a cell ("a@x.com ::: b@x.com"), mark the primary value
 * with a star in its label ("* Home", or "* " alone), and list the contact's labels as
 * "Friends ::: * myContacts ::: * starred", where the starred names are Google's own groups.
 */
export const GOOGLE_FIXED_COLUMNS = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Phonetic First Name',
  'Phonetic Middle Name',
  'Phonetic Last Name',
  'Name Prefix',
  'Name Suffix',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Organization Department',
  'Birthday',
  'Notes',
  'Photo',
  'Labels',
] as const;

/** The parts of a numbered address group, in the order Google writes them. */
export const GOOGLE_ADDRESS_PARTS = [
  'Label',
  'Formatted',
  'Street',
  'City',
  'PO Box',
  'Region',
  'Postal Code',
  'Country',
  'Extended Address',
] as const;

/**
 * Columns read by name. "File As" is the name Google's list shows instead of the person's name, and
 * the middle name is kept as part of the given name, since Farley has no field of its own for it.
 */
const NAMED_COLUMNS: Record<string, ReadField> = {
  Name: 'displayName',
  'File As': 'displayName',
  'First Name': 'givenName',
  'Given Name': 'givenName',
  'Middle Name': 'givenName',
  'Additional Name': 'givenName',
  'Last Name': 'familyName',
  'Family Name': 'familyName',
  Nickname: 'nickname',
  'Organization Name': 'organization',
  'Organization Title': 'title',
  Birthday: 'birthday',
  Notes: 'notes',
  Labels: 'tags',
  'Group Membership': 'tags',
};

/** Parts of numbered groups: "E-mail 2 - Value" is an email, "Address 1 - City" a city. */
const NUMBERED_PARTS: Record<string, Partial<Record<string, ReadField>>> = {
  'E-mail': { Value: 'email' },
  Phone: { Value: 'phone' },
  Website: { Value: 'website' },
  Event: { Value: 'event' },
  Organization: { Name: 'organization', Title: 'title' },
  Address: {
    Formatted: 'formattedAddress',
    Street: 'street',
    'Extended Address': 'street',
    City: 'city',
    Region: 'region',
    'Postal Code': 'postalCode',
    Country: 'country',
  },
};

const NUMBERED = /^(E-mail|Phone|Website|Event|Organization|Address) (\d+) - (.+)$/;

/** How each column of a Google export is read, from the headers the file actually has. */
export function googleReadings(columns: string[]): ColumnReading[] {
  const index = new Map(columns.map((header, column) => [header, column]));
  const readings: ColumnReading[] = [];
  columns.forEach((header, column) => {
    const named = NAMED_COLUMNS[header];
    if (named) {
      // The current form has one organization, unnumbered; it is a group of its own.
      const group = named === 'organization' || named === 'title' ? 'Organization' : '';
      const separator = separatorFor(named, GOOGLE_SEPARATOR);
      readings.push({ column, field: named, label: null, group, separator });
      return;
    }
    const numbered = NUMBERED.exec(header);
    const [kind, number, part] = [numbered?.[1] ?? '', numbered?.[2] ?? '', numbered?.[3] ?? ''];
    const field = NUMBERED_PARTS[kind]?.[part];
    if (!field) return;
    const group = `${kind} ${number}`;
    const labelColumn = index.get(`${group} - Label`) ?? index.get(`${group} - Type`);
    readings.push({
      column,
      field,
      label: labelColumn === undefined ? null : { column: labelColumn },
      group,
      separator: separatorFor(field, GOOGLE_SEPARATOR),
    });
  });
  return readings;
}

/** Headers only Google's exports have; two of them make a file a Google export. */
export function googleSignature(columns: string[]): number {
  const known = new Set(['Labels', 'Group Membership', 'File As', 'Given Name', 'Family Name']);
  return columns.filter((header) => known.has(header) || NUMBERED.test(header)).length;
}
