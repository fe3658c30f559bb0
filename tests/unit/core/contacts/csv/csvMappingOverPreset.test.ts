import { describe, expect, it } from 'vitest';
import {
  csvSampleOf,
  parseContactsCsv,
} from '../../../../../electron/core/contacts/csv/readContactsCsv';
import type { CsvMapping } from '../../../../../shared/domain/contacts';
import { contactsFixture } from './csvTestData';

describe('a mapping over a file a preset knows', () => {
  it.each(['google-contacts.csv', 'google-legacy.csv', 'outlook-contacts.csv'])(
    'reads %s as the preset does when the suggested mapping is accepted unchanged',
    (file) => {
      const text = contactsFixture(file);
      const { suggested } = csvSampleOf(text);
      expect(parseContactsCsv(text, file, { mapping: suggested })).toEqual(
        parseContactsCsv(text, file, null),
      );
    },
  );

  it("reads a column the user mapped otherwise the user's way, and leaves out one unmapped", () => {
    const text = contactsFixture('google-contacts.csv');
    const mapping: CsvMapping = {
      ...csvSampleOf(text).suggested,
      'Organization Department': 'tags',
    };
    delete mapping.Notes;
    const { contacts } = parseContactsCsv(text, 'google-contacts.csv', { mapping });
    const [ada] = contacts;
    // Tags come in column order: the department's column is before "Labels".
    expect([ada?.about, ada?.tags]).toEqual(['', ['Research', 'Friends']]);
    // The rest of the row still has the preset's labels.
    expect(ada?.emails.map((e) => e.label)).toEqual(['work', 'work', 'home']);
  });
});

describe('the mapping guessed for headers no preset knows', () => {
  it('maps by header words, and leaves out what only looks like a name', () => {
    const columns = [
      'First name',
      'Surname',
      'E-mail address',
      'Mailing address',
      'Tel.',
      'Company name',
      'Job title',
      'Date of birth',
      'Groups',
      'Zip',
      'Last contacted',
      'Comments',
    ];
    expect(csvSampleOf(`${columns.join(',')}\n`).suggested).toEqual({
      'First name': 'givenName',
      Surname: 'familyName',
      'E-mail address': 'email',
      'Mailing address': 'street',
      'Tel.': 'phone',
      'Company name': 'organization',
      'Job title': 'title',
      'Date of birth': 'birthday',
      Groups: 'tags',
      Zip: 'postalCode',
      Comments: 'notes',
    });
  });
});
