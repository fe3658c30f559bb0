import { separatorFor, type ColumnReading, type ReadField } from './csvColumns';
import { OUTLOOK_SEPARATOR } from './csvValues';

/**
 * Outlook's CSV export ("Comma Separated Values"), in the forms it comes in: Outlook for Windows
 * ("Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",
 * "Business Street",… "Business Country/Region", the Home and Other addresses, the phones, then
 * "Birthday","Categories",…,"E-mail Address","E-mail Type","E-mail Display Name",…,"Notes",…,
 * "Web Page"), Outlook on the web (First Name,Middle Name,Last Name,Title,Suffix,Nickname,…,
 * E-mail Address,E-mail 2 Address,…,Web Page,Birthday,Anniversary,Notes) and Google's "Outlook CSV"
 * export, whose addresses end in "Country" rather than "Country/Region". Columns are read by name,
 * so the order does not matter.
 *
 * "Title" is the name prefix (Mr., Dr.), not the job title; Farley leaves it out. Outlook writes
 * "0/0/00" for a birthday it does not know, and dates as the Windows locale writes them, M/D/YYYY in
 * the US. "Categories" holds the contact's categories separated by semicolons.
 */

/** Each phone column with the label it implies. Callback, ISDN, Radio, Telex and TTY are left out. */
const PHONE_LABELS: Record<string, string> = {
  'Primary Phone': '',
  'Business Phone': 'work',
  'Business Phone 2': 'work',
  'Company Main Phone': 'main',
  'Home Phone': 'home',
  'Home Phone 2': 'home',
  'Mobile Phone': 'mobile',
  'Other Phone': 'other',
  'Car Phone': 'car',
  Pager: 'pager',
  'Business Fax': 'work fax',
  'Home Fax': 'home fax',
  'Other Fax': 'fax',
  "Assistant's Phone": 'assistant',
};

/** The three addresses, by the word their columns start with. */
const ADDRESS_LABELS: Record<string, string> = { Business: 'work', Home: 'home', Other: 'other' };

const ADDRESS_PARTS: Record<string, ReadField> = {
  Address: 'formattedAddress',
  Street: 'street',
  'Street 2': 'street',
  'Street 3': 'street',
  City: 'city',
  State: 'region',
  'Postal Code': 'postalCode',
  Country: 'country',
  'Country/Region': 'country',
};

/** The other columns: the field each fills and the label it implies, if any. */
const NAMED_COLUMNS: Record<string, { field: ReadField; label?: string }> = {
  'First Name': { field: 'givenName' },
  'Middle Name': { field: 'givenName' },
  'Last Name': { field: 'familyName' },
  Nickname: { field: 'nickname' },
  Company: { field: 'organization' },
  'Job Title': { field: 'title' },
  'E-mail Address': { field: 'email' },
  'E-mail 2 Address': { field: 'email' },
  'E-mail 3 Address': { field: 'email' },
  'Web Page': { field: 'website', label: '' },
  'Personal Web Page': { field: 'website', label: 'home' },
  Birthday: { field: 'birthday' },
  Anniversary: { field: 'event', label: 'Anniversary' },
  Notes: { field: 'notes' },
  Categories: { field: 'tags' },
};

function readingOf(header: string): Omit<ColumnReading, 'column' | 'separator'> | null {
  const phone = PHONE_LABELS[header];
  if (phone !== undefined) return { field: 'phone', label: { fixed: phone }, group: '' };
  const named = NAMED_COLUMNS[header];
  if (named) {
    const label = named.label === undefined ? null : { fixed: named.label };
    const group = named.field === 'organization' || named.field === 'title' ? 'Company' : '';
    return { field: named.field, label, group };
  }
  const address = /^(Business|Home|Other) (.+)$/.exec(header);
  const part = ADDRESS_PARTS[address?.[2] ?? ''];
  const label = ADDRESS_LABELS[address?.[1] ?? ''];
  if (!part || label === undefined) return null;
  return { field: part, label: { fixed: label }, group: label };
}

export function outlookReadings(columns: string[]): ColumnReading[] {
  return columns.flatMap((header, column) => {
    const reading = readingOf(header);
    if (!reading) return [];
    return [{ ...reading, column, separator: separatorFor(reading.field, OUTLOOK_SEPARATOR) }];
  });
}

/** Headers only Outlook's exports have; two of them make a file an Outlook export. */
export function outlookSignature(columns: string[]): number {
  const known = new Set([
    'E-mail Address',
    'E-mail 2 Address',
    'Business Phone',
    'Home Phone',
    'Mobile Phone',
    'Company',
    'Job Title',
    'Categories',
    'Business Street',
    'Home Street',
    'Web Page',
  ]);
  return columns.filter((header) => known.has(header)).length;
}
