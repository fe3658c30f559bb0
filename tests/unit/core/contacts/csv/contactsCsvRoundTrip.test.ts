import { blankPerson } from '../../../../../electron/core/contacts/contactMerge';
import { describe, expect, it } from 'vitest';
import {
  csvSampleOf,
  parseContactsCsv,
} from '../../../../../electron/core/contacts/csv/readContactsCsv';
import { contactsCsvOf } from '../../../../../electron/core/contacts/csv/writeContactsCsv';
import type { Person } from '../../../../../shared/domain/person';
import { draft } from './csvTestData';

function person(fields: Partial<Person> & Pick<Person, 'id' | 'displayName'>): Person {
  return {
    ...blankPerson(fields.displayName),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

const role = (organizationName: string, title: string, current: boolean) => ({
  organizationId: `org-${organizationName}`,
  organizationName,
  title,
  startDate: null,
  endDate: null,
  current,
});

const ada = person({
  id: 'p1',
  displayName: 'Ada Lovelace',
  givenName: 'Ada',
  familyName: 'Lovelace',
  nickname: 'Countess',
  photoUrl: 'app://farley/photos/p1?v=3',
  emails: [
    { address: 'ada@engines.example', label: 'work', primary: true },
    { address: 'ada@home.example', label: 'home', primary: false },
  ],
  phones: [
    { number: '+44 20 7946 0018', label: 'mobile', primary: false },
    { number: '+44 20 7946 0999', label: "Grandma's", primary: true },
  ],
  addresses: [
    {
      label: 'home',
      street: "12 St James's Square\nFlat 2",
      city: 'London',
      region: '',
      postalCode: 'SW1Y 4JH',
      country: 'United Kingdom',
    },
    { label: 'work', street: '', city: 'Cambridge', region: '', postalCode: '', country: '' },
  ],
  links: [{ label: 'profile', url: 'https://example.org/ada' }],
  roles: [
    role('Royal Society', 'Guest', false),
    role('Analytical Engines Ltd', 'Mathematician', true),
  ],
  about: 'Said "hello", then left.\nAsk about the engine, later.',
  dates: [
    { kind: 'birthday', label: '', month: 12, day: 10, year: 1815 },
    { kind: 'anniversary', label: '', month: 7, day: 8, year: 1835 },
    { kind: 'custom', label: 'Name day', month: 3, day: 1, year: null },
  ],
  tags: [
    { id: 't1', name: 'Friends', color: 'blue', cadence: null },
    { id: 't2', name: 'Math, and more', color: 'green', cadence: null },
  ],
});

/** Only a display name, as `farley person add --name` makes. */
const grace = person({ id: 'p2', displayName: 'Grace Hopper' });

/** A display name the given and family names do not make. */
const zoe = person({
  id: 'p3',
  displayName: 'Dr. Zoë Ødegaard',
  givenName: 'Zoë',
  familyName: 'Ødegaard',
  dates: [{ kind: 'birthday', label: '', month: 2, day: 29, year: null }],
});

describe('people as a Google Contacts CSV', () => {
  const csv = contactsCsvOf([ada, grace, zoe]);

  it("has Google's columns, CRLF line ends and RFC 4180 quoting", () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      [
        'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name',
        'Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title',
        'Organization Department,Birthday,Notes,Photo,Labels',
        'E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value',
        'Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value',
        'Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box',
        'Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address',
        'Address 2 - Label,Address 2 - Formatted,Address 2 - Street,Address 2 - City,Address 2 - PO Box',
        'Address 2 - Region,Address 2 - Postal Code,Address 2 - Country,Address 2 - Extended Address',
        'Website 1 - Label,Website 1 - Value,Event 1 - Label,Event 1 - Value,Event 2 - Label,Event 2 - Value',
      ].join(','),
    );
    expect(csv).toContain(',"Said ""hello"", then left.\nAsk about the engine, later.",');
    expect(csv).toContain(',"Friends ::: Math, and more",* Work,ada@engines.example,Home,');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(5);
  });

  it('is detected as a Google export', () => {
    expect(csvSampleOf(csv).detected).toBe('google');
  });

  it('reads back as the same contacts', () => {
    const { contacts, problems } = parseContactsCsv(csv, 'x.csv', null);
    expect(problems).toEqual([]);
    expect(contacts).toEqual([
      draft({
        position: 'x.csv, row 2',
        displayName: 'Ada Lovelace',
        givenName: 'Ada',
        familyName: 'Lovelace',
        nickname: 'Countess',
        emails: ada.emails,
        phones: ada.phones,
        addresses: ada.addresses,
        links: ada.links,
        // Google's layout has one organization: the current one.
        roles: [{ organization: 'Analytical Engines Ltd', title: 'Mathematician' }],
        about: ada.about,
        dates: ada.dates,
        tags: ['Friends', 'Math, and more'],
      }),
      draft({ position: 'x.csv, row 3', displayName: 'Grace Hopper' }),
      draft({
        position: 'x.csv, row 4',
        displayName: 'Dr. Zoë Ødegaard',
        givenName: 'Zoë',
        familyName: 'Ødegaard',
        dates: zoe.dates,
      }),
    ]);
  });

  it('reads back the same with the preset named', () => {
    expect(parseContactsCsv(csv, 'x.csv', { preset: 'google' })).toEqual(
      parseContactsCsv(csv, 'x.csv', null),
    );
  });

  it('writes the header alone for nobody, still recognisably Google', () => {
    const empty = contactsCsvOf([]);
    expect(csvSampleOf(empty)).toMatchObject({ rows: [], detected: 'google' });
    expect(parseContactsCsv(empty, 'x.csv', null)).toEqual({ contacts: [], problems: [] });
  });
});
