import { describe, expect, it } from 'vitest';
import {
  csvSampleOf,
  parseContactsCsv,
} from '../../../../../electron/core/contacts/csv/readContactsCsv';
import { contactsFixture, draft } from './csvTestData';

describe("Outlook's export", () => {
  const text = contactsFixture('outlook-contacts.csv');

  it('is detected by its headers', () => {
    expect(csvSampleOf(text).detected).toBe('outlook');
  });

  it('reads labels from the column names, "0/0/00" as no date and Categories as tags', () => {
    const { contacts, problems } = parseContactsCsv(text, 'outlook-contacts.csv', null);
    expect(problems).toEqual([]);
    expect(contacts).toEqual([
      draft({
        position: 'outlook-contacts.csv, row 2',
        // "Title" is Outlook's name prefix ("Dr."), not a job title: left out of the name.
        displayName: 'Jürgen Müller',
        givenName: 'Jürgen',
        familyName: 'Müller',
        emails: [{ address: 'juergen.mueller@bosch.example', label: '', primary: true }],
        phones: [
          { number: '+49 711 400 40990', label: 'work', primary: true },
          { number: '+49 151 2345678', label: 'mobile', primary: false },
        ],
        addresses: [
          {
            label: 'work',
            street: 'Robert-Bosch-Platz 1',
            city: 'Gerlingen',
            region: '',
            postalCode: '70839',
            country: 'Germany',
          },
        ],
        links: [{ label: '', url: 'www.bosch.example' }],
        roles: [{ organization: 'Bosch Example GmbH', title: 'Engineer' }],
        // Windows line breaks inside the note become plain ones.
        about: 'Prefers calls before 10am, CET.\nSpeaks Italian.',
        dates: [{ kind: 'birthday', label: '', month: 3, day: 14, year: 1975 }],
        tags: ['Suppliers', 'Germany'],
      }),
      draft({
        position: 'outlook-contacts.csv, row 3',
        displayName: 'Maria Rossi',
        givenName: 'Maria',
        familyName: 'Rossi',
        emails: [
          { address: 'maria.rossi@example.it', label: '', primary: true },
          { address: 'm.rossi@lavoro.example', label: '', primary: false },
        ],
        // "Primary Phone" repeats the home number: it is listed once.
        phones: [{ number: '+39 02 1234 5678', label: 'home', primary: true }],
        addresses: [
          {
            label: 'home',
            street: 'Via Roma 12\nScala B',
            city: 'Milano',
            region: 'MI',
            postalCode: '20121',
            country: 'Italy',
          },
        ],
        dates: [{ kind: 'anniversary', label: '', month: 6, day: 1, year: 2010 }],
        tags: ['Family'],
      }),
      draft({
        position: 'outlook-contacts.csv, row 4',
        displayName: 'Northwind Traders',
        emails: [{ address: 'orders@northwind.example', label: '', primary: true }],
        phones: [{ number: '+1 206 555 0100', label: 'main', primary: true }],
        roles: [{ organization: 'Northwind Traders', title: '' }],
      }),
    ]);
  });

  it("reads Outlook on the web's shorter layout, whose addresses end in Country/Region", () => {
    const csv = [
      'First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,Mobile Phone,Job Title,Company,Home Street,Home City,Home Country/Region,Birthday,Notes',
      'Sam,,Lee,,,Sammy,sam@example.com,+1 415 555 0199,Designer,Initech,1 Main St,Springfield,USA,2/29/1992,',
    ].join('\r\n');
    const { contacts } = parseContactsCsv(csv, 'outlook.csv', null);
    expect(contacts).toEqual([
      draft({
        position: 'outlook.csv, row 2',
        displayName: 'Sam Lee',
        givenName: 'Sam',
        familyName: 'Lee',
        nickname: 'Sammy',
        emails: [{ address: 'sam@example.com', label: '', primary: true }],
        phones: [{ number: '+1 415 555 0199', label: 'mobile', primary: true }],
        addresses: [
          {
            label: 'home',
            street: '1 Main St',
            city: 'Springfield',
            region: '',
            postalCode: '',
            country: 'USA',
          },
        ],
        roles: [{ organization: 'Initech', title: 'Designer' }],
        dates: [{ kind: 'birthday', label: '', month: 2, day: 29, year: 1992 }],
      }),
    ]);
  });
});
