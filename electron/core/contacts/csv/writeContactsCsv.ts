import type { Person, PersonAddress } from '../../../../shared/domain/person';
import { exportedLabel, isoDateOf } from './csvValues';
import { GOOGLE_ADDRESS_PARTS, GOOGLE_FIXED_COLUMNS } from './googleCsvLayout';

type Row = Map<string, string>;

/** A numbered Google group's columns: "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - …". */
function numbered(kind: string, count: number, parts: readonly string[]): string[] {
  return Array.from({ length: count }, (_, i) =>
    parts.map((part) => `${kind} ${i + 1} - ${part}`),
  ).flat();
}

/** Google marks the primary value with a star, and writes "* " for a primary one with no label. */
function starredLabel(label: string, primary: boolean): string {
  return `${primary ? '* ' : ''}${exportedLabel(label)}`;
}

/** The address in one cell, as Google's "Formatted" column writes it. */
function formatted({ street, city, region, postalCode, country }: PersonAddress): string {
  const place = [city, [region, postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [street, place, country].filter(Boolean).join('\n');
}

/** Dates other than the birthday go in Google's "Event" columns, labelled with their kind. */
function otherDates(person: Person) {
  const birthday = person.dates.find((d) => d.kind === 'birthday');
  return person.dates
    .filter((d) => d !== birthday)
    .map((d) => ({
      label:
        d.kind === 'anniversary' ? 'Anniversary' : d.kind === 'birthday' ? 'Birthday' : d.label,
      value: isoDateOf(d),
    }));
}

function rowOf(person: Person): Row {
  const row: Row = new Map();
  const composed = `${person.givenName} ${person.familyName}`.trim();
  row.set('First Name', person.givenName);
  row.set('Last Name', person.familyName);
  row.set('Nickname', person.nickname);
  // Google lists a contact under "File As" when it has one: the name Farley shows, if the given
  // and family names do not already make it.
  row.set('File As', person.displayName === composed ? '' : person.displayName);
  const role = person.roles.find((r) => r.current);
  row.set('Organization Name', role?.organizationName ?? '');
  row.set('Organization Title', role?.title ?? '');
  const birthday = person.dates.find((d) => d.kind === 'birthday');
  row.set('Birthday', birthday ? isoDateOf(birthday) : '');
  row.set('Notes', person.about);
  row.set('Labels', person.tags.map((tag) => tag.name).join(' ::: '));
  person.emails.forEach((email, i) => {
    row.set(`E-mail ${i + 1} - Label`, starredLabel(email.label, email.primary));
    row.set(`E-mail ${i + 1} - Value`, email.address);
  });
  person.phones.forEach((phone, i) => {
    row.set(`Phone ${i + 1} - Label`, starredLabel(phone.label, phone.primary));
    row.set(`Phone ${i + 1} - Value`, phone.number);
  });
  person.addresses.forEach((address, i) => {
    const group = `Address ${i + 1} - `;
    row.set(`${group}Label`, exportedLabel(address.label));
    row.set(`${group}Formatted`, formatted(address));
    row.set(`${group}Street`, address.street);
    row.set(`${group}City`, address.city);
    row.set(`${group}Region`, address.region);
    row.set(`${group}Postal Code`, address.postalCode);
    row.set(`${group}Country`, address.country);
  });
  person.links.forEach((link, i) => {
    row.set(`Website ${i + 1} - Label`, exportedLabel(link.label));
    row.set(`Website ${i + 1} - Value`, link.url);
  });
  otherDates(person).forEach((date, i) => {
    row.set(`Event ${i + 1} - Label`, date.label);
    row.set(`Event ${i + 1} - Value`, date.value);
  });
  return row;
}

/** RFC 4180: a value with a quote, comma or line break is quoted, its quotes doubled. */
function csvValue(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * People as a Google Contacts CSV, one row each, so Google (or Farley, which detects the layout)
 * can import it again. As in Google's own export, each numbered group (emails, phones, addresses,
 * websites, events) has as many columns as the person with the most of them needs; emails, phones
 * and addresses always have at least one, so the file shows its layout even when empty. Lines end
 * in CRLF, as RFC 4180 has them.
 */
export function contactsCsvOf(people: Person[]): string {
  const most = (count: (person: Person) => number, least = 0) =>
    people.reduce((max, person) => Math.max(max, count(person)), least);
  const columns = [
    ...GOOGLE_FIXED_COLUMNS,
    ...numbered(
      'E-mail',
      most((p) => p.emails.length, 1),
      ['Label', 'Value'],
    ),
    ...numbered(
      'Phone',
      most((p) => p.phones.length, 1),
      ['Label', 'Value'],
    ),
    ...numbered(
      'Address',
      most((p) => p.addresses.length, 1),
      GOOGLE_ADDRESS_PARTS,
    ),
    ...numbered(
      'Website',
      most((p) => p.links.length),
      ['Label', 'Value'],
    ),
    ...numbered(
      'Event',
      most((p) => otherDates(p).length),
      ['Label', 'Value'],
    ),
  ];
  const lines = [
    columns,
    ...people.map((person) => {
      const row = rowOf(person);
      return columns.map((column) => row.get(column) ?? '');
    }),
  ];
  return lines.map((cells) => cells.map(csvValue).join(',')).join('\r\n') + '\r\n';
}
