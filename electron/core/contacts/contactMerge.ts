import { personPatch, type PersonPatch } from '../../../shared/contract/personPatch';
import type { ContactDraft } from '../../../shared/domain/contacts';
import type { Person } from '../../../shared/domain/person';

/** What a contact would change on a person (or, for someone new, everything it carries). */
export interface ContactChanges {
  patch: PersonPatch;
  /** Human words for what is added: "2 phone numbers", "birthday", "photo". */
  adds: string[];
  photo: ContactDraft['photo'];
}

const key = (text: string) => text.trim().toLowerCase();
const digits = (phone: string) => phone.replace(/[^\d+]/g, '');
const addressKey = (a: { street: string; city: string; postalCode: string }) =>
  [a.street, a.city, a.postalCode].map(key).join('|');
const dateKey = (d: { kind: string; month: number; day: number }) =>
  `${d.kind}-${d.month}-${d.day}`;

function counted(n: number, one: string, many: string): string[] {
  return n === 0 ? [] : [n === 1 ? `1 ${one}` : `${n} ${many}`];
}

function newOnes<T>(incoming: T[], existing: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set(existing.map(keyOf));
  return incoming.filter((item) => {
    const k = keyOf(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** An empty person to merge a contact into: how a new dossier is built from it. */
export function blankPerson(displayName: string): Person {
  return {
    id: '',
    displayName,
    givenName: '',
    familyName: '',
    nickname: '',
    pronouns: '',
    photoUrl: null,
    emails: [],
    phones: [],
    addresses: [],
    links: [],
    roles: [],
    howWeMet: '',
    metOn: null,
    introducedBy: null,
    about: '',
    keyFacts: [],
    dates: [],
    customFields: [],
    tags: [],
    relationships: [],
    cadence: null,
    lastContactedAt: null,
    createdAt: '',
    updatedAt: '',
    archivedAt: null,
  };
}

/**
 * Merging never removes or overwrites: it adds the addresses, numbers, places, links, roles,
 * dates and tags the person lacks, fills names left empty, appends a note the dossier does not
 * already hold, and sets a photo only where there is none. So importing the same file twice
 * changes nothing the second time. Throws the contract's own validation error for values a
 * dossier cannot hold (an invalid address, a malformed link), which makes the row invalid.
 */
export function contactChanges(
  person: Person,
  contact: ContactDraft,
  hasPhoto: boolean,
): ContactChanges {
  const emails = newOnes(contact.emails, person.emails, (e) => key(e.address));
  const phones = newOnes(contact.phones, person.phones, (p) => digits(p.number));
  const addresses = newOnes(contact.addresses, person.addresses, addressKey);
  const links = newOnes(contact.links, person.links, (l) => key(l.url));
  const roles = newOnes(
    contact.roles.filter((r) => r.organization.trim()),
    person.roles.map((r) => ({ organization: r.organizationName, title: r.title })),
    (r) => `${key(r.organization)}|${key(r.title)}`,
  );
  const dates = newOnes(contact.dates, person.dates, dateKey);
  const tags = newOnes(
    contact.tags,
    person.tags.map((t) => t.name),
    key,
  );
  const names = (['givenName', 'familyName', 'nickname'] as const).filter(
    (field) => !person[field].trim() && contact[field].trim(),
  );
  const note = contact.about.trim();
  const addsNote = note !== '' && !person.about.includes(note);
  const photo = !hasPhoto && contact.photo ? contact.photo : null;

  const raw: Record<string, unknown> = {};
  for (const field of names) raw[field] = contact[field];
  if (addsNote) raw.about = person.about.trim() ? `${person.about.trimEnd()}\n\n${note}` : note;
  if (emails.length)
    raw.emails = [
      ...person.emails,
      ...emails.map((e) => ({ ...e, primary: person.emails.length ? false : e.primary })),
    ];
  if (phones.length)
    raw.phones = [
      ...person.phones,
      ...phones.map((p) => ({ ...p, primary: person.phones.length ? false : p.primary })),
    ];
  if (addresses.length) raw.addresses = [...person.addresses, ...addresses];
  if (links.length) raw.links = [...person.links, ...links];
  if (roles.length)
    raw.roles = [
      ...person.roles.map((r) => ({
        organizationId: r.organizationId,
        title: r.title,
        startDate: r.startDate,
        endDate: r.endDate,
        current: r.current,
      })),
      ...roles.map((r) => ({ organizationName: r.organization.trim(), title: r.title })),
    ];
  if (dates.length) raw.dates = [...person.dates, ...dates];
  if (tags.length) raw.tags = [...person.tags.map((t) => t.name), ...tags];

  const patch = personPatch.parse(raw);
  const dateWords = dates.map((d) => (d.kind === 'custom' ? d.label || 'date' : d.kind));
  return {
    patch,
    photo,
    adds: [
      ...counted(emails.length, 'email address', 'email addresses'),
      ...counted(phones.length, 'phone number', 'phone numbers'),
      ...counted(addresses.length, 'address', 'addresses'),
      ...counted(links.length, 'link', 'links'),
      ...roles.map((r) =>
        r.title ? `${r.title} at ${r.organization}` : `role at ${r.organization}`,
      ),
      ...dateWords,
      ...counted(tags.length, 'tag', 'tags'),
      ...names.map(
        (n) => ({ givenName: 'given name', familyName: 'family name', nickname: 'nickname' })[n],
      ),
      ...(addsNote ? ['note'] : []),
      ...(photo ? ['photo'] : []),
    ],
  };
}
