import { describe, expect, it } from 'vitest';
import { parseVcards } from '../../../../../electron/core/contacts/vcard/parseVcards';
import { draft, fixture } from './vcardTestData';

describe('a damaged .vcf file', () => {
  const parsed = parseVcards(fixture('broken.vcf'), 'broken.vcf');

  it('reports every bad card and every stray text by its place in the file', () => {
    expect(parsed.problems).toEqual([
      {
        position: 'broken.vcf, line 1',
        reason: 'a line outside any card (no BEGIN:VCARD before it), skipped',
      },
      {
        position: 'broken.vcf, card 2 (line 7)',
        reason: 'line 10 is not a vCard property: "this line lost its property name"',
      },
      {
        position: 'broken.vcf, line 13',
        reason: '2 lines outside any card (no BEGIN:VCARD before them), skipped',
      },
      {
        position: 'broken.vcf, card 3 (line 15)',
        reason: 'no END:VCARD before the next card (line 19)',
      },
      {
        position: 'broken.vcf, card 5 (line 24)',
        reason: 'no name: the card has no FN, N, ORG or EMAIL',
      },
      { position: 'broken.vcf, card 7 (line 35)', reason: 'the file ends before its END:VCARD' },
    ]);
  });

  it('still reads the good cards around them, dropping what is not a date or an address', () => {
    expect(parsed.contacts).toEqual([
      draft({
        position: 'broken.vcf, card 1 (line 2)',
        displayName: 'Good One',
        emails: [{ address: 'good.one@example.com', label: '', primary: false }],
      }),
      draft({
        position: 'broken.vcf, card 4 (line 19)',
        displayName: 'Good Two',
        phones: [{ number: '+1 555 0100', label: '', primary: false }],
      }),
      // BDAY:April 1st and EMAIL:not an email are left out; the card is not.
      draft({
        position: 'broken.vcf, card 6 (line 28)',
        displayName: 'Good Three',
        emails: [{ address: 'three@example.com', label: '', primary: false }],
      }),
    ]);
  });

  it('reports a parameter that ical.js would choke on at its line, and goes on', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Odd Parameter',
      'X-NOTE;X"Q=1":text',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Fine',
      'END:VCARD',
    ].join('\r\n');
    expect(parseVcards(text, 'odd.vcf')).toEqual({
      contacts: [draft({ position: 'odd.vcf, card 2 (line 6)', displayName: 'Fine' })],
      problems: [
        {
          position: 'odd.vcf, card 1 (line 1)',
          reason: 'line 4 is not a vCard property: "X-NOTE;X"Q=1":text"',
        },
      ],
    });
  });

  it('says so when a file holds no card at all, or nothing', () => {
    expect(parseVcards('Name,Email\nAda,ada@example.com\n', 'contacts.csv')).toEqual({
      contacts: [],
      problems: [
        { position: 'contacts.csv', reason: 'no vCard in this file (no BEGIN:VCARD line)' },
      ],
    });
    expect(parseVcards('\uFEFF\r\n', 'empty.vcf')).toEqual({
      contacts: [],
      problems: [{ position: 'empty.vcf', reason: 'the file is empty' }],
    });
  });
});
