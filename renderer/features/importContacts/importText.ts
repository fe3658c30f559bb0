import type {
  ContactFormat,
  CsvField,
  CsvPreset,
  ImportDecision,
  ImportRow,
} from '../../../shared/domain/contacts';

const number = new Intl.NumberFormat();

/** "1 phone number", "2,310 contacts": the count and the noun in the right number. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${number.format(count)} ${count === 1 ? one : many}`;
}

/** The last part of a path, for "Reading contacts.vcf"; either separator, as paths come from any OS. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
}

/** What a file holds, by its extension; null for a file Farley cannot import. */
export function formatOfPath(path: string): ContactFormat | null {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(vcf|vcard)$/i.test(path)) return 'vcard';
  return null;
}

export const FORMAT_NAMES: Record<ContactFormat, string> = { vcard: 'vCard', csv: 'CSV' };

export const PRESET_NAMES: Record<CsvPreset, string> = {
  google: 'Google Contacts',
  outlook: 'Outlook',
};

/** How each field a CSV column can fill reads in the mapping step. */
export const FIELD_LABELS: Record<CsvField, string> = {
  displayName: 'Full name',
  givenName: 'First name',
  familyName: 'Last name',
  nickname: 'Nickname',
  email: 'Email',
  phone: 'Phone',
  organization: 'Organization',
  title: 'Job title',
  street: 'Street',
  city: 'City',
  region: 'State or region',
  postalCode: 'Postal code',
  country: 'Country',
  website: 'Website',
  birthday: 'Birthday',
  notes: 'Notes',
  tags: 'Tags or groups',
};

/** What an import does with a row nobody decided about: merge a match, create a new person. */
export function defaultDecision(row: ImportRow): ImportDecision {
  return row.status === 'new' ? 'create' : 'merge';
}

export function decisionOf(
  row: ImportRow,
  decisions: Readonly<Record<string, ImportDecision>>,
): ImportDecision {
  return decisions[row.position] ?? defaultDecision(row);
}

/** A row the import would write: a new person kept, or a match merged or copied. */
export function writes(row: ImportRow, decision: ImportDecision): boolean {
  return row.status !== 'unchanged' && decision !== 'skip';
}

/** "Designer at Acme", "Acme", or nothing: the first role a contact carries. */
export function roleText(roles: readonly { organization: string; title: string }[]): string {
  const role = roles[0];
  if (!role) return '';
  if (role.title && role.organization) return `${role.title} at ${role.organization}`;
  return role.title || role.organization;
}

/** Today as YYYY-MM-DD on this computer's calendar, for file names. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
