import { describe, expect, it } from 'vitest';
import {
  csvSampleOf,
  parseContactsCsv,
} from '../../../../../electron/core/contacts/csv/readContactsCsv';
import { contactsFixture, draft } from './csvTestData';

describe("Google Contacts' current export", () => {
  const text = contactsFixture('google-contacts.csv');

  it('is detected by its headers', () => {
    expect(csvSampleOf(text).detected).toBe('google');
  });

  it('reads every contact with its labels, several values in a cell and its own groups left out', () => {
    const { contacts, problems } = parseContactsCsv(text, 'google-contacts.csv', null);
    expect(problems).toEqual([]);
    expect(contacts).toEqual([
      draft({
        position: 'google-contacts.csv, row 2',
        displayName: 'Ada Lovelace',
        givenName: 'Ada',
        familyName: 'Lovelace',
        emails: [
          // "* Work" with "a ::: b": the star makes the first of them primary.
          { address: 'ada@engines.example', label: 'work', primary: true },
          { address: 'ada.lovelace@engines.example', label: 'work', primary: false },
          { address: 'ada@home.example', label: 'home', primary: false },
        ],
        phones: [
          { number: '+44 20 7946 0018', label: 'mobile', primary: true },
          { number: '+44 20 7946 0000', label: 'work', primary: false },
        ],
        addresses: [
          {
            label: 'home',
            street: "12 St James's Square",
            city: 'London',
            region: '',
            postalCode: 'SW1Y 4JH',
            country: 'United Kingdom',
          },
        ],
        links: [{ label: 'profile', url: 'https://example.org/ada' }],
        roles: [{ organization: 'Analytical Engines Ltd', title: 'Mathematician' }],
        about: 'Met at the Babbage salon, London.\nAsk about the Bernoulli numbers.',
        dates: [{ kind: 'birthday', label: '', month: 12, day: 10, year: 1815 }],
        tags: ['Friends'],
      }),
      draft({
        position: 'google-contacts.csv, row 3',
        displayName: 'José Martínez García',
        givenName: 'José',
        familyName: 'Martínez García',
        nickname: 'Pepe',
        emails: [{ address: 'jose@correo.example', label: 'home', primary: true }],
        phones: [{ number: '+34 612 345 678', label: 'mobile', primary: true }],
        dates: [{ kind: 'birthday', label: '', month: 4, day: 15, year: null }],
        tags: ['Família'],
      }),
      draft({
        position: 'google-contacts.csv, row 4',
        displayName: 'Zoë Marie Ødegaard',
        givenName: 'Zoë Marie',
        familyName: 'Ødegaard',
        // "* " alone: the primary address, without a label.
        emails: [{ address: 'zoe@nordlys.example', label: '', primary: true }],
        phones: [
          { number: '+47 22 00 00 00', label: 'work', primary: true },
          { number: '+47 900 00 000', label: 'work', primary: false },
        ],
        roles: [{ organization: 'Nordlys AS', title: 'CTO' }],
        dates: [{ kind: 'anniversary', label: '', month: 6, day: 20, year: 2015 }],
        tags: ['Work', 'Investors'],
      }),
      draft({
        position: 'google-contacts.csv, row 5',
        displayName: 'Acme Plumbing',
        phones: [{ number: '+1 555 0100', label: 'main', primary: true }],
        links: [{ label: 'work', url: 'acme-plumbing.example' }],
        roles: [{ organization: 'Acme Plumbing', title: '' }],
      }),
    ]);
  });

  it('reads the same with the preset named', () => {
    expect(parseContactsCsv(text, 'google-contacts.csv', { preset: 'google' })).toEqual(
      parseContactsCsv(text, 'google-contacts.csv', null),
    );
  });

  it('takes "File As" as the name Google lists the contact under', () => {
    const csv =
      'First Name,Last Name,File As,E-mail 1 - Label,E-mail 1 - Value\nAda,Lovelace,Countess of Lovelace,,ada@x.example\n';
    const [ada] = parseContactsCsv(csv, 'g.csv', null).contacts;
    expect([ada?.displayName, ada?.givenName, ada?.familyName]).toEqual([
      'Countess of Lovelace',
      'Ada',
      'Lovelace',
    ]);
  });
});

describe("Google Contacts' older export", () => {
  const text = contactsFixture('google-legacy.csv');

  it('is detected as Google too', () => {
    expect(csvSampleOf(text).detected).toBe('google');
  });

  it('reads "- Type" labels, "Group Membership" and numbered organizations', () => {
    const { contacts, problems } = parseContactsCsv(text, 'google-legacy.csv', null);
    expect(problems).toEqual([]);
    expect(contacts).toEqual([
      draft({
        position: 'google-legacy.csv, row 2',
        displayName: 'Grace Hopper',
        // Farley has no middle name: it stays with the given name.
        givenName: 'Grace Murray',
        familyName: 'Hopper',
        emails: [
          { address: 'grace@navy.example', label: 'work', primary: true },
          { address: 'hopper@navy.example', label: 'work', primary: false },
          { address: 'grace@home.example', label: 'home', primary: false },
        ],
        phones: [{ number: '+1 202 555 0143', label: 'mobile', primary: true }],
        addresses: [
          {
            label: 'work',
            street: '1000 Navy Pentagon',
            city: 'Washington',
            region: 'DC',
            postalCode: '20350',
            country: 'United States',
          },
        ],
        links: [{ label: 'home page', url: 'https://example.org/grace' }],
        roles: [{ organization: 'US Navy', title: 'Rear Admiral' }],
        about: 'Found the moth.',
        dates: [{ kind: 'birthday', label: '', month: 12, day: 9, year: 1906 }],
        tags: ['Navy'],
      }),
      draft({
        position: 'google-legacy.csv, row 3',
        displayName: 'Zhang Wei',
        givenName: 'Wei',
        familyName: 'Zhang',
        phones: [
          { number: '+86 138 0013 8000', label: 'mobile', primary: true },
          { number: '+86 10 6552 9988', label: 'home fax', primary: false },
        ],
        // Only the formatted address: it becomes the street.
        addresses: [
          {
            label: 'home',
            street: 'Chaoyang District, Beijing',
            city: '',
            region: '',
            postalCode: '',
            country: '',
          },
        ],
        dates: [{ kind: 'birthday', label: '', month: 2, day: 29, year: 1988 }],
        tags: ['friends'],
      }),
      draft({
        position: 'google-legacy.csv, row 4',
        displayName: 'Kari Nordmann',
        givenName: 'Kari',
        familyName: 'Nordmann',
        emails: [{ address: 'kari@example.no', label: 'other', primary: true }],
      }),
    ]);
  });
});
