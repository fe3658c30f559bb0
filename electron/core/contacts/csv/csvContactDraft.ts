import type { ContactDraft, ContactProblem } from '../../../../shared/domain/contacts';
import type { ImportantDate, PersonAddress } from '../../../../shared/domain/person';
import type { ColumnReading } from './csvColumns';
import {
  dateOf,
  emailAddressOf,
  labelOf,
  phoneNumberOf,
  splitValues,
  webLinkOf,
} from './csvValues';

type AddressPart = 'street' | 'city' | 'region' | 'postalCode' | 'country' | 'formattedAddress';
type TextField = 'displayName' | 'givenName' | 'familyName' | 'nickname' | 'notes';

interface Labelled {
  value: string;
  label: string;
  primary: boolean;
}

/** Everything a row holds, gathered column by column before it becomes a draft. */
class RowContents {
  readonly text: Record<TextField, string[]> = {
    displayName: [],
    givenName: [],
    familyName: [],
    nickname: [],
    notes: [],
  };
  readonly emails: Labelled[] = [];
  readonly phones: Labelled[] = [];
  readonly links: { label: string; url: string }[] = [];
  readonly addresses = new Map<string, { label: string; parts: Record<AddressPart, string[]> }>();
  readonly roles = new Map<string, { organization: string[]; title: string[] }>();
  readonly dates: ImportantDate[] = [];
  readonly tags: string[] = [];
  /** Values left out of the row, with the reason. */
  readonly leftOut: string[] = [];
}

/** Google's own groups: every contact is in My Contacts, and a star is not a label. */
const SYSTEM_GROUPS = /^(\*\s*(mycontacts|starred)|mycontacts)$/i;

/** The label cell or word as the file writes it ("* Home"), or '' without one. */
function rawLabel(reading: ColumnReading, cells: string[]): string {
  if (!reading.label) return '';
  return 'fixed' in reading.label ? reading.label.fixed : (cells[reading.label.column] ?? '');
}

/** An important date from a Google "Event" or Outlook's "Anniversary": its label says its kind. */
function eventOf(raw: string, label: string): ImportantDate | 'none' | null {
  const date = dateOf(raw);
  if (date === 'none' || date === null) return date;
  const name = label.replace(/^\*/, '').trim();
  if (/^birthday$/i.test(name)) return { kind: 'birthday', label: '', ...date };
  if (/^anniversary$/i.test(name)) return { kind: 'anniversary', label: '', ...date };
  // The store wants a label on every other date.
  return { kind: 'custom', label: name || 'Other', ...date };
}

/** Puts one non-empty cell where its reading says. */
function gatherCell(row: RowContents, reading: ColumnReading, cells: string[], header: string) {
  const cell = cells[reading.column] ?? '';
  const { field, group } = reading;
  const { label, primary } = labelOf(rawLabel(reading, cells));
  const values = splitValues(cell, reading.separator);
  const leaveOut = (value: string, what: string) =>
    row.leftOut.push(`${header} “${value}” is not ${what}; the row is read without it`);

  switch (field) {
    case 'displayName':
    case 'givenName':
    case 'familyName':
    case 'nickname':
    case 'notes':
      row.text[field].push(cell);
      return;
    case 'email':
    case 'phone':
      values.forEach((value, i) => {
        const valid = field === 'email' ? emailAddressOf(value) : phoneNumberOf(value);
        // A starred cell of several values makes the first of them the primary one.
        const list = field === 'email' ? row.emails : row.phones;
        if (valid) list.push({ value: valid, label, primary: primary && i === 0 });
        else leaveOut(value, field === 'email' ? 'an email address' : 'a phone number');
      });
      return;
    case 'website':
      for (const value of values) {
        const url = webLinkOf(value);
        if (url) row.links.push({ label, url });
        else leaveOut(value, 'a web address');
      }
      return;
    case 'organization':
    case 'title': {
      const role = row.roles.get(group) ?? { organization: [], title: [] };
      role[field].push(cell);
      row.roles.set(group, role);
      return;
    }
    case 'street':
    case 'city':
    case 'region':
    case 'postalCode':
    case 'country':
    case 'formattedAddress': {
      const empty = { street: [], city: [], region: [], postalCode: [], country: [] };
      const address = row.addresses.get(group) ?? {
        label,
        parts: { ...empty, formattedAddress: [] },
      };
      address.parts[field].push(cell);
      row.addresses.set(group, address);
      return;
    }
    case 'birthday':
    case 'event': {
      const date = eventOf(cell, field === 'birthday' ? 'Birthday' : rawLabel(reading, cells));
      if (date === null) leaveOut(cell, 'a date');
      else if (date !== 'none') row.dates.push(date);
      return;
    }
    case 'tags':
      for (const tag of values) {
        if (!SYSTEM_GROUPS.test(tag)) row.tags.push(tag.replace(/^\*\s*/, ''));
      }
      return;
  }
}

