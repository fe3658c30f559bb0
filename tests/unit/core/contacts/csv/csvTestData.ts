import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContactDraft } from '../../../../../shared/domain/contacts';

export function contactsFixture(name: string): string {
  return readFileSync(path.resolve('tests/fixtures/contacts', name), 'utf8');
}

/** A draft with nothing in it but what a test gives, so each expectation lists every field it has. */
export function draft(
  fields: Partial<ContactDraft> & Pick<ContactDraft, 'position' | 'displayName'>,
): ContactDraft {
  return {
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
