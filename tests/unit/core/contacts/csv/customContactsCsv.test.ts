import { describe, expect, it } from 'vitest';
import {
  csvSampleOf,
  parseContactsCsv,
} from '../../../../../electron/core/contacts/csv/readContactsCsv';
import { contactsFixture, draft } from './csvTestData';

describe('a CSV of the user’s own', () => {
  const text = contactsFixture('custom.csv');

  it('samples its columns and first rows, with a mapping guessed from the header words', () => {
    expect(csvSampleOf(text, 2)).toEqual({
      columns: ['Full name', 'Mail', 'Mobile', 'Employer', 'Role', 'Tags', 'Born', 'Remarks'],
      rows: [
        [
          'Anna Schmidt',
          'anna@schmidt.example',
          '+49 170 1234567',
          'Schmidt & Partner',
          'Architect',
          'clients, berlin',
          '24.12.1980',
          'Met at a fair',
        ],
        [
          'Pierre Dubois',
          'pierre@dubois.example, p.dubois@perso.example',
          '+33 6 12 34 56 78',
          'Dubois; Fils',
          'Owner',
          'clients',
          '7.3.1972',
          '',
        ],
      ],
      detected: null,
      // "Remarks" says nothing a guess can trust: the user maps it, or it is left out.
      suggested: {
        'Full name': 'displayName',
        Mail: 'email',
        Mobile: 'phone',
        Employer: 'organization',
        Role: 'title',
        Tags: 'tags',
        Born: 'birthday',
      },
    });
  });

  it('reads the rows with the guessed mapping when no layout is given', () => {
    const { contacts, problems } = parseContactsCsv(text, 'custom.csv', null);
    expect(problems).toEqual([]);
    expect(contacts).toEqual([
      draft({
        position: 'custom.csv, row 2',
        displayName: 'Anna Schmidt',
        emails: [{ address: 'anna@schmidt.example', label: '', primary: true }],
        // The header "Mobile" is the label.
        phones: [{ number: '+49 170 1234567', label: 'mobile', primary: true }],
        roles: [{ organization: 'Schmidt & Partner', title: 'Architect' }],
        dates: [{ kind: 'birthday', label: '', month: 12, day: 24, year: 1980 }],
        tags: ['clients', 'berlin'],
      }),
      draft({
        position: 'custom.csv, row 3',
        displayName: 'Pierre Dubois',
        emails: [
          { address: 'pierre@dubois.example', label: '', primary: true },
          { address: 'p.dubois@perso.example', label: '', primary: false },
        ],
        phones: [{ number: '+33 6 12 34 56 78', label: 'mobile', primary: true }],
        roles: [{ organization: 'Dubois; Fils', title: 'Owner' }],
        dates: [{ kind: 'birthday', label: '', month: 3, day: 7, year: 1972 }],
        tags: ['clients'],
      }),
      draft({
        position: 'custom.csv, row 4',
        displayName: 'Li Na',
        emails: [{ address: 'li.na@example.cn', label: '', primary: true }],
      }),
    ]);
  });

  it('follows the mapping the user chose, leaving unmapped columns out', () => {
    const { contacts } = parseContactsCsv(text, 'custom.csv', {
      mapping: { 'Full name': 'displayName', Remarks: 'notes', Employer: 'organization' },
    });
    expect(contacts[0]).toEqual(
      draft({
        position: 'custom.csv, row 2',
        displayName: 'Anna Schmidt',
        roles: [{ organization: 'Schmidt & Partner', title: '' }],
        about: 'Met at a fair',
      }),
    );
  });

  it('builds the name from given and family names, and labels values by their header words', () => {
    const csv = [
      'Given;Surname;Work email;Home email;Work phone;Home city;Work city',
      'Ada;Lovelace;ada@work.example;ada@home.example;+44 20 7946 0000;London;Cambridge',
    ].join('\n');
    const { contacts } = parseContactsCsv(csv, 'mine.csv', null);
    expect(contacts).toEqual([
      draft({
        position: 'mine.csv, row 2',
        displayName: 'Ada Lovelace',
        givenName: 'Ada',
        familyName: 'Lovelace',
        emails: [
          { address: 'ada@work.example', label: 'work', primary: true },
          { address: 'ada@home.example', label: 'home', primary: false },
        ],
        phones: [{ number: '+44 20 7946 0000', label: 'work', primary: true }],
        addresses: [
          { label: 'home', street: '', city: 'London', region: '', postalCode: '', country: '' },
          { label: 'work', street: '', city: 'Cambridge', region: '', postalCode: '', country: '' },
        ],
      }),
    ]);
  });

  it('falls back to the organization, then the email address, for the name', () => {
    const csv = 'Company,Email\nInitech,\n,someone@example.com\n';
    const names = parseContactsCsv(csv, 'x.csv', null).contacts.map((c) => c.displayName);
    expect(names).toEqual(['Initech', 'someone@example.com']);
  });

  it('reads a tab-separated file', () => {
    const csv = 'Name\tEmail\nAda Lovelace\tada@example.com\n';
    const sample = csvSampleOf(csv);
    expect([sample.columns, sample.rows]).toEqual([
      ['Name', 'Email'],
      [['Ada Lovelace', 'ada@example.com']],
    ]);
  });
});