function uniqueBy<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One primary value: the first one the file starred, else the first one. */
function withOnePrimary(items: Labelled[]): Labelled[] {
  const index = Math.max(
    0,
    items.findIndex((item) => item.primary),
  );
  return items.map((item, i) => ({ ...item, primary: i === index }));
}

function addressOf({ label, parts }: { label: string; parts: Record<AddressPart, string[]> }) {
  const address: PersonAddress = {
    label,
    street: parts.street.join('\n'),
    city: parts.city.join(' '),
    region: parts.region.join(' '),
    postalCode: parts.postalCode.join(' '),
    country: parts.country.join(' '),
  };
  const { street, city, region, postalCode, country } = address;
  // An address kept in one cell only (Google's "Formatted", Outlook's "Home Address") is its street.
  if (![street, city, region, postalCode, country].some(Boolean)) {
    address.street = parts.formattedAddress.join('\n');
  }
  return address;
}

export type RowReading = { draft: ContactDraft; problems: ContactProblem[] } | ContactProblem;

/**
 * A row as a contact, with a problem for each value left out of it; or, for a row with nothing to
 * call the contact by (no name, organization or email address), a problem instead.
 */
export function contactDraftOf(
  cells: string[],
  readings: ColumnReading[],
  columns: string[],
  position: string,
): RowReading {
  const row = new RowContents();
  for (const reading of readings) {
    if ((cells[reading.column] ?? '') !== '') {
      gatherCell(row, reading, cells, columns[reading.column] ?? 'a column');
    }
  }
  const text = (field: TextField, separator = ' ') => row.text[field].join(separator);
  const givenName = text('givenName');
  const familyName = text('familyName');
  const emails = withOnePrimary(uniqueBy(row.emails, (e) => e.value.toLowerCase()));
  const roles = [...row.roles.values()]
    .map((role) => ({ organization: role.organization.join(' '), title: role.title.join(' ') }))
    // A title at no organization has nowhere to go in a dossier.
    .filter((role) => role.organization !== '');
  const displayName =
    text('displayName') ||
    `${givenName} ${familyName}`.trim() ||
    text('nickname') ||
    roles[0]?.organization ||
    emails[0]?.value ||
    '';
  if (!displayName) {
    return {
      position,
      reason: 'it has no name, organization or email address; the row is skipped',
    };
  }
  const draft: ContactDraft = {
    position,
    displayName,
    givenName,
    familyName,
    nickname: text('nickname'),
    emails: emails.map(({ value, label, primary }) => ({ address: value, label, primary })),
    phones: withOnePrimary(uniqueBy(row.phones, (p) => p.value.replace(/[^\d+]/g, ''))).map(
      ({ value, label, primary }) => ({ number: value, label, primary }),
    ),
    addresses: [...row.addresses.values()]
      .map(addressOf)
      .filter((a) => a.street || a.city || a.region || a.postalCode || a.country),
    links: uniqueBy(row.links, (link) => link.url),
    roles,
    about: text('notes', '\n\n'),
    // One birthday: a second one in another column cannot also be right.
    dates: uniqueBy(row.dates, (d) => (d.kind === 'birthday' ? 'birthday' : JSON.stringify(d))),
    tags: uniqueBy(row.tags, (tag) => tag.toLowerCase()),
    photo: null,
  };
  return { draft, problems: row.leftOut.map((reason) => ({ position, reason })) };
}
