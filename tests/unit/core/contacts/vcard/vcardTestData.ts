import { blankPerson } from '../../../../../electron/core/contacts/contactMerge';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContactDraft } from '../../../../../shared/domain/contacts';
import type { Person } from '../../../../../shared/domain/person';

export function fixture(name: string): string {
  return readFileSync(path.resolve('tests/fixtures/contacts', name), 'utf8');
}

/** A draft with nothing in it, to spread expected values over: every field is still compared. */
export function draft(
  fields: Partial<ContactDraft> & Pick<ContactDraft, 'position'>,
): ContactDraft {
  return {
    displayName: '',
    givenName: '',
    familyName: '',
    nickname: '',
    emails: [],
    phones: [],
    addresses: [],
    links: [],
    roles: [],
    about: '',
    dates: [],
    tags: [],
    photo: null,
    ...fields,
  };
}

export function person(fields: Partial<Person> = {}): Person {
  return {
    ...blankPerson('Ada Lovelace'),
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    givenName: 'Ada',
    familyName: 'Lovelace',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

/** What a vCard carries of a person, as parseVcards gives it back. */
export function draftOf(p: Person, position: string, photo: ContactDraft['photo']): ContactDraft {
  const role = p.roles.find((r) => r.current);
  return {
    position,
    displayName: p.displayName,
    givenName: p.givenName,
    familyName: p.familyName,
    nickname: p.nickname,
    emails: p.emails,
    phones: p.phones,
    addresses: p.addresses,
    links: p.links,
    roles: role ? [{ organization: role.organizationName, title: role.title }] : [],
    about: p.about,
    dates: p.dates.filter((d) => d.kind !== 'custom'),
    tags: p.tags.map((t) => t.name),
    photo,
  };
}
