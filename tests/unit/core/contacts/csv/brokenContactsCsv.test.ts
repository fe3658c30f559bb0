import { describe, expect, it } from 'vitest';
import { parseContactsCsv } from '../../../../../electron/core/contacts/csv/readContactsCsv';
import { contactsFixture, draft } from './csvTestData';

describe('a CSV with bad rows', () => {
  const { contacts, problems } = parseContactsCsv(
    contactsFixture('broken.csv'),
    'broken.csv',
    null,
  );

  it('reports each bad row by the row a spreadsheet shows, with the reason', () => {
    expect(problems).toEqual([
      {
        position: 'broken.csv, row 3',
        reason:
          'its quotes do not pair up (a quoted value ends with " and doubles any " inside it); the row is skipped',
      },
      {
        position: 'broken.csv, row 4',
        reason: 'it has no name, organization or email address; the row is skipped',
      },
      {
        position: 'broken.csv, row 5',
        reason: 'Email “carol(at)example.org” is not an email address; the row is read without it',
      },
      {
        position: 'broken.csv, row 7',
        reason:
          'it has 5 values but the header has 4 columns (a value with a delimiter in it needs quotes); the row is skipped',
      },
    ]);
  });

  it('reads the rows around them, the unclosed quote costing only its own row', () => {
    expect(contacts).toEqual([
      draft({
        position: 'broken.csv, row 2',
        displayName: 'Ada Lovelace',
        emails: [{ address: 'ada@example.org', label: '', primary: true }],
        phones: [{ number: '+44 20 7946 0018', label: '', primary: true }],
        about: 'fine',
      }),
      draft({
        position: 'broken.csv, row 5',
        displayName: 'Carol Bad',
        phones: [{ number: '+1 555 0123', label: '', primary: true }],
        about: 'bad email',
      }),
      draft({
        position: 'broken.csv, row 6',
        displayName: 'Dan Fine',
        emails: [{ address: 'dan@example.org', label: '', primary: true }],
        about: 'two lines,\nwith a comma',
      }),
    ]);
  });

  it('leaves out a date, number or link the store would refuse, and says which', () => {
    const csv = 'Name,Birthday,Phone,Website\nAda,31.13.1990,call her,not a link\n';
    expect(parseContactsCsv(csv, 'x.csv', null)).toEqual({
      contacts: [draft({ position: 'x.csv, row 2', displayName: 'Ada' })],
      problems: [
        {
          position: 'x.csv, row 2',
          reason: 'Birthday “31.13.1990” is not a date; the row is read without it',
        },
        {
          position: 'x.csv, row 2',
          reason: 'Phone “call her” is not a phone number; the row is read without it',
        },
        {
          position: 'x.csv, row 2',
          reason: 'Website “not a link” is not a web address; the row is read without it',
        },
      ],
    });
  });

  it('counts blank lines as rows, as a spreadsheet does, and skips them silently', () => {
    const csv = 'Name\r\nAda\r\n\r\n,\r\nGrace\r\n';
    const { contacts, problems } = parseContactsCsv(csv, 'x.csv', null);
    expect(contacts.map((c) => c.position)).toEqual(['x.csv, row 2', 'x.csv, row 5']);
    expect(problems).toEqual([]);
  });

  it('reports an empty file, and a header whose quotes do not pair up', () => {
    expect(parseContactsCsv('', 'empty.csv', null)).toEqual({
      contacts: [],
      problems: [{ position: 'empty.csv', reason: 'the file is empty' }],
    });
    expect(parseContactsCsv('"Name,Email\nAda,a@x.example\n', 'h.csv', null).problems).toEqual([
      {
        position: 'h.csv',
        reason:
          'the header row (row 1) cannot be read: its quotes do not pair up (a quoted value ends with " and doubles any " inside it)',
      },
    ]);
  });
});
