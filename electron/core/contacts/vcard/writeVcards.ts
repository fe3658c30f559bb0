import type { Person } from '../../../../shared/domain/person';
import { formatDate } from './vcardDates';
import { escapeText, escapeUri, foldLine, quoteParam } from './vcardEscape';
import { typesForLabel } from './vcardLabels';

export interface PhotoData {
  mime: string;
  base64: string;
}

type Params = [name: string, values: string[]][];

function property(name: string, params: Params, value: string): string {
  const written = params
    .filter(([, values]) => values.length > 0)
    .map(([param, values]) => `;${param}=${values.map(quoteParam).join(',')}`)
    .join('');
  return foldLine(`${name}${written}:${value}`);
}

const labelled = (label: string, primary = false): Params => [
  ['TYPE', typesForLabel(label)],
  ['PREF', primary ? ['1'] : []],
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function cardOf(person: Person, photo: PhotoData | null): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  const add = (name: string, value: string, params: Params = []) =>
    lines.push(property(name, params, value));

  add('UID', UUID.test(person.id) ? `urn:uuid:${person.id}` : escapeText(person.id));
  add('FN', escapeText(person.displayName));
  add('N', [person.familyName, person.givenName, '', '', ''].map(escapeText).join(';'));
  if (person.nickname) add('NICKNAME', escapeText(person.nickname));
  for (const email of person.emails) {
    add('EMAIL', escapeText(email.address), labelled(email.label, email.primary));
  }
  for (const phone of person.phones) {
    add('TEL', escapeText(phone.number), labelled(phone.label, phone.primary));
  }
  for (const a of person.addresses) {
    const parts = ['', '', a.street, a.city, a.region, a.postalCode, a.country];
    if (parts.some(Boolean)) add('ADR', parts.map(escapeText).join(';'), labelled(a.label));
  }
  for (const link of person.links) add('URL', escapeUri(link.url), labelled(link.label));
  const role = person.roles.find((r) => r.current);
  if (role) {
    add('ORG', escapeText(role.organizationName));
    if (role.title) add('TITLE', escapeText(role.title));
  }
  if (person.about.trim()) add('NOTE', escapeText(person.about));
  // vCard holds one of each; a custom date has no property of its own.
  const written = new Set<string>();
  for (const date of person.dates) {
    const name =
      date.kind === 'birthday' ? 'BDAY' : date.kind === 'anniversary' ? 'ANNIVERSARY' : '';
    if (!name || written.has(name)) continue;
    written.add(name);
    add(name, formatDate(date));
  }
  if (person.tags.length) add('CATEGORIES', person.tags.map((t) => escapeText(t.name)).join(','));
  if (photo) add('PHOTO', `data:${photo.mime};base64,${photo.base64}`);
  lines.push('END:VCARD');
  return lines;
}

/**
 * People as vCard 4.0 (RFC 6350): what any address book reads, and what parseVcards reads back
 * field for field. Labels travel in TYPE, never in Apple's X-ABLabel; lines are folded at 75
 * octets and end in CRLF.
 */
export function vcardsOf(
  people: Person[],
  photoOf: (personId: string) => PhotoData | null,
): string {
  return people.map((person) => `${cardOf(person, photoOf(person.id)).join('\r\n')}\r\n`).join('');
}
